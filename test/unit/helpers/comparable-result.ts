import type { CheckResult } from '../../../src/core';

/**
 * A check result as plain data, for comparing an incremental check with a fresh one: functions
 * (setters) are compared by arity here and by what they write in `settersOutput`, not by identity.
 */
export function plain(result: CheckResult): string {
  return JSON.stringify(result, (_key, value: unknown) =>
    typeof value === 'function' ? `fn:${String((value as () => unknown).length)}` : value,
  );
}

/** What every setter of every instance writes, for comparing setters by behaviour. */
export function settersOutput(result: CheckResult): unknown[] {
  return result.instances.map((instance) => {
    const s = instance.setters;
    return [
      s.region?.('cn-beijing'),
      s.chargeType?.('subscription'),
      s.noSpot?.(),
      s.periodMonths?.(6),
      s.publicBandwidth?.(5),
      s.autoRenew?.(true),
      s.renewalStatus?.('AutoRenewal'),
      s.status?.('running'),
    ];
  });
}
