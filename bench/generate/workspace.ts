import { Random } from './random';
import { generateTerraformModule, type GeneratedFiles } from './terraform';
import { generateRosJson, generateRosYaml } from './ros';
import { generateInstanceSpec } from './spec';

/** Top-level folders of the workspace, so the CLI can be run as two processes over halves of it. */
export const WORKSPACE_FOLDERS = 20;

/**
 * A monorepo of 1,000 files: per service folder, Terraform modules, ROS templates in YAML and
 * JSON, instance specs, and the files any repository also holds that the checker must skip
 * (Kubernetes manifests, CI workflows, package.json, READMEs).
 */
export function generateWorkspace(rng: Random): GeneratedFiles {
  const files: GeneratedFiles = new Map();
  for (let f = 0; f < WORKSPACE_FOLDERS; f++) {
    const folder = `svc-${String(f).padStart(2, '0')}`;
    for (let m = 0; m < 2; m++) {
      const module = generateTerraformModule(rng, {
        instances: rng.int(3, 8),
        vswitches: 2,
        eips: 2,
        instanceFiles: 1,
      });
      for (const [name, text] of module) files.set(`${folder}/terraform/env-${m}/${name}`, text);
    }
    for (let r = 0; r < 14; r++) {
      files.set(
        `${folder}/ros/stack-${r}.ros.yaml`,
        generateRosYaml(rng, { instances: rng.int(2, 6), vswitches: 2, eips: 1 }),
      );
    }
    for (let r = 0; r < 4; r++)
      files.set(`${folder}/ros/json-stack-${r}.json`, generateRosJson(rng, rng.int(2, 5)));
    for (let s = 0; s < 8; s++)
      files.set(`${folder}/plans/plan-${s}.icp.yaml`, generateInstanceSpec(rng, rng.int(3, 12)));
    for (const [name, text] of unrelatedFiles(folder)) files.set(`${folder}/${name}`, text);
  }
  return files;
}

function unrelatedFiles(folder: string): [string, string][] {
  return [
    [
      'package.json',
      JSON.stringify({ name: folder, version: '1.0.0', scripts: { start: 'node index.js' } }, null, 2) + '\n',
    ],
    ['README.md', `# ${folder}\n\nInfrastructure of the ${folder} service.\n`],
    [
      'docker-compose.yml',
      `services:\n  app:\n    image: registry.example.com/${folder}:latest\n    ports: ["8080:8080"]\n`,
    ],
    [
      'k8s/deployment.yaml',
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${folder}\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/${folder}:latest\n`,
    ],
    [
      'k8s/service.yaml',
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${folder}\nspec:\n  ports:\n    - port: 80\n`,
    ],
    [
      '.github/workflows/ci.yml',
      `name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n`,
    ],
    ['tsconfig.json', '{ "compilerOptions": { "strict": true } }\n'],
    ['config/app.yaml', `server:\n  port: 8080\n  region: cn-hangzhou\n`],
  ];
}
