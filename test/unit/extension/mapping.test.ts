import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/model/finding';
import { LineIndex } from '../../../src/core/model/line-index';
import {
  diagnosticKey,
  toDiagnostic,
  type MappingContext,
} from '../../../src/extension/mapping/to-diagnostic';
import { toWorkspaceEdit } from '../../../src/extension/mapping/to-workspace-edit';
import { fakeVscode, type FakeDiagnostic, type FakeWorkspaceEdit } from './fake-vscode';

const MAIN = 'file:///ws/web/main.tf';
const VARS = 'file:///ws/web/variables.tf';
const texts = new Map([
  [MAIN, 'resource "alicloud_instance" "web" {\n  instance_charge_type = var.billing\n}\n'],
  [VARS, 'variable "billing" {\n  default = "PostPaid"\n}\n'],
]);
const at = (file: string, needle: string) => {
  const start = texts.get(file)!.indexOf(needle);
  return { file, start, end: start + needle.length };
};

const finding: Finding = {
  ruleId: 'ICP002',
  ruleName: 'pay-as-you-go',
  severity: 'error',
  messageId: 'payg',
  message: { en: 'Pay-as-you-go cannot be filed', 'zh-cn': '按量付费实例不能备案' },
  at: at(MAIN, 'var.billing'),
  related: [{ at: at(VARS, '"PostPaid"'), message: { en: 'variable default', 'zh-cn': '变量默认值' } }],
  fixes: [],
  instance: 'alicloud_instance.web',
};

function context(lang: 'en' | 'zh-cn' = 'en'): MappingContext {
  return {
    vscode: fakeVscode,
    lang,
    indexOf: (file) => (texts.has(file) ? new LineIndex(texts.get(file)!) : undefined),
    docsUrl: (id) => `https://example.invalid/rules/${id}`,
  };
}

describe('finding → VS Code diagnostic', () => {
  it('keeps the exact range (0-based lines, UTF-16 columns), severity, source and rule link', () => {
    const d = toDiagnostic(finding, context()) as unknown as FakeDiagnostic;
    assert.deepEqual({ ...d.range.start }, { line: 1, character: 25 });
    assert.deepEqual({ ...d.range.end }, { line: 1, character: 36 });
    assert.equal(d.severity, 0);
    assert.equal(d.source, 'icp-check');
    assert.equal(d.message, 'Pay-as-you-go cannot be filed');
    assert.deepEqual(
      d.code && typeof d.code === 'object' && { value: d.code.value, target: d.code.target.toString() },
      {
        value: 'ICP002',
        target: 'https://example.invalid/rules/ICP002',
      },
    );
  });

  it('turns related locations into related information in the other file', () => {
    const d = toDiagnostic(finding, context()) as unknown as FakeDiagnostic;
    assert.equal(d.relatedInformation?.length, 1);
    const r = d.relatedInformation![0];
    assert.equal(r.location.uri.toString(), VARS);
    assert.deepEqual({ ...r.location.range.start }, { line: 1, character: 12 });
    assert.equal(r.message, 'variable default');
  });

  it('speaks Chinese when VS Code does', () => {
    const d = toDiagnostic(finding, context('zh-cn')) as unknown as FakeDiagnostic;
    assert.equal(d.message, '按量付费实例不能备案');
    assert.equal(d.relatedInformation![0].message, '变量默认值');
  });

  it('maps every severity', () => {
    const severities = (['error', 'warning', 'info', 'hint'] as const).map(
      (severity) => (toDiagnostic({ ...finding, severity }, context()) as unknown as FakeDiagnostic).severity,
    );
    assert.deepEqual(severities, [0, 1, 2, 3]);
  });

  it('gives no diagnostic for a file whose text it was not given, and a plain code without a docs URL', () => {
    assert.equal(
      toDiagnostic({ ...finding, at: { file: 'file:///elsewhere.tf', start: 0, end: 1 } }, context()),
      undefined,
    );
    const d = toDiagnostic(finding, { ...context(), docsUrl: () => undefined }) as unknown as FakeDiagnostic;
    assert.equal(d.code, 'ICP002');
  });

  it('identifies a diagnostic by rule, range and message (objects come back as copies)', () => {
    const a = toDiagnostic(finding, context())!;
    const b = toDiagnostic(finding, context())!;
    assert.notEqual(a, b);
    assert.equal(diagnosticKey(a), diagnosticKey(b));
    assert.notEqual(
      diagnosticKey(a),
      diagnosticKey(toDiagnostic({ ...finding, at: at(MAIN, 'resource') }, context())!),
    );
  });
});

describe('core edits → one WorkspaceEdit', () => {
  it('groups edits by file, with ranges from the texts the check ran on', () => {
    const edit = toWorkspaceEdit(
      [
        { ...at(VARS, '"PostPaid"'), newText: '"PrePaid"' },
        { ...at(MAIN, 'var.billing'), newText: 'var.billing' },
      ],
      context().indexOf,
      fakeVscode,
    ) as unknown as FakeWorkspaceEdit;
    assert.deepEqual([...edit.byFile.keys()].sort(), [MAIN, VARS]);
    const [vars] = edit.byFile.get(VARS)!;
    assert.equal(vars.newText, '"PrePaid"');
    assert.deepEqual({ ...vars.range.start }, { line: 1, character: 12 });
  });

  it('refuses edits into a file whose text is unknown rather than guessing offsets', () => {
    assert.equal(
      toWorkspaceEdit(
        [{ file: 'file:///other.tf', start: 0, end: 0, newText: 'x' }],
        context().indexOf,
        fakeVscode,
      ),
      undefined,
    );
  });
});
