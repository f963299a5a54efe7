import type { SourceFile } from '../../src/core';
import type { Checker } from '../checker';
import { hcl2jsonParseAll } from '../baselines/hcl2json';
import type { YamlLanguageServerBaseline } from '../baselines/yaml-language-server';
import { interleave } from '../measure/interleave';
import { medianRatio, summarize } from '../measure/stats';
import type { Comparison } from '../report/model';
import type { Rounds } from './parse-floor';
import { basename } from 'node:path';

/** (b) Checking the whole module vs HashiCorp's parser merely turning the same files into JSON. */
export async function terraformVsHcl2json(
  checker: Checker,
  module: readonly SourceFile[],
  rounds: Rounds,
): Promise<Comparison> {
  const named = module.map((f) => ({ name: basename(f.path), text: f.text }));
  const samples = await interleave(
    [
      { name: 'icp-check', run: () => checker.check(module) },
      { name: '@cdktf/hcl2json parse', run: () => hcl2jsonParseAll(named) },
    ],
    rounds,
  );
  const ratio = medianRatio(samples.get('@cdktf/hcl2json parse')!, samples.get('icp-check')!);
  return {
    id: 'b-hcl2json',
    title: 'Terraform: check vs @cdktf/hcl2json parse',
    input: 'terraform module',
    sides: [...samples].map(([name, s]) => ({ name, summary: summarize(s) })),
    ratioLabel: 'hcl2json / check (speed-up)',
    ratio,
    goal: { text: '≥ 2× faster', met: ratio >= 2 },
    notes: [
      'hcl2json only parses (Go HCL compiled to WebAssembly); it resolves nothing and reports nothing.',
    ],
  };
}

/** (c) Checking the ROS template vs yaml-language-server validating it against the ICP rules as a JSON Schema. */
export async function rosVsYamlLanguageServer(
  checker: Checker,
  ros: SourceFile,
  yls: YamlLanguageServerBaseline,
  rounds: Rounds,
): Promise<Comparison> {
  const uri = `file://${ros.path}`;
  const samples = await interleave(
    [
      { name: 'icp-check', run: () => checker.check([ros]) },
      { name: 'yaml-language-server validation', run: () => yls.validate(uri, ros.text) },
    ],
    rounds,
  );
  const ratio = medianRatio(samples.get('yaml-language-server validation')!, samples.get('icp-check')!);
  return {
    id: 'c-yaml-language-server',
    title: 'ROS: check vs yaml-language-server schema validation',
    input: 'ROS template',
    sides: [...samples].map(([name, s]) => ({ name, summary: summarize(s) })),
    ratioLabel: 'yaml-language-server / check (speed-up)',
    ratio,
    goal: { text: '> 1× (faster)', met: ratio > 1 },
    notes: [
      'The schema (bench/baselines/ros-schema.ts) encodes ICP001–ICP004 and ICP010 for literals; it cannot follow Refs or EIP associations, so it does less than the checker.',
    ],
  };
}
