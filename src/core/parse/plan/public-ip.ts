import { loc, type Location } from '../../model/location';
import { referencedAddresses, type PlanDocument, type PlannedResource } from './document';

const ENI_TYPES = ['alicloud_ecs_network_interface', 'alicloud_network_interface'];
const ENI_ATTACHMENT_TYPES = [
  'alicloud_ecs_network_interface_attachment',
  'alicloud_network_interface_attachment',
];

/**
 * The planned `alicloud_eip_association`s that bind an Elastic IP to `instance`: their `instance_id`
 * refers (in `configuration`) to the instance, or to a network interface an attachment binds to it,
 * in the same module. Their ids are only known after apply, so references are what tells.
 */
export function planEipAssociations(file: string, plan: PlanDocument, instance: PlannedResource): Location[] {
  const sameModule = plan.resources.filter((r) => r.moduleAddress === instance.moduleAddress);
  const interfaces = new Set<string>();
  for (const attachment of sameModule.filter((r) => ENI_ATTACHMENT_TYPES.includes(r.type))) {
    if (!referencedAddresses(attachment.config, 'instance_id').includes(instance.configAddress)) continue;
    for (const eni of referencedAddresses(attachment.config, 'network_interface_id'))
      if (ENI_TYPES.includes(eni.split('.')[0])) interfaces.add(eni);
  }
  const found: Location[] = [];
  for (const association of sameModule.filter((r) => r.type === 'alicloud_eip_association')) {
    const targets = referencedAddresses(association.config, 'instance_id');
    if (targets.includes(instance.configAddress) || targets.some((t) => interfaces.has(t))) {
      const token = association.addressToken;
      found.push(loc(file, token.offset, token.offset + token.length));
    }
  }
  return found;
}
