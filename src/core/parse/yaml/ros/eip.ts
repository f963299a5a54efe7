import type { Location } from '../../../model/location';
import { getAttTarget, referencedInstance, refTarget } from '../intrinsics';
import { valueOf } from '../nodes';
import type { RosContext } from './context';
import { at } from './values';

export const EIP_ASSOCIATION = 'ALIYUN::VPC::EIPAssociation';
const NETWORK_INTERFACE = 'ALIYUN::ECS::NetworkInterface';
const NETWORK_INTERFACE_ATTACHMENT = 'ALIYUN::ECS::NetworkInterfaceAttachment';

/** The logical ID of the network interface a value names: `Ref: X` or `Fn::GetAtt: [X, NetworkInterfaceId]`. */
function referencedInterface(ctx: RosContext, node: unknown): string | undefined {
  const ref = refTarget(ctx.doc, node);
  const att = getAttTarget(ctx.doc, node);
  const id = ref ?? (att?.[1] === 'NetworkInterfaceId' ? att[0] : undefined);
  return id !== undefined && ctx.resources.get(id)?.type === NETWORK_INTERFACE ? id : undefined;
}

/** Network interface logical ID → the instances `ALIYUN::ECS::NetworkInterfaceAttachment`s attach it to. */
function attachedInstances(ctx: RosContext): ReadonlyMap<string, string[]> {
  const attached = new Map<string, string[]>();
  for (const res of ctx.resources.values()) {
    if (res.type !== NETWORK_INTERFACE_ATTACHMENT) continue;
    const eni = referencedInterface(ctx, valueOf(res.properties, 'NetworkInterfaceId'));
    const instance = referencedInstance(ctx.doc, valueOf(res.properties, 'InstanceId'));
    if (eni === undefined || instance === undefined) continue;
    attached.set(eni, [...(attached.get(eni) ?? []), instance]);
  }
  return attached;
}

/**
 * `ALIYUN::VPC::EIPAssociation`s by the logical ID of the instance they bind to: directly (`Ref`,
 * `Fn::GetAtt [X, InstanceId]`, or a group member via `Fn::Select [i, Fn::GetAtt [G, InstanceIds]]`),
 * or through a network interface (`Ref` / `Fn::GetAtt [Eni, NetworkInterfaceId]`) that a
 * `NetworkInterfaceAttachment` attaches to the instance. Each points at the association's logical ID.
 */
export function eipAssociationsByInstance(ctx: RosContext): ReadonlyMap<string, Location[]> {
  const byInstance = new Map<string, Location[]>();
  let attached: ReadonlyMap<string, string[]> | undefined;
  for (const res of ctx.resources.values()) {
    if (res.type !== EIP_ASSOCIATION) continue;
    const bound = valueOf(res.properties, 'InstanceId');
    const eni = referencedInterface(ctx, bound);
    const targets =
      eni !== undefined
        ? ((attached ??= attachedInstances(ctx)).get(eni) ?? [])
        : [referencedInstance(ctx.doc, bound)];
    for (const target of new Set(targets)) {
      if (target === undefined) continue;
      const list = byInstance.get(target) ?? [];
      list.push(at(ctx, res.header));
      byInstance.set(target, list);
    }
  }
  return byInstance;
}
