import assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/model/finding';
import { findSuppressions } from '../../../src/core/engine/suppressions';
import {
  applySuppressions,
  evaluateDirectives,
  isStillValid,
} from '../../../src/core/engine/suppression-check';
import { alwaysReports } from './stubs';

const RULES = [
  alwaysReports('ICP002', 'pay-as-you-go'),
  alwaysReports('ICP004', 'no-public-ip'),
  alwaysReports('ICP010', 'no-auto-renew'),
  alwaysReports('ICP014', 'invalid-suppression'),
];
const findRule = (key: string) => RULES.find((r) => r.id === key.toUpperCase() || r.name === key);
const TODAY = '2026-11-27';

/** A finding of `ruleId` at the first occurrence of `marker` in `text`. */
function findingAt(text: string, ruleId: string, marker: string, file = 'main.tf'): Finding {
  const start = text.indexOf(marker);
  assert.ok(start >= 0, `marker ${marker} not in text`);
  return {
    ruleId,
    ruleName: ruleId,
    severity: 'error',
    messageId: 'bad',
    message: { en: ruleId, 'zh-cn': ruleId },
    at: { file, start, end: start + marker.length },
    related: [],
    fixes: [],
  };
}

/** The text each kept/suppressed finding points at, after reading the directives of `text`. */
function run(text: string, findings: Finding[], opts: { allowed?: boolean; headers?: string[] } = {}) {
  const instances = (opts.headers ?? []).map((h) => {
    const start = text.indexOf(h);
    return {
      header: { file: 'main.tf', start, end: start + h.length },
      extent: { file: 'main.tf', start, end: text.indexOf('}', start) + 1 },
    };
  });
  const directives = findSuppressions('main.tf', text, undefined, instances);
  const { active, problems } = evaluateDirectives(directives, {
    findRule,
    today: TODAY,
    allowed: opts.allowed ?? true,
  });
  const { kept, applied } = applySuppressions(findings, active);
  return {
    directives,
    kept: kept.map((f) => `${f.ruleId}@${text.slice(f.at.start, f.at.end)}`),
    suppressed: applied.map(
      (s) => `${s.ruleId}@${text.slice(s.suppressed.at.start, s.suppressed.at.end)}:${s.reason}`,
    ),
    problems: problems.map((p) => `${p.messageId}@${text.slice(p.at.start, p.at.end)}`),
  };
}

const RESOURCE = `# icp-ignore: ICP002 reason="bench"
resource "alicloud_instance" "web" {
  instance_charge_type = "PostPaid"
  internet_max_bandwidth_out = 0
}
`;

describe('suppressions', () => {
  it('own line: covers the next line', () => {
    const text = `a = 1\n# icp-ignore: ICP002 reason="test bench"\ncharge = "PostPaid"\nother = "PostPaid2"\n`;
    const r = run(text, [findingAt(text, 'ICP002', '"PostPaid"'), findingAt(text, 'ICP002', '"PostPaid2"')]);
    assert.deepEqual(r.suppressed, ['ICP002@"PostPaid":test bench']);
    assert.deepEqual(r.kept, ['ICP002@"PostPaid2"']);
    assert.deepEqual(r.problems, []);
    assert.equal(r.directives[0].placement, 'own-line');
  });

  it('own line above a resource header: covers the whole resource', () => {
    const r = run(
      RESOURCE,
      [findingAt(RESOURCE, 'ICP002', '"PostPaid"'), findingAt(RESOURCE, 'ICP004', '= 0')],
      { headers: ['resource "alicloud_instance" "web"'] },
    );
    assert.deepEqual(r.suppressed, ['ICP002@"PostPaid":bench']);
    assert.deepEqual(r.kept, ['ICP004@= 0']);
  });

  it('own line above a resource header without an instance there: only the next line', () => {
    const r = run(RESOURCE, [findingAt(RESOURCE, 'ICP002', '"PostPaid"')]);
    assert.deepEqual(r.kept, ['ICP002@"PostPaid"']);
  });

  it('end of line: covers that line only', () => {
    const text = `charge = "PostPaid" # icp-ignore: ICP002 reason="x"\nnext = "PostPaid2"\n`;
    const r = run(text, [findingAt(text, 'ICP002', '"PostPaid"'), findingAt(text, 'ICP002', '"PostPaid2"')]);
    assert.deepEqual(r.suppressed, ['ICP002@"PostPaid":x']);
    assert.deepEqual(r.kept, ['ICP002@"PostPaid2"']);
    assert.equal(r.directives[0].placement, 'end-of-line');
  });

  it('// comments (HCL), own line and end of line', () => {
    const text = `// icp-ignore: ICP002 reason="a"\ncharge = "PostPaid"\nbw = 0 // icp-ignore: ICP004 reason="b"\n`;
    const r = run(text, [findingAt(text, 'ICP002', '"PostPaid"'), findingAt(text, 'ICP004', '= 0')]);
    assert.deepEqual(r.suppressed, ['ICP002@"PostPaid":a', 'ICP004@= 0:b']);
    assert.deepEqual(r.kept, []);
  });

  it('file-wide: covers every finding of the rule in the file', () => {
    const text = `# icp-ignore-file: ICP010 reason="renewed by hand"\nx = 1\n\n\ny = 2\n`;
    const r = run(text, [
      findingAt(text, 'ICP010', 'x = 1'),
      findingAt(text, 'ICP010', 'y = 2'),
      findingAt(text, 'ICP002', 'y = 2'),
    ]);
    assert.deepEqual(r.suppressed, ['ICP010@x = 1:renewed by hand', 'ICP010@y = 2:renewed by hand']);
    assert.deepEqual(r.kept, ['ICP002@y = 2']);
  });

  it('by name, and several rules comma-separated', () => {
    const text = `# icp-ignore: pay-as-you-go, ICP004 reason="both"\nline = "PostPaid" + 0\n`;
    const r = run(text, [findingAt(text, 'ICP002', '"PostPaid"'), findingAt(text, 'ICP004', '+ 0')]);
    assert.deepEqual(r.suppressed, ['ICP002@"PostPaid":both', 'ICP004@+ 0:both']);
  });

  it('other rules on the covered line are not suppressed', () => {
    const text = `# icp-ignore: ICP004 reason="x"\ncharge = "PostPaid"\n`;
    const r = run(text, [findingAt(text, 'ICP002', '"PostPaid"')]);
    assert.deepEqual(r.kept, ['ICP002@"PostPaid"']);
  });

  it('no reason: ICP014 at the directive, the finding stays', () => {
    const text = `# icp-ignore: ICP002\ncharge = "PostPaid"\n`;
    const r = run(text, [findingAt(text, 'ICP002', '"PostPaid"')]);
    assert.deepEqual(r.problems, ['noReason@icp-ignore: ICP002']);
    assert.deepEqual(r.kept, ['ICP002@"PostPaid"']);
  });

  it('an empty reason counts as none', () => {
    const text = `# icp-ignore: ICP002 reason=""\ncharge = "PostPaid"\n`;
    assert.deepEqual(run(text, [findingAt(text, 'ICP002', '"PostPaid"')]).problems, [
      'noReason@icp-ignore: ICP002 reason=""',
    ]);
  });

  it('the quick fix`s placeholder reason left as it is counts as none (in either language)', () => {
    for (const placeholder of ['why this is acceptable', 'Why this is acceptable ', '可以接受的原因']) {
      const text = `# icp-ignore: ICP002 reason="${placeholder}"\ncharge = "PostPaid"\n`;
      const r = run(text, [findingAt(text, 'ICP002', '"PostPaid"')]);
      assert.deepEqual(r.problems, [`placeholderReason@icp-ignore: ICP002 reason="${placeholder}"`]);
      assert.deepEqual(r.kept, ['ICP002@"PostPaid"']);
    }
  });

  it('unknown rule: ICP014 at the token, the known rules still apply', () => {
    const text = `# icp-ignore: ICP099, ICP002 reason="x"\ncharge = "PostPaid"\n`;
    const r = run(text, [findingAt(text, 'ICP002', '"PostPaid"')]);
    assert.deepEqual(r.problems, ['unknownRule@ICP099']);
    assert.deepEqual(r.kept, []);
  });

  it('a misspelt key is reported, never silently ignored', () => {
    const text = `# icp-ignore: ICP002 reasn="x"\ncharge = "PostPaid"\n`;
    const r = run(text, [findingAt(text, 'ICP002', '"PostPaid"')]);
    assert.deepEqual(
      r.problems.map((p) => p.split('@')[0]),
      ['unknownRule', 'noReason'],
    );
    assert.deepEqual(r.kept, ['ICP002@"PostPaid"']);
  });

  it('expired: ICP014 and the finding comes back', () => {
    const text = `# icp-ignore: ICP002 reason="x" expires=2026-11-26\ncharge = "PostPaid"\n`;
    const r = run(text, [findingAt(text, 'ICP002', '"PostPaid"')]);
    assert.deepEqual(r.problems, ['expired@icp-ignore: ICP002 reason="x" expires=2026-11-26']);
    assert.deepEqual(r.kept, ['ICP002@"PostPaid"']);
  });

  it('an impossible or unreadable expires date: ICP014 invalidExpires (not "expired"), the finding comes back', () => {
    for (const expires of ['2027-02-30', 'soon']) {
      const text = `# icp-ignore: ICP002 reason="x" expires=${expires}\ncharge = "PostPaid"\n`;
      const r = run(text, [findingAt(text, 'ICP002', '"PostPaid"')]);
      assert.deepEqual(r.problems, [`invalidExpires@icp-ignore: ICP002 reason="x" expires=${expires}`]);
      assert.deepEqual(r.kept, ['ICP002@"PostPaid"']);
    }
  });

  it('expires today: still applies, and the expiry is recorded', () => {
    const text = `# icp-ignore: ICP002 reason="x" expires=2026-11-27\ncharge = "PostPaid"\n`;
    const directives = findSuppressions('main.tf', text);
    const { active } = evaluateDirectives(directives, { findRule, today: TODAY, allowed: true });
    const { applied } = applySuppressions([findingAt(text, 'ICP002', '"PostPaid"')], active);
    assert.equal(applied.length, 1);
    assert.equal(applied[0].expires, '2026-11-27');
  });

  it('an unreadable expiry date is treated as expired', () => {
    assert.equal(isStillValid('2027-02-30', TODAY), false);
    assert.equal(isStillValid('soon', TODAY), false);
    assert.equal(isStillValid('2027-02-28', TODAY), true);
  });

  it('forbidden by configuration: ICP014 on each directive, nothing suppressed', () => {
    const text = `# icp-ignore: ICP002 reason="x"\ncharge = "PostPaid"\n# icp-ignore-file: ICP004 reason="y"\n`;
    const r = run(text, [findingAt(text, 'ICP002', '"PostPaid"')], { allowed: false });
    assert.deepEqual(
      r.problems.map((p) => p.split('@')[0]),
      ['forbidden', 'forbidden'],
    );
    assert.deepEqual(r.kept, ['ICP002@"PostPaid"']);
  });

  it('ICP014 findings are never suppressed', () => {
    const text = `# icp-ignore-file: ICP014 reason="x"\n`;
    const r = run(text, [findingAt(text, 'ICP014', 'icp-ignore-file')]);
    assert.equal(r.kept.length, 1);
  });

  it('stacked directives above a line both apply to it', () => {
    const text = `# icp-ignore: ICP002 reason="a"\n# icp-ignore: ICP004 reason="b"\n\ncharge = "PostPaid" + 0\n`;
    const r = run(text, [findingAt(text, 'ICP002', '"PostPaid"'), findingAt(text, 'ICP004', '+ 0')]);
    assert.deepEqual(r.kept, []);
  });

  it('CRLF line ends', () => {
    const text = `# icp-ignore: ICP002 reason="crlf"\r\ncharge = "PostPaid"\r\nnext = "PostPaid2"\r\n`;
    const r = run(text, [findingAt(text, 'ICP002', '"PostPaid"'), findingAt(text, 'ICP002', '"PostPaid2"')]);
    assert.deepEqual(r.suppressed, ['ICP002@"PostPaid":crlf']);
    assert.deepEqual(r.kept, ['ICP002@"PostPaid2"']);
  });

  it('quoted reasons keep spaces, single quotes and Chinese quotes', () => {
    const reasons = [`reason="a b c"`, `reason='a b c'`, `reason=“a b c”`].map(
      (r) => findSuppressions('f', `# icp-ignore: ICP002 ${r}\nx\n`)[0].reason,
    );
    assert.deepEqual(reasons, ['a b c', 'a b c', 'a b c']);
  });

  it('with a comment list, text inside a string is not a directive', () => {
    const text = `name = "# icp-ignore: ICP002 reason=x"\n# icp-ignore: ICP004 reason="real"\nbw = 0\n`;
    const comment = text.indexOf('# icp-ignore: ICP004');
    const directives = findSuppressions('main.tf', text, [
      { file: 'main.tf', start: comment, end: text.indexOf('\n', comment) },
    ]);
    assert.deepEqual(
      directives.map((d) => d.rules.map((r) => r.token)),
      [['ICP004']],
    );
    // Without it, the line scan sees both (the documented fallback).
    assert.equal(findSuppressions('main.tf', text).length, 2);
  });

  it('a comment given without its marker is still read as its placement says', () => {
    const text = `bw = 0 # icp-ignore: ICP004 reason="b"\n`;
    const start = text.indexOf('icp-ignore');
    const [directive] = findSuppressions('main.tf', text, [{ file: 'main.tf', start, end: text.length - 1 }]);
    assert.equal(directive.placement, 'end-of-line');
    const own = `  # icp-ignore: ICP004 reason="b"\nbw = 0\n`;
    const [ownDirective] = findSuppressions('main.tf', own, [
      { file: 'main.tf', start: own.indexOf('icp-ignore'), end: own.indexOf('\n') },
    ]);
    assert.equal(ownDirective.placement, 'own-line');
  });

  it('a directive on the last line covers nothing', () => {
    const text = `x = 1\n# icp-ignore: ICP002 reason="x"`;
    const r = run(text, [findingAt(text, 'ICP002', 'x = 1')]);
    assert.deepEqual(r.kept, ['ICP002@x = 1']);
  });

  it('a directive with no rules is reported', () => {
    const text = `# icp-ignore: reason="x"\nx = 1\n`;
    assert.deepEqual(
      run(text, []).problems.map((p) => p.split('@')[0]),
      ['unknownRule'],
    );
  });
});
