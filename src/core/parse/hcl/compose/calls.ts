import type { Location } from '../../../model/location';
import { locationIn } from '../evaluate';
import type { Located } from '../module';
import { attributeOf, referencesIn, type HclAttribute, type HclBlock } from '../syntax';

/** Arguments of a `module` block that are Terraform's own, not the child's variables. */
const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/** One `module "name" { … }` block, read for following it. */
export interface ModuleCall {
  readonly name: string;
  readonly block: Located<HclBlock>;
  readonly header: Location;
  /** The `source` when it is a plain string (Terraform accepts nothing else), with its value's place. */
  readonly source?: { readonly value: string; readonly at: Location };
  readonly count?: HclAttribute;
  readonly forEach?: HclAttribute;
  /** `providers = { alicloud = alicloud.hk }`: the child's provider name → the caller's alias ('' for the default). */
  readonly providers: ReadonlyMap<string, string>;
  /** Every other argument: a value for the child variable of the same name. */
  readonly arguments: ReadonlyMap<string, HclAttribute>;
}

export function readCall(name: string, block: Located<HclBlock>): ModuleCall {
  const body = block.node.body;
  const source = attributeOf(body, 'source');
  const args = new Map<string, HclAttribute>();
  for (const a of body.attributes) if (!META_ARGUMENTS.has(a.name) && !args.has(a.name)) args.set(a.name, a);
  return {
    name,
    block,
    header: locationIn(block.file, block.node.header),
    ...(source?.expr.kind === 'literal' && typeof source.expr.value === 'string'
      ? { source: { value: source.expr.value, at: locationIn(block.file, source.expr.span) } }
      : {}),
    count: attributeOf(body, 'count'),
    forEach: attributeOf(body, 'for_each'),
    providers: providerMap(attributeOf(body, 'providers')),
    arguments: args,
  };
}

/** A local path as Terraform tells it apart from registry and remote addresses: it starts with `./` or `../`. */
export function isLocalSource(source: string): boolean {
  return /^\.\.?([\\/]|$)/.test(source);
}

/**
 * The pairs of `{ alicloud = alicloud.hk, alicloud.cn = alicloud }`: the object's keys and values
 * are all references, which the parser lists in order (key, value, key, value). Anything else in
 * the map (a quoted key) leaves the map empty, so the child keeps the caller's default provider.
 */
function providerMap(attribute: HclAttribute | undefined): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  if (!attribute) return map;
  const refs = referencesIn(attribute.expr);
  if (refs.length % 2 !== 0 || refs.some((r) => r.root !== 'alicloud')) return map;
  const alias = (i: number) => {
    const step = refs[i].steps[0];
    return step?.kind === 'attr' ? step.name : '';
  };
  for (let i = 0; i < refs.length; i += 2) map.set(alias(i), alias(i + 1));
  return map;
}
