import type { Product } from '../../../model/instance';

/** The ROS resource types that are instances a filing can use (docs/contract.md, "The inputs"). */
export const ROS_INSTANCE_PRODUCTS: Readonly<Record<string, Product>> = {
  'ALIYUN::ECS::Instance': 'ecs',
  'ALIYUN::ECS::InstanceGroup': 'ecs',
  'ALIYUN::ECS::PrepayInstance': 'ecs',
  'ALIYUN::ECS::InstanceClone': 'ecs',
  'ALIYUN::ECS::InstanceGroupClone': 'ecs',
  'ALIYUN::SWAS::Instance': 'simple-application-server',
};

export const SWAS_INSTANCE = 'ALIYUN::SWAS::Instance';
export const PREPAY_INSTANCE = 'ALIYUN::ECS::PrepayInstance';
export const INSTANCE_CLONE = 'ALIYUN::ECS::InstanceClone';

/** Clones copy their bandwidth from `SourceInstanceId`. */
export const CLONE_TYPES: ReadonlySet<string> = new Set([INSTANCE_CLONE, 'ALIYUN::ECS::InstanceGroupClone']);

/** Resources whose `AutoRenew` is a Boolean; elsewhere it is the String `'True'` / `'False'`. */
export const BOOLEAN_AUTO_RENEW: ReadonlySet<string> = new Set([PREPAY_INSTANCE, SWAS_INSTANCE]);

export function isRosInstanceType(type: string): boolean {
  return Object.prototype.hasOwnProperty.call(ROS_INSTANCE_PRODUCTS, type);
}
