import type { SourceFile } from '../../src/core';
import type { Checker } from '../checker';
import { interleave } from '../measure/interleave';
import { medianRatio, summarize } from '../measure/stats';
import type { Comparison } from '../report/model';
import type { Rounds } from './parse-floor';

const CALLS = 50;
const MODULES = 5;

/** One module's instance: every ICP setting is a variable the call may set. */
function moduleFiles(m: number): SourceFile[] {
  const main = `resource "alicloud_instance" "this" {
  instance_name              = var.name
  instance_type              = "ecs.g7.large"
  image_id                   = "aliyun_3_x64_20G_alibase_20240819.vhd"
  instance_charge_type       = var.instance_charge_type
  period                     = var.period
  renewal_status             = var.renewal_status
  internet_max_bandwidth_out = var.associate_public_ip_address ? var.internet_max_bandwidth_out : 0
}
`;
  const variables = [
    ['name', '"server"'],
    ['instance_charge_type', '"PostPaid"'],
    ['period', '1'],
    ['renewal_status', '"Normal"'],
    ['associate_public_ip_address', 'false'],
    ['internet_max_bandwidth_out', '0'],
  ]
    .map(([name, value]) => `variable "${name}" {\n  default = ${value}\n}\n`)
    .join('\n');
  return [
    { path: `/bench-modules/modules/m${m}/main.tf`, text: main },
    { path: `/bench-modules/modules/m${m}/variables.tf`, text: variables },
  ];
}

/** The settings of call `i`: a mix of passing and failing values, the same in both layouts. */
function settingsOf(i: number): [string, string][] {
  return [
    ['instance_charge_type', i % 3 === 0 ? '"PostPaid"' : '"PrePaid"'],
    ['period', String(i % 4 === 0 ? 1 : 12)],
    ['renewal_status', '"AutoRenewal"'],
    ['internet_max_bandwidth_out', String(i % 5)],
  ];
}

const PROVIDER = 'provider "alicloud" {\n  region = "cn-hangzhou"\n}\n';

/** A root calling 5 local modules 50 times, and the same 50 instances written in one folder. */
export function moduleInputs(): { composed: SourceFile[]; flat: SourceFile[] } {
  const calls: string[] = [PROVIDER];
  const resources: string[] = [PROVIDER];
  for (let i = 0; i < CALLS; i++) {
    const settings = settingsOf(i);
    const width = Math.max(...settings.map(([k]) => k.length), 'associate_public_ip_address'.length);
    const line = ([k, v]: [string, string]) => `  ${k.padEnd(width)} = ${v}`;
    calls.push(
      `module "s${i}" {\n  source = "../modules/m${i % MODULES}"\n\n${[['name', `"s${i}"`] as [string, string], ['associate_public_ip_address', 'true'] as [string, string], ...settings].map(line).join('\n')}\n}\n`,
    );
    resources.push(
      `resource "alicloud_instance" "s${i}" {\n${[['instance_name', `"s${i}"`] as [string, string], ['instance_type', '"ecs.g7.large"'] as [string, string], ...settings].map(line).join('\n')}\n}\n`,
    );
  }
  const composed = [
    { path: '/bench-modules/live/main.tf', text: calls.join('\n') },
    ...Array.from({ length: MODULES }, (_, m) => moduleFiles(m)).flat(),
  ];
  return { composed, flat: [{ path: '/bench-flat/main.tf', text: resources.join('\n') }] };
}

/** (f) Checking instances created through module calls vs the same instances written flat. */
export async function modulesVsFlat(checker: Checker, rounds: Rounds): Promise<Comparison> {
  const { composed, flat } = moduleInputs();
  const a = checker.check(composed);
  const b = checker.check(flat);
  const samples = await interleave(
    [
      { name: `${CALLS} module calls into ${MODULES} local modules`, run: () => checker.check(composed) },
      { name: `the same ${CALLS} instances flat`, run: () => checker.check(flat) },
    ],
    rounds,
  );
  const [composedName, flatName] = [...samples.keys()];
  const ratio = medianRatio(samples.get(composedName)!, samples.get(flatName)!);
  return {
    id: 'f-modules',
    title: 'Terraform module calls: check vs the same instances flat',
    input: `root with ${CALLS} calls into ${MODULES} local modules`,
    sides: [...samples].map(([name, s]) => ({ name, summary: summarize(s) })),
    ratioLabel: 'modules / flat',
    ratio,
    goal: { text: '≤ 1.3×', met: ratio <= 1.3 },
    notes: [
      `Both layouts give ${a.instances.length} / ${b.instances.length} instances and ${a.findings.length} / ${b.findings.length} findings. The files are in memory, as gatherModuleSources hands them to check(); reading the called folders (the host) is not part of the check.`,
    ],
  };
}
