/** The conditions an instance must meet to carry an ICP filing, in the order reports list them. */
export type RequirementId =
  'region' | 'billing' | 'period' | 'public-ip' | 'expiry' | 'status' | 'quota' | 'service-numbers' | 'order';
export const REQUIREMENT_IDS: readonly RequirementId[] = [
  'region',
  'billing',
  'period',
  'public-ip',
  'expiry',
  'status',
  'quota',
  'service-numbers',
  'order',
];
