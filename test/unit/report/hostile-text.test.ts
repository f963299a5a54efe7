import assert from 'node:assert/strict';
import { formatMarkdown } from '../../../src/core/report/markdown';
import { formatStylish } from '../../../src/core/report/stylish';
import type { Finding } from '../../../src/core/model/finding';
import type { CheckResult } from '../../../src/core/engine/types';
import { RESULT, SUPPRESSION, WEB, sampleInput } from './sample-result';

/** Names, paths, messages and reasons come from the workspace: a report prints them, never obeys them. */
const HYPERLINK = '\x1b]8;;https://evil.test\x07click me\x1b]8;;\x07';
const CLEAR = '\x1b[2J';
const BIDI = '\u202e';

function hostile(file: string, message: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'ICP002',
    ruleName: 'pay-as-you-go',
    severity: 'error',
    messageId: 'm',
    message: { en: message, 'zh-cn': message },
    at: { file, start: 0, end: 1 },
    related: [],
    fixes: [],
    ...extra,
  };
}

describe('report: workspace text cannot act on the reader', () => {
  it('stylish replaces control characters in paths, messages and related places', () => {
    const file = `infra/${CLEAR}main.tf`;
    const finding = hostile(file, `${HYPERLINK} is pay-as-you-go ${BIDI}`, {
      related: [
        {
          at: { file: `x${CLEAR}.tf`, start: 0, end: 0 },
          message: { en: `from ${HYPERLINK}`, 'zh-cn': HYPERLINK },
        },
      ],
    });
    const result: CheckResult = {
      ...RESULT,
      findings: [finding],
      skipped: [{ file: `big${CLEAR}.tf`, reason: { en: `too big${CLEAR}`, 'zh-cn': CLEAR } }],
    };
    const out = formatStylish(sampleInput({ result, texts: new Map([[file, 'x']]) }), { color: false });
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    assert.doesNotMatch(out, /[\x00-\x08\x0b-\x1f\x7f\u202e]/);
    assert.match(out, /^infra\/\\x1b\[2Jmain\.tf$/m);
    assert.match(out, /\\x1b\]8;;https:\/\/evil\.test\\x07click me\\x1b\]8;;\\x07 is pay-as-you-go \\u202e/);
    assert.match(out, /Skipped big\\x1b\[2J\.tf: too big\\x1b\[2J/);
    // With colours on, only our own escape sequences remain.
    const colored = formatStylish(sampleInput({ result, texts: new Map([[file, 'x']]) }), { color: true });
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    assert.doesNotMatch(colored.replace(/\x1b\[\d+m/g, ''), /[\x00-\x08\x0b-\x1f\x7f]/);
  });

  it('markdown: a name cannot start a heading, a reason cannot add HTML or a link, a `|` cannot split a table', () => {
    const name = 'alicloud_instance.web`\n# Owned';
    const web = { ...WEB, name };
    const finding = hostile('infra/a|b.tf', `${name} is pay-as-you-go`, { instance: name });
    const suppression = {
      ...SUPPRESSION,
      reason: '<img src=x onerror=alert(1)> see [docs](https://evil.test) or https://evil.test',
    };
    const result: CheckResult = {
      ...RESULT,
      findings: [finding],
      instances: [web],
      suppressions: [suppression],
    };
    const md = formatMarkdown(
      sampleInput({ result, texts: new Map([['infra/a|b.tf', 'x'], ...sampleInput().texts]) }),
    );
    const lines = md.split('\n');
    assert.deepEqual(
      lines.filter((l) => /^#/.test(l)).filter((l) => /Owned/.test(l) && !l.startsWith('### ')),
      [],
      'no heading of its own',
    );
    assert.doesNotMatch(md, /(?<!\\)<img/);
    assert.ok(md.includes('\\<img src=x onerror=alert(1)\\>'), 'shown as text');
    assert.doesNotMatch(md, /\]\(https:\/\/evil/);
    assert.doesNotMatch(md, /(^|[^\\/])https:\/\/evil/);
    // Every row of the findings table has exactly the four cells of its header.
    const findingRows = lines.filter((l) => l.includes('a\\|b.tf') && l.startsWith('| '));
    assert.ok(findingRows.length > 0, 'the path is in the table');
    for (const row of findingRows) assert.equal(row.split(/(?<!\\)\|/).length - 2, 4, row);
  });
});
