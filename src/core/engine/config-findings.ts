import type { Finding } from '../model/finding';
import { ruleById } from '../rules/index';
import type { Rule } from '../rules/rule';
import { DEFAULT_CONFIG, type Config } from './config';
import type { ConfigProblem } from './config-file';
import { makeFinding, ruleMeta } from './rule-meta';
import { ruleSettings } from './rule-settings';

/**
 * The problems of an invalid configuration file as ICP000 findings at that file, written by the
 * engine like every other ICP000: the rule's own text, and the severity (or `off`) that `config`
 * (the settings that apply while the file is invalid) gives ICP000. The editor shows them; the CLI
 * exits with status 2 instead.
 */
export function configProblemFindings(
  problems: readonly ConfigProblem[],
  config: Config = DEFAULT_CONFIG,
  findRule: (idOrName: string) => Rule | undefined = ruleById,
): Finding[] {
  const setting = ruleSettings(config, findRule).get('ICP000');
  const meta = ruleMeta('ICP000', findRule);
  return problems.flatMap(
    (problem) =>
      makeFinding(meta, setting, {
        messageId: 'invalid',
        localizedData: { detail: problem.message },
        at: problem.at,
      }) ?? [],
  );
}
