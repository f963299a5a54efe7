import assert from 'node:assert/strict';
import { formatStylish } from '../../../src/core/report/stylish';
import { sampleInput } from './sample-result';

describe('report: stylish', () => {
  const plain = formatStylish(sampleInput(), { color: false });

  it('groups by file with line:col, severity, message and rule ID', () => {
    const lines = plain.split('\n');
    assert.equal(lines[0], 'infra/main.tf');
    assert.match(
      lines[1],
      /^ {2}2:26 +error +Pay-as-you-go instances cannot get an ICP service number\. +ICP002$/,
    );
    assert.match(plain, /3:26 +error +The subscription is 1 month; at least 3 are needed\. +ICP003/);
  });

  it('shows where a value came from below the finding', () => {
    assert.match(plain, /↳ infra\/variables\.tf:2:13 {2}variable default/);
  });

  it('ends with an eslint-like summary, the fixable count and the suppressions', () => {
    assert.match(plain, /✖ 3 problems \(2 errors, 0 warnings, 1 info\)/);
    assert.match(plain, /2 problems can be fixed with the `--fix` option\./);
    assert.match(plain, /1 finding suppressed by an icp-ignore comment\./);
    assert.match(plain, /2 instances: 0 ready, 0 at risk, 0 waived, 1 unknown, 1 not ready/);
  });

  it('uses colours only when asked', () => {
    assert.ok(!plain.includes('\x1b['));
    assert.ok(formatStylish(sampleInput(), { color: true }).includes('\x1b[31m'));
  });

  it('says there are no problems when there are none', () => {
    const input = sampleInput();
    const out = formatStylish(
      { ...input, result: { ...input.result, findings: [], suppressions: [] } },
      { color: false },
    );
    assert.match(out, /✔ No problems/);
  });

  it('speaks Chinese with --lang zh-cn', () => {
    const zh = formatStylish(sampleInput({ lang: 'zh-cn' }), { color: false });
    assert.match(zh, /错误/);
    assert.match(zh, /✖ 3 个问题（|✖ 3 个问题 \(/);
  });
});
