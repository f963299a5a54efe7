import assert from 'node:assert/strict';
import { ConfigSchema } from '../../../src/core/engine/config';
import { configProblemFindings } from '../../../src/core/engine/config-findings';
import { loadConfig, type ConfigProblem } from '../../../src/core/engine/config-file';
import { rangeOf } from '../helpers/render';

/** An invalid `.icpcheck.yaml` in the editor: ICP000 written by the engine, so settings apply to it. */
describe('configuration problems as findings', () => {
  const text = 'rules:\n  ICP002: warning\npreferedRegions: [cn-beijing]\n';
  const problems = (): readonly ConfigProblem[] => {
    const loaded = loadConfig(text, '.icpcheck.yaml');
    assert.ok('problems' in loaded, 'the file is invalid');
    return loaded.problems;
  };
  const rendered = (config?: Parameters<typeof configProblemFindings>[1]) =>
    configProblemFindings(problems(), config).map((f) => ({
      rule: f.ruleId,
      messageId: f.messageId,
      severity: f.severity,
      range: rangeOf(f.at, { '.icpcheck.yaml': text }),
      message: f.message.en,
    }));

  it("are ICP000 errors with the loader's text, at the key", () => {
    const [problem] = problems();
    assert.deepEqual(rendered(), [
      {
        rule: 'ICP000',
        messageId: 'invalid',
        severity: 'error',
        range: '3:1-3:16',
        message: problem.message.en,
      },
    ]);
    assert.equal(configProblemFindings(problems())[0].message['zh-cn'], problem.message['zh-cn']);
  });

  it('take the severity the settings give ICP000, by ID or name, and none when it is off', () => {
    assert.deepEqual(
      rendered(ConfigSchema.parse({ rules: { ICP000: 'warning' } })).map((f) => f.severity),
      ['warning'],
    );
    assert.deepEqual(
      rendered(ConfigSchema.parse({ rules: { 'invalid-input': 'info' } })).map((f) => f.severity),
      ['info'],
    );
    assert.deepEqual(rendered(ConfigSchema.parse({ rules: { ICP000: 'off' } })), []);
  });
});
