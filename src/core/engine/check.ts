import { parseTerraformModule } from '../parse/hcl/index';
import { parsePlanFile } from '../parse/plan/index';
import { parseYamlOrJsonFile } from '../parse/yaml/index';
import { RULES, ruleById } from '../rules/index';
import { fixAllWith, type FixAllResult, type FixAllScope } from './fix-all';
import type { CheckerParts } from './parts';
import { runPipeline } from './pipeline';
import type { CheckOptions, CheckResult, SourceFile } from './types';

/** The real parsers and rule registry. */
export const CORE_PARTS: CheckerParts = {
  rules: RULES,
  findRule: ruleById,
  parseTerraformModule,
  // A `.json` may be a Terraform plan (told by its content) before it may be a ROS template.
  parseYamlOrJsonFile: (file) => parsePlanFile(file) ?? parseYamlOrJsonFile(file),
};

/**
 * Checks a set of files: Terraform files sharing a folder are one module; `.yaml`/`.yml`/`.json`
 * files are read when they are ROS templates or instance specs. Parsers must be initialised first
 * (`initCore`). Never throws: what cannot be read becomes an ICP000 or a skip notice.
 */
export function check(files: readonly SourceFile[], options: CheckOptions = {}): CheckResult {
  return runPipeline(CORE_PARTS, files, options).result;
}

/** Applies every finding's preferred fix until the files converge; see `fixAllWith`. */
export function fixAll(
  files: readonly SourceFile[],
  options: CheckOptions = {},
  scope: FixAllScope = {},
): FixAllResult {
  return fixAllWith(CORE_PARTS, files, options, scope);
}
