import type { Instance, SourceFormat } from '../model/instance';
import type { InstanceSetting } from '../model/setting';

/**
 * How each setting is spelled in each format, so ICP012 ("`period` cannot be evaluated") names
 * what the user wrote, not our model's field.
 */
const SETTING_NAMES = {
  chargeType: { terraform: 'instance_charge_type', ros: 'InstanceChargeType', spec: 'billing' },
  spotStrategy: { terraform: 'spot_strategy', ros: 'SpotStrategy', spec: 'billing' },
  period: { terraform: 'period', ros: 'Period', spec: 'period' },
  periodUnit: { terraform: 'period_unit', ros: 'PeriodUnit', spec: 'periodUnit' },
  autoRenew: { terraform: 'auto_renew', ros: 'AutoRenew', spec: 'autoRenew' },
  renewalStatus: { terraform: 'renewal_status', ros: 'RenewalStatus', spec: 'renewalStatus' },
  expiresOn: { terraform: 'expires_on', ros: 'ExpiresOn', spec: 'expiresOn' },
  status: { terraform: 'status', ros: 'Status', spec: 'status' },
  publicBandwidthMbps: {
    terraform: 'internet_max_bandwidth_out',
    ros: 'InternetMaxBandwidthOut',
    spec: 'publicBandwidthMbps',
  },
  allocatePublicIp: { terraform: 'allocate_public_ip', ros: 'AllocatePublicIP', spec: 'eip' },
  eipDeclared: { terraform: 'alicloud_eip_association', ros: 'ALIYUN::VPC::EIPAssociation', spec: 'eip' },
  orderAmount: { terraform: 'order', ros: 'order', spec: 'order.amount' },
  orderCurrency: { terraform: 'order', ros: 'order', spec: 'order.currency' },
} as const satisfies Partial<Record<InstanceSetting, Record<SourceFormat, string>>>;

/** A setting a rule can find unresolved (ICP012 names it as the user wrote it). */
export type SettingKey = keyof typeof SETTING_NAMES;

export function settingName(instance: Instance, key: SettingKey): string {
  // The Simple Application Server resource calls its billing `payment_type`.
  if (key === 'chargeType' && instance.type === 'alicloud_simple_application_server_instance')
    return 'payment_type';
  return SETTING_NAMES[key][instance.format];
}
