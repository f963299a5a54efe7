import type { Location } from '../../model/location';
import { locationIn } from './evaluate';
import type { TerraformModule } from './module';
import { attributeOf, referencesIn, resourceAddressOf, type HclBlock } from './syntax';

const ENI_TYPES = ['alicloud_ecs_network_interface', 'alicloud_network_interface'];
const ENI_ATTACHMENT_TYPES = ['alicloud_ecs_network_interface_attachment', 'alicloud_network_interface_attachment'];

/** Resource addresses an attribute's expression refers to (`alicloud_instance.web[0].id` → `alicloud_instance.web`). */
function addressesIn(block: HclBlock, key: string): string[] {
  const attribute = attributeOf(block.body, key);
  if (!attribute) return [];
  return referencesIn(attribute.expr).flatMap((r) => resourceAddressOf(r) ?? []);
}

/**
 * Headers of the `alicloud_eip_association` resources that bind an EIP to the instance at
 * `address`: directly, or to a network interface that an attachment binds to the instance.
 * An association with a NAT gateway (or anything else) refers to neither and gives nothing.
 */
export function eipAssociationsOf(address: string, module: TerraformModule): Location[] {
  const blocks = [...module.resources.values()];
  const attachedInterfaces = new Set(
    blocks
      .filter((b) => ENI_ATTACHMENT_TYPES.includes(b.node.labels[0]?.value ?? ''))
      .filter((b) => addressesIn(b.node, 'instance_id').includes(address))
      .flatMap((b) => addressesIn(b.node, 'network_interface_id').filter((a) => ENI_TYPES.includes(a.split('.')[0]))),
  );
  return blocks
    .filter((b) => b.node.labels[0]?.value === 'alicloud_eip_association')
    .filter((b) => addressesIn(b.node, 'instance_id').some((a) => a === address || attachedInterfaces.has(a)))
    .map((b) => locationIn(b.file, b.node.header));
}
