import { Random } from './random';
import { MAINLAND_REGIONS, MAINLAND_ZONES, OTHER_REGIONS, TEAMS } from './vocabulary';

const PRODUCTS = [
  'ecs',
  'ecs',
  'ecs',
  'ecs',
  'simple-application-server',
  'web-hosting',
  'ens',
  'nat-gateway',
  'elastic-web-hosting',
  'marketplace-site',
  'iot-package',
];

/**
 * An instance spec (docs/contract.md) in the shape planners write: mostly compliant ECS
 * subscriptions, with a sprinkling of every mistake the rules catch, and service numbers that are
 * unique except for a few reused ones (ICP008 walks the whole file).
 */
export function generateInstanceSpec(rng: Random, instances: number): string {
  const out: string[] = ['kind: IcpInstanceSpec', 'instances:'];
  let serial = 1_000_000_000 + rng.int(0, 1000);
  for (let i = 0; i < instances; i++) {
    const team = TEAMS[i % TEAMS.length];
    const product = rng.pick(PRODUCTS);
    out.push(`  ${team}-${String(i).padStart(4, '0')}:`);
    out.push(`    product: ${product}`);
    if (rng.chance(0.7))
      out.push(`    region: ${rng.chance(0.9) ? rng.pick(MAINLAND_REGIONS) : rng.pick(OTHER_REGIONS)}`);
    else out.push(`    zone: ${rng.pick(MAINLAND_ZONES)}`);
    out.push(`    billing: ${rng.chance(0.85) ? 'subscription' : rng.pick(['pay-as-you-go', 'spot'])}`);
    out.push(`    period: ${rng.pick([1, 3, 6, 12, 24])}`);
    if (rng.chance(0.3)) out.push(`    periodUnit: ${rng.pick(['month', 'year', 'week'])}`);
    out.push(`    autoRenew: ${rng.chance(0.7)}`);
    if (rng.chance(0.5))
      out.push(
        `    expiresOn: 20${rng.int(25, 28)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      );
    if (rng.chance(0.05)) out.push('    status: stopped');
    if (product === 'ecs' || product === 'ens') {
      out.push(`    publicBandwidthMbps: ${rng.pick([0, 5, 10, 20])}`);
      if (rng.chance(0.2)) out.push('    eip: true');
    }
    if (product === 'iot-package' || product === 'marketplace-site') {
      out.push(
        `    order: { amount: ${rng.pick([50, 90, 99, 120])}, currency: ${rng.pick(['CNY', 'USD'])} }`,
      );
    }
    out.push('    websites:');
    for (let w = rng.int(1, 6); w > 0; w--) {
      out.push(`      - domain: ${team}${rng.word(4)}.example.cn`);
      if (rng.chance(0.8)) out.push(`        serviceNumber: "${rng.chance(0.01) ? serial - 1 : serial++}"`);
    }
  }
  return out.join('\n') + '\n';
}
