import type { TextEdit } from '../../model/fix';
import { insertAttribute } from './edits';
import { evaluate } from './evaluate';
import type { Located } from './module';
import type { InstanceScope } from './settings';
import { attributeOf, referencesIn, type HclBlock, type HclBody } from './syntax';

/** A `provider "alicloud"` block and its alias ('' for the default one). */
export interface ProviderRef {
  readonly alias: string;
  readonly block: Located<HclBlock>;
}

/**
 * A region fix moves only the instance it is offered for:
 * - it points the instance at another provider already in the module that is in the chosen region;
 * - else it edits the instance's own provider, but only when no other block of the module uses it
 *   (nor reads the variable or local its region comes from);
 * - never when the instance states a zone (itself, its vSwitch, its launch template) that is not in
 *   the chosen region, or one that cannot be read: the instance would end up split over two regions.
 * `editProvider` writes the region in the instance's provider block (or where that value is defined).
 */
export function regionFixFor(
  scope: InstanceScope,
  current: ProviderRef | undefined,
  zone: { readonly region?: string } | undefined,
  editProvider: ((regionId: string) => TextEdit[]) | undefined,
): (regionId: string) => TextEdit[] | undefined {
  return (regionId) => {
    if (zone && zone.region !== regionId) return undefined;
    const other = providerIn(scope, regionId, current);
    if (other) return pointAt(scope, other);
    if (current && editProvider && !usedByOthers(scope, current) && !sharedValue(scope, current))
      return editProvider(regionId);
    return undefined;
  };
}

/**
 * Whether the provider's region comes through a variable or local that something else also reads:
 * editing its default (or tfvars line) would move that too. Followed through locals, a few steps.
 */
function sharedValue(scope: InstanceScope, provider: ProviderRef): boolean {
  const region = attributeOf(provider.block.node.body, 'region');
  let refs = region ? referencesIn(region.expr) : [];
  for (let depth = 0; depth < 8 && refs.length > 0; depth++) {
    const next: typeof refs = [];
    for (const ref of refs) {
      const step = ref.steps[0];
      if ((ref.root !== 'var' && ref.root !== 'local') || step?.kind !== 'attr') continue;
      if (countReferences(scope, ref.root, step.name) > 1) return true;
      const local = ref.root === 'local' ? scope.module.locals.get(step.name) : undefined;
      if (local) next.push(...referencesIn(local.node.expr));
    }
    refs = next;
  }
  return false;
}

/** How many expressions of the module read `var.<name>` / `local.<name>`. */
function countReferences(scope: InstanceScope, root: string, name: string): number {
  let count = 0;
  const visit = (body: HclBody) => {
    for (const attribute of body.attributes) {
      for (const ref of referencesIn(attribute.expr)) {
        const step = ref.steps[0];
        if (ref.root === root && step?.kind === 'attr' && step.name === name) count++;
      }
    }
    for (const block of body.blocks) visit(block.body);
  };
  for (const file of scope.module.files) visit(file.body);
  return count;
}

/** Another provider block whose region is `regionId` (the default provider first). */
function providerIn(
  scope: InstanceScope,
  regionId: string,
  current: ProviderRef | undefined,
): ProviderRef | undefined {
  const candidates = [...scope.module.providers].sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
  );
  for (const [alias, block] of candidates) {
    if (current && block === current.block) continue;
    const region = attributeOf(block.node.body, 'region');
    if (!region) continue;
    const evaluated = evaluate(region.expr, block.file, scope.module);
    if (evaluated.kind === 'known' && evaluated.value === regionId) return { alias, block };
  }
  return undefined;
}

/** `provider = alicloud.<alias>` (or `alicloud`) on the instance, replacing the reference it has. */
function pointAt(scope: InstanceScope, target: ProviderRef): TextEdit[] {
  const reference = target.alias ? `alicloud.${target.alias}` : 'alicloud';
  const own = attributeOf(scope.instance.node.body, 'provider');
  if (own)
    return [
      {
        file: scope.instance.file.path,
        start: own.expr.span.start,
        end: own.expr.span.end,
        newText: reference,
      },
    ];
  return insertAttribute(scope.instance, 'provider', reference);
}

/**
 * Whether a block other than the instance uses the provider: an `alicloud_*` resource or data
 * source naming it (or naming none, for the default provider), or a module call passing it (module
 * calls without `providers` inherit the default one).
 */
function usedByOthers(scope: InstanceScope, provider: ProviderRef): boolean {
  for (const file of scope.module.files) {
    for (const block of file.body.blocks) {
      if (block === scope.instance.node) continue;
      if (
        (block.type === 'resource' || block.type === 'data') &&
        block.labels[0]?.value.startsWith('alicloud_')
      ) {
        const chosen = attributeOf(block.body, 'provider');
        if (!chosen ? provider.alias === '' : namesProvider(chosen.expr, provider.alias)) return true;
      } else if (block.type === 'module') {
        const passed = attributeOf(block.body, 'providers');
        if (!passed ? provider.alias === '' : namesProvider(passed.expr, provider.alias)) return true;
      }
    }
  }
  return false;
}

function namesProvider(expr: Parameters<typeof referencesIn>[0], alias: string): boolean {
  return referencesIn(expr).some((ref) => {
    if (ref.root !== 'alicloud') return false;
    const step = ref.steps[0];
    return alias === '' ? step === undefined : step?.kind === 'attr' && step.name === alias;
  });
}
