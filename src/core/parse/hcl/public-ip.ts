import type { Location } from '../../model/location';
import { locationIn } from './evaluate';
import type { TerraformModule } from './module';
import { attributeOf, referencesIn, resourceAddressOf, type HclBlock } from './syntax';

export const ENI_TYPES = ['alicloud_ecs_network_interface', 'alicloud_network_interface'];
export const ENI_ATTACHMENT_TYPES = [
  'alicloud_ecs_network_interface_attachment',
  'alicloud_network_interface_attachment',
];

/**
 * Resource addresses an attribute's expression refers to (`alicloud_instance.web[0].id` →
 * `alicloud_instance.web`). `each.value.id` refers to what the block's `for_each` iterates over
 * (`for_each = alicloud_instance.web`): one association per instance binds each of them.
 */
function addressesIn(block: HclBlock, key: string): string[] {
  const attribute = attributeOf(block.body, key);
  if (!attribute) return [];
  return referencesIn(attribute.expr).flatMap((r) => {
    if (r.root !== 'each') return resourceAddressOf(r) ?? [];
    const iterated = attributeOf(block.body, 'for_each');
    return iterated ? referencesIn(iterated.expr).flatMap((t) => resourceAddressOf(t) ?? []) : [];
  });
}

/**
 * The network interfaces an instance block attaches itself: `network_interfaces { network_interface_id = … }`,
 * also written as `dynamic "network_interfaces" { content { … } }`.
 */
function ownInterfaces(block: HclBlock): string[] {
  const written = block.body.blocks.filter((b) => b.type === 'network_interfaces');
  const generated = block.body.blocks
    .filter((b) => b.type === 'dynamic' && b.labels[0]?.value === 'network_interfaces')
    .flatMap((b) => b.body.blocks.filter((c) => c.type === 'content'));
  return [...written, ...generated].flatMap((b) => addressesIn(b, 'network_interface_id'));
}

const indexes = new WeakMap<TerraformModule, ReadonlyMap<string, Location[]>>();

/**
 * Headers of the `alicloud_eip_association` resources that bind an EIP to the instance at
 * `address`: directly, or to a network interface that an attachment binds to the instance.
 * An association with a NAT gateway (or anything else) refers to neither and gives nothing.
 */
export function eipAssociationsOf(address: string, module: TerraformModule): Location[] {
  let index = indexes.get(module);
  if (!index) {
    index = indexAssociations(module);
    indexes.set(module, index);
  }
  const direct = index.get(address) ?? [];
  // Read from the instance's own block, not the index: the index is carried over edits of instance blocks.
  const block = module.resources.get(address)?.node;
  const viaOwn = block ? ownInterfaces(block).flatMap((eni) => index.get(eni) ?? []) : [];
  if (viaOwn.length === 0) return direct;
  const seen = new Set<string>();
  return [...direct, ...viaOwn].filter((at) => {
    const key = `${at.file}#${at.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Gives `next` the association index of `previous` (with `move`, if any, applied to its locations) when it is
 * known: for a module that differs from `previous` only in instance resources, which the index
 * does not read.
 */
export function carryAssociations(
  previous: TerraformModule,
  next: TerraformModule,
  move: ((at: Location) => Location) | undefined,
): void {
  const index = indexes.get(previous);
  if (!index || indexes.has(next)) return;
  // Nothing moved: the index is read-only, so both versions share it.
  indexes.set(next, move ? new Map([...index].map(([address, list]) => [address, list.map(move)])) : index);
}

/** One pass over the module's resources, so a module with thousands of instances stays linear. */
function indexAssociations(module: TerraformModule): ReadonlyMap<string, Location[]> {
  const blocks = [...module.resources.values()];
  // interface address → instance addresses it is attached to
  const attachedTo = new Map<string, string[]>();
  for (const b of blocks) {
    if (!ENI_ATTACHMENT_TYPES.includes(b.node.labels[0]?.value ?? '')) continue;
    const instances = addressesIn(b.node, 'instance_id');
    for (const eni of addressesIn(b.node, 'network_interface_id').filter((a) =>
      ENI_TYPES.includes(a.split('.')[0]),
    )) {
      attachedTo.set(eni, [...(attachedTo.get(eni) ?? []), ...instances]);
    }
  }
  const byInstance = new Map<string, Location[]>();
  for (const b of blocks) {
    if (b.node.labels[0]?.value !== 'alicloud_eip_association') continue;
    const at = locationIn(b.file, b.node.header);
    const targets = new Set(
      addressesIn(b.node, 'instance_id').flatMap((a) => [a, ...(attachedTo.get(a) ?? [])]),
    );
    for (const target of targets) byInstance.set(target, [...(byInstance.get(target) ?? []), at]);
  }
  return byInstance;
}
