import type { Instance, ValueKey } from './instance';
import type { Value } from './value';

/**
 * What a finding about an instance is about: one of the instance's values, or one of its lists (the
 * Elastic IP associations, the websites, their service numbers). The readiness report counts a
 * finding against the filing requirement whose settings include it.
 */
export type InstanceSetting =
  ValueKey | 'eipAssociations' | 'websites' | 'serviceNumbers' | 'orderAmount' | 'orderCurrency';

/** The instance's value of a setting; undefined when it states none, and for the lists, which are never unknown. */
export function settingValue(instance: Instance, setting: InstanceSetting): Value<unknown> | undefined {
  switch (setting) {
    case 'orderAmount':
      return instance.order?.amount;
    case 'orderCurrency':
      return instance.order?.currency;
    case 'eipAssociations':
    case 'websites':
    case 'serviceNumbers':
      return undefined;
    default:
      return instance[setting];
  }
}
