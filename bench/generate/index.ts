import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Random } from './random';
import { concatenateModule, generateTerraformModule, type GeneratedFiles } from './terraform';
import { generateRosYaml } from './ros';
import { generateInstanceSpec } from './spec';
import { generateWorkspace } from './workspace';

/** One seed for everything: the inputs are the same bytes on every run and every machine. */
export const SEED = 20260401;

export interface BenchInputs {
  readonly root: string;
  /** The ~1 MB module spread over files. */
  readonly terraformDir: string;
  /** The same module as one ~1 MB main.tf (+ terraform.tfvars). */
  readonly terraformSingleDir: string;
  readonly rosFile: string;
  readonly specFile: string;
  readonly workspaceDir: string;
  readonly workspaceFolders: readonly string[];
}

/** Writes every generated input under `root` (bench/work), replacing what was there. */
export function generateInputs(root: string): BenchInputs {
  rmSync(root, { recursive: true, force: true });
  const rng = new Random(SEED);
  const module = generateTerraformModule(rng, {
    instances: 900,
    vswitches: 200,
    eips: 450,
    instanceFiles: 10,
  });
  const terraformDir = join(root, 'terraform');
  const terraformSingleDir = join(root, 'terraform-single');
  writeAll(terraformDir, module);
  writeAll(terraformSingleDir, concatenateModule(module));

  const rosFile = join(root, 'ros', 'web-tier.ros.yaml');
  writeAll(
    dirname(rosFile),
    new Map([['web-tier.ros.yaml', generateRosYaml(rng, { instances: 1400, vswitches: 150, eips: 400 })]]),
  );
  const specFile = join(root, 'spec', 'fleet.icp.yaml');
  writeAll(dirname(specFile), new Map([['fleet.icp.yaml', generateInstanceSpec(rng, 1000)]]));

  const workspaceDir = join(root, 'workspace');
  const workspace = generateWorkspace(rng);
  writeAll(workspaceDir, workspace);
  const workspaceFolders = [...new Set([...workspace.keys()].map((p) => p.split('/')[0]))]
    .sort()
    .map((f) => join(workspaceDir, f));
  return { root, terraformDir, terraformSingleDir, rosFile, specFile, workspaceDir, workspaceFolders };
}

function writeAll(dir: string, files: GeneratedFiles): void {
  for (const [name, text] of files) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
