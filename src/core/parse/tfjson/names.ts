import { baseName } from '../../model/paths';

/**
 * Terraform's JSON syntax, by file name: `*.tf.json` (configuration), `terraform.tfvars.json` and
 * `*.auto.tfvars.json` (variable values), each read like its HCL twin.
 */
export function isTerraformJson(path: string): boolean {
  const name = baseName(path).toLowerCase();
  return name.endsWith('.tf.json') || isTfvarsJson(name);
}

export function isTfvarsJson(path: string): boolean {
  const name = baseName(path).toLowerCase();
  return name === 'terraform.tfvars.json' || name.endsWith('.auto.tfvars.json');
}
