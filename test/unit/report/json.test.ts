import assert from 'node:assert/strict';
import { buildJsonReport, formatJson } from '../../../src/core/report/json';
import { MAIN, VARS, sampleInput } from './sample-result';

describe('report: json', () => {
  const report = buildJsonReport(sampleInput());

  it('lists every checked file in path order with its findings in position order', () => {
    assert.deepEqual(
      report.files.map((f) => f.path),
      [MAIN, VARS],
    );
    assert.deepEqual(
      report.files[0].findings.map((f) => f.ruleId),
      ['ICP002', 'ICP003', 'ICP012'],
    );
    assert.deepEqual(report.files[1].findings, []);
  });

  it('gives 1-based lines and columns with an exclusive end column', () => {
    const payg = report.files[0].findings[0];
    assert.deepEqual(payg.location, { path: MAIN, startLine: 2, startColumn: 26, endLine: 2, endColumn: 36 });
  });

  it('carries related locations, fixability and the files a fix edits', () => {
    const short = report.files[0].findings[1];
    assert.deepEqual(short.related, [
      {
        location: { path: VARS, startLine: 2, startColumn: 13, endLine: 2, endColumn: 14 },
        message: 'variable default',
      },
    ]);
    assert.equal(short.fixable, true);
    assert.deepEqual(short.fixes, [{ title: 'Set 3 months', preferred: true, files: [VARS] }]);
    assert.equal(report.files[0].findings[2].fixable, false);
  });

  it('reports suppressions, instances with verdicts, and a summary', () => {
    assert.equal(report.suppressions.length, 1);
    assert.equal(report.suppressions[0].reason, 'bench');
    assert.equal(report.suppressions[0].expires, null);
    assert.equal(report.suppressions[0].suppressed.ruleId, 'ICP004');
    assert.deepEqual(
      report.instances.map((i) => [i.name, i.verdict]),
      [
        ['alicloud_instance.web', 'not-ready'],
        ['alicloud_instance.db', 'unknown'],
      ],
    );
    assert.deepEqual(report.summary, {
      errors: 2,
      warnings: 0,
      infos: 1,
      hints: 0,
      fixable: 2,
      suppressed: 1,
      filesChecked: 2,
      instances: { ready: 0, 'at-risk': 0, waived: 0, unknown: 1, 'not-ready': 1, total: 2 },
    });
    assert.equal(report.verdict, 'not-ready');
    assert.equal(report.schemaVersion, 1);
  });

  it('writes messages in the chosen language and is valid JSON ending in a newline', () => {
    const zh = formatJson(sampleInput({ lang: 'zh-cn' }));
    assert.ok(zh.endsWith('}\n'));
    assert.match(JSON.parse(zh).files[0].findings[0].message, /^中文：/);
  });
});
