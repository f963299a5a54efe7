import type { Rule } from './rule';
import { invalidInput } from './ICP000-invalid-input';
import { regionNotMainland } from './ICP001-region-not-mainland';
import { payAsYouGo } from './ICP002-pay-as-you-go';
import { subscriptionTooShort } from './ICP003-subscription-too-short';
import { noPublicIp } from './ICP004-no-public-ip';
import { expiry } from './ICP005-expiry';
import { instanceStopped } from './ICP006-instance-stopped';
import { quotaExceeded } from './ICP007-quota-exceeded';
import { serviceNumberReused } from './ICP008-service-number-reused';
import { orderBelowMinimum } from './ICP009-order-below-minimum';
import { noAutoRenew } from './ICP010-no-auto-renew';
import { regionUnresolved } from './ICP011-region-unresolved';
import { valueUnresolved } from './ICP012-value-unresolved';
import { publicIpViaEip } from './ICP013-public-ip-via-eip';
import { invalidSuppression } from './ICP014-invalid-suppression';
import { moduleNotFollowed } from './ICP015-module-not-followed';

/** Every rule, in ID order. */
export const RULES: readonly Rule[] = [
  invalidInput,
  regionNotMainland,
  payAsYouGo,
  subscriptionTooShort,
  noPublicIp,
  expiry,
  instanceStopped,
  quotaExceeded,
  serviceNumberReused,
  orderBelowMinimum,
  noAutoRenew,
  regionUnresolved,
  valueUnresolved,
  publicIpViaEip,
  invalidSuppression,
  moduleNotFollowed,
];

const BY_KEY = new Map<string, Rule>(
  RULES.flatMap(
    (r) =>
      [
        [r.id.toUpperCase(), r],
        [r.name.toUpperCase(), r],
      ] as const,
  ),
);

/** A rule by ID (`ICP002`, any case) or name (`pay-as-you-go`), as configuration and suppressions name them. */
export function ruleById(idOrName: string): Rule | undefined {
  return BY_KEY.get(idOrName.trim().toUpperCase());
}
