import assert from 'node:assert/strict';
import { counted, REPORT_TEXT, sentences } from '../../../src/core/report/texts';
import { CLI_TEXT } from '../../../src/cli/messages';

/** Counts read right in both languages, and messages are joined as sentences. */
describe('report texts: plurals and sentences', () => {
  const cases: [Parameters<typeof counted>[0], number, string, string][] = [
    [REPORT_TEXT.files, 0, '0 files', '0 个文件'],
    [REPORT_TEXT.files, 1, '1 file', '1 个文件'],
    [REPORT_TEXT.files, 2, '2 files', '2 个文件'],
    [REPORT_TEXT.instanceCount, 1, '1 instance', '1 个实例'],
    [REPORT_TEXT.errors, 1, '1 error', '1 个错误'],
    [REPORT_TEXT.errors, 5, '5 errors', '5 个错误'],
    [CLI_TEXT.fixed, 1, 'Fixed 1 file: {files}', '已修复 1 个文件：{files}'],
    [CLI_TEXT.fixed, 5, 'Fixed 5 files: {files}', '已修复 5 个文件：{files}'],
  ];
  for (const [template, n, en, zh] of cases) {
    it(`${JSON.stringify(template.en)} × ${n}`, () => {
      assert.equal(counted(template, n, 'en'), en);
      assert.equal(counted(template, n, 'zh-cn'), zh);
    });
  }

  it('joins messages as sentences, adding a full stop only where one is missing', () => {
    assert.equal(
      sentences(['ICP002: It is pay-as-you-go.', 'ICP002: load tests', ' '], 'en'),
      'ICP002: It is pay-as-you-go. ICP002: load tests.',
    );
    assert.equal(
      sentences(['ICP002：按量付费。', 'ICP002：压测'], 'zh-cn'),
      'ICP002：按量付费。ICP002：压测。',
    );
    assert.equal(sentences([], 'en'), '');
  });
});
