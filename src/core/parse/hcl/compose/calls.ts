import type { Location } from '../../../model/location';
import { locationIn } from '../evaluate';
import type { Located } from '../module';
import { attributeOf, type Expr, type HclAttribute, type HclBlock } from '../syntax';

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
 * `{ alicloud = alicloud.hk, alicloud.cn = alicloud }`: which of the caller's providers each of the
 * child's provider names gets. An entry that is not a provider reference on both sides is left out.
 */
function providerMap(attribute: HclAttribute | undefined): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  if (attribute?.expr.kind !== 'object') return map;
  for (const { key, value } of attribute.expr.entries) {
    const child = providerName(key);
    const caller = providerName(value);
    if (child !== undefined && caller !== undefined) map.set(child, caller);
  }
  return map;
}

/** `alicloud` → '', `alicloud.hk` → 'hk'; undefined for anything that does not name an alicloud provider. */
function providerName(expr: Expr): string | undefined {
  if (expr.kind === 'literal') return expr.value === 'alicloud' ? '' : undefined;
  if (expr.kind !== 'traversal' || expr.root !== 'alicloud') return undefined;
  const step = expr.steps[0];
  if (expr.steps.length === 0) return '';
  return expr.steps.length === 1 && step.kind === 'attr' ? step.name : undefined;
}
