/**
 * `npm run bench` (node out/bench/run.js [--quick]): generates the inputs into bench/work, measures
 * icp-check against its baselines side by side, and writes bench/RESULTS.md.
 */
import { writeFileSync } from 'node:fs';

import { loadChecker } from './checker';
import { generateInputs } from './generate';
import { countMatches, readFolder, readOne, totalBytes } from './inputs';
import { describeMachine } from './measure/machine';
import { paths, repoRoot } from './paths';
import { selfTimeByFile } from './measure/profile';
import { TreeSitterBaseline } from './baselines/tree-sitter';
import { YamlLanguageServerBaseline } from './baselines/yaml-language-server';
import { terraformVsTreeSitter, yamlVsParse, type Rounds } from './scenarios/parse-floor';
import { rosVsYamlLanguageServer, terraformVsHcl2json } from './scenarios/competitors';
import { editLoop } from './scenarios/edit-loop';
import { cliOverWorkspace } from './scenarios/cli';
import { modulesVsFlat } from './scenarios/modules';
import { bundleSize, heapAfterCheck } from './scenarios/footprint';
import { blowUps } from './scenarios/blow-ups';
import { editorWorker } from './scenarios/editor-worker';
import { packageSize, wholeProcess } from './scenarios/process';
import { renderResults } from './report/results-md';
import type { Comparison, Figure, InputDescription } from './report/model';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const machine = describeMachine();
  const big: Rounds = quick ? { warmup: 1, rounds: 5 } : { warmup: 2, rounds: 11 };
  const slow: Rounds = quick ? { warmup: 1, rounds: 3 } : { warmup: 1, rounds: 7 };
  const edits = quick ? 20 : 40;

  log('generating inputs');
  const inputs = generateInputs(paths.work());
  const module = readFolder(inputs.terraformDir);
  const single = readFolder(inputs.terraformSingleDir);
  const mainTf = single.find((f) => f.path.endsWith('main.tf'))!;
  const ros = readOne(inputs.rosFile);
  const spec = readOne(inputs.specFile);
  const workspace = readFolder(inputs.workspaceDir);
  const inputTable: InputDescription[] = [
    {
      name: 'Terraform module (bench/work/terraform)',
      files: module.length,
      bytes: totalBytes(module),
      contents: `${countMatches(module, /^resource "/gm)} resources (${countMatches(module, /^resource "alicloud_instance"/gm)} alicloud_instance), ${countMatches(module, /^variable "/gm)} variables, tfvars, locals, 3 providers`,
    },
    {
      name: 'the same module as one file (terraform-single/main.tf)',
      files: 1,
      bytes: totalBytes([mainTf]),
      contents: 'for the edit loop and the heap figure; terraform.tfvars beside it',
    },
    {
      name: 'ROS template (YAML)',
      files: 1,
      bytes: totalBytes([ros]),
      contents: `${countMatches([ros], /^ {4}Type: ALIYUN::/gm)} resources (${countMatches([ros], /^ {4}Type: ALIYUN::ECS::(Instance|InstanceGroup|PrepayInstance)$/gm)} instances)`,
    },
    {
      name: 'instance spec',
      files: 1,
      bytes: totalBytes([spec]),
      contents: `${countMatches([spec], /^ {4}product:/gm)} instances`,
    },
    {
      name: 'workspace',
      files: workspace.length,
      bytes: totalBytes(workspace),
      contents: `${inputs.workspaceFolders.length} service folders: Terraform modules, ROS YAML and JSON, instance specs, unrelated YAML/JSON/Markdown`,
    },
  ];

  const comparisons: Comparison[] = [];
  const figures: Figure[] = [];
  const notes: string[] = [];
  const treeSitter = await TreeSitterBaseline.create(paths.terraformWasm());
  const checker = await loadChecker();

  if ('unavailable' in checker) {
    notes.push(`Checker comparisons not run: ${checker.unavailable}`);
  } else {
    const sample = checker.check(module);
    notes.push(
      `Sanity: the checker found ${sample.instances.length} instances and ${sample.findings.length} findings in the module, ${checker.check([ros]).instances.length} instances in the ROS template, ${checker.check([spec]).instances.length} in the spec.`,
    );
    log('profile');
    const where = await selfTimeByFile(() => checker.check(module), 2, repoRoot());
    notes.push(
      `Where check() of the Terraform module spends its time (self time by file, sampled): ${where.join(', ')}.`,
    );
    log('(a) terraform vs tree-sitter');
    comparisons.push(await terraformVsTreeSitter(checker, module, treeSitter, big));
    log('(a) yaml vs parseDocument');
    comparisons.push(await yamlVsParse(checker, ros, 'ROS template', big));
    comparisons.push(await yamlVsParse(checker, spec, 'instance spec', big));
    log('(b) terraform vs hcl2json');
    comparisons.push(await terraformVsHcl2json(checker, module, slow));
    log('(c) ROS vs yaml-language-server');
    comparisons.push(await rosVsYamlLanguageServer(checker, ros, new YamlLanguageServerBaseline(), slow));
    log('(d) edit loop');
    const others = single.filter((f) => f !== mainTf);
    comparisons.push(await editLoop(mainTf, others, treeSitter, edits, 3));
    comparisons.push(await editLoop(mainTf, others, treeSitter, edits, 3, true));
    log('(e) CLI');
    const cli = await cliOverWorkspace(
      paths.cli(),
      inputs.workspaceDir,
      inputs.workspaceFolders,
      workspace.length,
      quick ? { warmup: 0, rounds: 2 } : { warmup: 1, rounds: 3 },
    );
    if (cli) comparisons.push(cli);
    else notes.push('CLI not measured: out/src/cli/main.js is not built (`npm run build`).');
    log('(f) whole process');
    comparisons.push(
      ...(await wholeProcess(
        paths.bundledCli(),
        paths.cli(),
        inputs.terraformDir,
        quick ? { warmup: 1, rounds: 3 } : { warmup: 1, rounds: 7 },
      )),
    );
    log('(f) module calls vs flat');
    comparisons.push(await modulesVsFlat(checker, big));
    log('editor worker');
    figures.push(...(await editorWorker(mainTf, others, paths.terraformWasm(), quick ? 10 : 20)));
    log('heap');
    figures.push(...heapAfterCheck(single.map((f) => f.path)));
    log('hostile inputs');
    figures.push(...blowUps(paths.work(), inputs.workspaceDir));
  }
  figures.push(bundleSize(paths.bundle()));
  figures.push(packageSize(repoRoot(), 1.5 * 2 ** 20));

  const report = renderResults({
    machine,
    command: `node out/bench/run.js${quick ? ' --quick' : ''}`,
    inputs: inputTable,
    comparisons,
    figures,
    notes,
  });
  writeFileSync(paths.results(), report);
  log(`wrote ${paths.results()}`);
  process.stdout.write(report.slice(report.indexOf('## Goals'), report.indexOf('## Detail')));
  // hcl2json's Go runtime may keep the event loop alive; the bench is done.
  process.exit(0);
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
