import type { Instance } from '../../../src/core/model/instance';
import type { Location } from '../../../src/core/model/location';
import type { FindingReport, Rule, RuleContext } from '../../../src/core/rules/rule';
import type { ParseOutput } from '../../../src/core/parse/types';
import type { CheckerParts } from '../../../src/core/engine/parts';
import type { SourceFile } from '../../../src/core/engine/types';

/**
 * Stand-ins for parsers and rules, so engine behaviour (crashes, ordering, budgets, settings) is
 * tested without depending on what the real parsers and rules decide.
 *
 * The stub parser reads lines `instance <name>` (a header; the instance extends to the next blank
 * line) and `problem <text>` (a ParseProblem at that line). Comments are left to the line scan.
 */
export function stubParse(file: SourceFile, format: Instance['format'] = 'terraform'): ParseOutput {
  const instances: Instance[] = [];
  const problems: { at: Location; message: { en: string; 'zh-cn': string } }[] = [];
  const lines = file.text.split(/(?<=\n)/);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const instance = /^instance (\S+)/.exec(line);
    if (instance) {
      const header = { file: file.path, start: offset, end: offset + line.trimEnd().length };
      let end = offset + line.length;
      for (let j = i + 1; j < lines.length && lines[j].trim() !== ''; j++) end += lines[j].length;
      instances.push(
        fakeInstance({
          file: file.path,
          name: instance[1],
          header,
          extent: { file: file.path, start: offset, end },
          format,
        }),
      );
    }
    const problem = /^problem (.*)/.exec(line);
    if (problem)
      problems.push({
        at: { file: file.path, start: offset, end: offset + line.trimEnd().length },
        message: { en: `bad: ${problem[1]}`, 'zh-cn': `错误：${problem[1]}` },
      });
    offset += line.length;
  }
  return { instances, problems, comments: new Map() };
}

export function fakeInstance(
  fields: Partial<Instance> & Pick<Instance, 'file' | 'name' | 'header'>,
): Instance {
  return {
    format: 'terraform',
    type: 'alicloud_instance',
    product: 'ecs',
    extent: fields.header,
    eipAssociations: [],
    websites: [],
    setters: {},
    ...fields,
  };
}

export function stubRule(
  id: string,
  name: string,
  check: (instance: Instance, context: RuleContext) => void,
  extra: Partial<Rule> = {},
): Rule {
  return {
    id: id as Rule['id'],
    name,
    severity: 'error',
    fixable: false,
    appliesTo: ['terraform', 'ros', 'spec'],
    messages: { bad: { en: '{instance} is bad', 'zh-cn': '{instance} 有问题' } },
    docs: {
      url: '',
      summary: { en: '', 'zh-cn': '' },
      why: { en: '', 'zh-cn': '' },
      howToFix: { en: '', 'zh-cn': '' },
      sources: [],
      failing: [],
      passing: [],
    },
    checkInstance: check,
    ...extra,
  };
}

/** A rule that reports every instance at its header. */
export function alwaysReports(id: string, name: string, extra: Partial<FindingReport> = {}): Rule {
  return stubRule(id, name, (instance, context) =>
    context.report({ messageId: 'bad', data: { instance: instance.name }, at: instance.header, ...extra }),
  );
}

export function stubParts(rules: readonly Rule[], overrides: Partial<CheckerParts> = {}): CheckerParts {
  return {
    rules,
    findRule: (key) => rules.find((r) => r.id === key.trim().toUpperCase() || r.name === key.trim()),
    parseTerraformModule: (files) => merge(files.map((f) => stubParse(f))),
    parseYamlOrJsonFile: (file) => (file.text.startsWith('ROS') ? stubParse(file, 'ros') : undefined),
    ...overrides,
  };
}

function merge(outputs: readonly ParseOutput[]): ParseOutput {
  return {
    instances: outputs.flatMap((o) => o.instances),
    problems: outputs.flatMap((o) => o.problems),
    comments: new Map(outputs.flatMap((o) => [...o.comments])),
  };
}
