import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { SourceFile } from '../../model/source-file';
import type { Instance } from '../../model/instance';
import { loc } from '../../model/location';
import { format } from '../../model/localized';
import { INSTANCE_TYPES } from '../hcl/instance';
import { SYNTAX_PROBLEMS } from '../tfjson/messages';
import type { ParseOutput, ParseProblem } from '../types';
import { readPlan } from './document';
import { planInstance } from './instance';
import { at, keyOf, stringAt } from './json';
import { MESSAGES } from './messages';
import { rememberPlanInstance, rememberPlanOutput } from './with-source';

/** A `.json` that says it is a plan before it is parsed (cheap: most JSON in a workspace is not). */
export function mayBePlan(file: SourceFile): boolean {
  return (
    /\.json$/i.test(file.path) &&
    file.text.includes('"format_version"') &&
    file.text.includes('"planned_values"')
  );
}

/** Plan formats this reader knows: `terraform show -json` writes 1.x, and promises 1.x stays compatible. */
const SUPPORTED_FORMAT = /^1\.\d+$/;

/**
 * The Terraform plan front end: `terraform show -json` output (a `.json` with top-level
 * `format_version` and `planned_values`) → its instances at every module depth. Undefined for any
 * other file. A plan cut short, or of a format it does not know, is one ICP000 and no instances:
 * a plan is machine-written, so a damaged one is never half-read. Never throws.
 */
export function parsePlanFile(file: SourceFile): ParseOutput | undefined {
  if (!mayBePlan(file)) return undefined;
  const errors: ParseError[] = [];
  let root;
  try {
    root = parseTree(file.text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return output(
      file.path,
      [],
      [
        {
          at: loc(file.path, 0, 0),
          message: format(MESSAGES.truncated, { problem: 'nested too deeply', problemZh: '嵌套层级过深' }),
        },
      ],
    );
  }
  const version = keyOf(root, 'format_version');
  if (!version || (!keyOf(root, 'planned_values') && errors.length === 0)) return undefined;
  const first = errors[0];
  if (first) {
    const [en, zh] = SYNTAX_PROBLEMS[printParseErrorCode(first.error)] ?? ['a syntax error', '语法错误'];
    const at = loc(file.path, first.offset, first.offset + first.length);
    return output(
      file.path,
      [],
      [{ at, message: format(MESSAGES.truncated, { problem: en, problemZh: zh }) }],
    );
  }
  const versionValue = at(root, 'format_version');
  const versionText = stringAt(root, 'format_version');
  if (versionText === undefined || !SUPPORTED_FORMAT.test(versionText)) {
    const where = versionValue ?? version;
    const at = loc(file.path, where.offset, where.offset + where.length);
    return output(
      file.path,
      [],
      [
        {
          at,
          message: format(MESSAGES.unknownFormat, {
            version: versionText ?? String(versionValue?.value ?? ''),
          }),
        },
      ],
    );
  }
  const plan = readPlan(root!);
  const instances = plan.resources
    .filter((r) => INSTANCE_TYPES.includes(r.type))
    .map((r) =>
      rememberPlanInstance(planInstance(file.path, plan, r), {
        moduleAddress: r.moduleAddress,
        configAddress: r.configAddress,
      }),
    );
  return rememberPlanOutput(output(file.path, instances, []), file.path);
}

export { instancesWithSources } from './with-source';

function output(
  file: string,
  instances: readonly Instance[],
  problems: readonly ParseProblem[],
): ParseOutput {
  // JSON has no comments: no icp-ignore directive can be written in a plan.
  return { instances, problems, comments: new Map([[file, []]]) };
}
