import type { Location } from '../../../model/location';
import { referencedInstance } from '../intrinsics';
import { valueOf } from '../nodes';
import type { RosContext } from './context';
import { at } from './values';

export const EIP_ASSOCIATION = 'ALIYUN::VPC::EIPAssociation';

/**
 * `ALIYUN::VPC::EIPAssociation`s by the logical ID of the instance they bind to (`Ref`, `Fn::GetAtt
 * [X, InstanceId]`, or a group member via `Fn::Select [i, Fn::GetAtt [G, InstanceIds]]`); each points
 * at the association's logical ID.
 */
export function eipAssociationsByInstance(ctx: RosContext): ReadonlyMap<string, Location[]> {
  const byInstance = new Map<string, Location[]>();
  for (const res of ctx.resources.values()) {
    if (res.type !== EIP_ASSOCIATION) continue;
    const target = referencedInstance(ctx.doc, valueOf(res.properties, 'InstanceId'));
    if (target === undefined) continue;
    const list = byInstance.get(target) ?? [];
    list.push(at(ctx, res.header));
    byInstance.set(target, list);
  }
  return byInstance;
}
