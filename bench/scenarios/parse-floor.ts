import type { SourceFile } from '../../src/core';
import type { Checker } from '../checker';
import { TreeSitterBaseline } from '../baselines/tree-sitter';
import { parseYaml } from '../baselines/yaml-parse';
import { interleave } from '../measure/interleave';
import { medianRatio, summarize } from '../measure/stats';
import type { Comparison } from '../report/model';

export interface Rounds {
  readonly warmup: number;
  readonly rounds: number;
}

/**
 * (a) Checking vs the bare parse the checker is built on. The Terraform floor parses only the
 * `.tf` files (tfvars are read too by the checker: part of what "resolving a module" costs).
 */
export async function terraformVsTreeSitter(
  checker: Checker,
  module: readonly SourceFile[],
  treeSitter: TreeSitterBaseline,
  rounds: Rounds,
): Promise<Comparison> {
  const tfTexts = module.filter((f) => f.path.endsWith('.tf')).map((f) => f.text);
  const samples = await interleave(
    [
      { name: 'icp-check', run: () => checker.check(module) },
      { name: 'tree-sitter parse', run: () => treeSitter.parseAll(tfTexts) },
    ],
    rounds,
  );
  const ratio = medianRatio(samples.get('icp-check')!, samples.get('tree-sitter parse')!);
  return {
    id: 'a-terraform',
    title: 'Terraform: check vs bare tree-sitter parse',
    input: 'terraform module',
    sides: [...samples].map(([name, s]) => ({ name, summary: summarize(s) })),
    ratioLabel: 'check / parse',
    ratio,
    goal: { text: '≤ 1.5×', met: ratio <= 1.5 },
    notes: [],
  };
}

/** (a) Checking a YAML file (ROS template or instance spec) vs `yaml` parseDocument with a LineCounter (three subjects interleaved). */
export async function yamlVsParse(
  checker: Checker,
  file: SourceFile,
  label: string,
  rounds: Rounds,
): Promise<Comparison> {
  const samples = await interleave(
    [
      { name: 'icp-check', run: () => checker.check([file]) },
      { name: 'yaml parseDocument (uniqueKeys: false)', run: () => parseYaml(file.text) },
      { name: 'yaml parseDocument (default options)', run: () => parseYaml(file.text, { uniqueKeys: true }) },
    ],
    rounds,
  );
  const ratio = medianRatio(
    samples.get('icp-check')!,
    samples.get('yaml parseDocument (uniqueKeys: false)')!,
  );
  const versusDefault = medianRatio(
    samples.get('icp-check')!,
    samples.get('yaml parseDocument (default options)')!,
  );
  return {
    id: `a-yaml-${label}`,
    title: `${label}: check vs bare yaml parse`,
    input: label,
    sides: [...samples].map(([name, s]) => ({ name, summary: summarize(s) })),
    ratioLabel: 'check / parse',
    ratio,
    goal: { text: '≤ 1.3×', met: ratio <= 1.3 },
    notes: [
      `The floor is parseDocument with a LineCounter and uniqueKeys: false, the parse the checker itself does (Parser + Composer, no duplicate-key pass). Against parseDocument with default options the ratio is ${versusDefault.toFixed(2)}×.`,
    ],
  };
}
