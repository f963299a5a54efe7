import assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/engine/apply-edits';
import { fixAllWith, MAX_FIX_PASSES } from '../../../src/core/engine/fix-all';
import type { Fix, TextEdit } from '../../../src/core/model/fix';
import type { Instance } from '../../../src/core/model/instance';
import type { RuleContext } from '../../../src/core/rules/rule';
import { stubParts, stubRule } from './stubs';
import { DEFAULT_CONFIG } from '../../../src/core/engine/config';

const edit = (start: number, end: number, newText: string, file = 'f'): TextEdit => ({
  file,
  start,
  end,
  newText,
});

describe('applyEdits', () => {
  const cases: [string, string, TextEdit[], string, number][] = [
    ['one replacement', 'abcdef', [edit(1, 3, 'XY')], 'aXYdef', 0],
    [
      'in any order, applied from the end',
      'abcdef',
      [edit(0, 1, 'A'), edit(4, 6, 'EF!'), edit(2, 2, '+')],
      'Ab+cdEF!',
      0,
    ],
    ['an insert at the end of the text', 'ab', [edit(2, 2, 'c')], 'abc', 0],
    [
      'overlapping: the first wins, the second is dropped',
      'abcdef',
      [edit(1, 4, 'X'), edit(3, 5, 'Y')],
      'aXef',
      1,
    ],
    ['two inserts at one offset: the second is dropped', 'ab', [edit(1, 1, 'X'), edit(1, 1, 'Y')], 'aXb', 1],
    [
      'an insert at the start of a replacement is dropped',
      'abc',
      [edit(1, 2, 'X'), edit(1, 1, 'Y')],
      'aXc',
      1,
    ],
    ['adjacent replacements both apply', 'abcd', [edit(0, 2, 'X'), edit(2, 4, 'Y')], 'XY', 0],
    [
      'out of range, reversed, fractional: dropped',
      'abc',
      [edit(2, 9, 'X'), edit(2, 1, 'Y'), edit(0.5, 1, 'Z'), edit(-1, 0, 'W')],
      'abc',
      4,
    ],
  ];
  for (const [name, text, edits, expected, dropped] of cases) {
    it(name, () => {
      const result = applyEdits(text, edits);
      assert.equal(result.text, expected);
      assert.equal(result.dropped.length, dropped);
      assert.equal(result.applied.length + result.dropped.length, edits.length);
    });
  }
});

/** A rule that reports each line containing `from` and fixes it by replacing that word with `to`. */
function replacing(id: string, name: string, from: string, to: string, preferred = true) {
  return stubRule(id, name, (instance: Instance, context: RuleContext) => {
    // The stub instance's extent is its lines; the fix works on the text the engine passed in (through the file).
    const text = TEXTS.get(instance.file) ?? '';
    const body = text.slice(instance.extent.start, instance.extent.end);
    const at = body.indexOf(from);
    if (at < 0) return;
    const start = instance.extent.start + at;
    const fix: Fix = {
      title: { en: `${from} → ${to}`, 'zh-cn': `${from} → ${to}` },
      preferred,
      edits: [{ file: instance.file, start, end: start + from.length, newText: to }],
    };
    context.report({
      messageId: 'bad',
      data: { instance: instance.name },
      at: { file: instance.file, start, end: start + from.length },
      fixes: [fix],
    });
  });
}

/** The stub rules read the current texts from here; the parts below keep it up to date on every parse. */
const TEXTS = new Map<string, string>();
function parts(rules: Parameters<typeof stubParts>[0]) {
  const base = stubParts(rules);
  return {
    ...base,
    parseTerraformModule: (files: Parameters<typeof base.parseTerraformModule>[0]) => {
      for (const file of files) TEXTS.set(file.path, file.text);
      return base.parseTerraformModule(files);
    },
  };
}

describe('fixAll', () => {
  beforeEach(() => TEXTS.clear());

  it('applies preferred fixes until nothing is left, re-checking between passes', () => {
    // Fixing PostPaid uncovers the next finding (short period), fixed in the second pass.
    const rules = [
      replacing('ICP002', 'pay-as-you-go', 'PostPaid', 'PrePaid1m'),
      replacing('ICP003', 'subscription-too-short', 'PrePaid1m', 'PrePaid3m'),
    ];
    const files = [{ path: 'main.tf', text: 'instance a PostPaid\n\ninstance b PostPaid\n' }];
    const result = fixAllWith(parts(rules), files, { today: '2026-11-27' });
    assert.deepEqual(result.files, [
      { path: 'main.tf', text: 'instance a PrePaid3m\n\ninstance b PrePaid3m\n' },
    ]);
    assert.deepEqual(
      result.fixed.map((f) => `${f.finding.ruleId} ${f.finding.instance}`),
      ['ICP002 a', 'ICP002 b', 'ICP003 a', 'ICP003 b'],
    );
    assert.equal(result.passes, 2);
    assert.deepEqual(result.result.findings, []);
  });

  it('fixes of hint-level rules (auto-renewal costs money) are applied only when asked, even when configured higher', () => {
    const rules = [
      { ...replacing('ICP010', 'no-auto-renew', 'NotRenewal', 'AutoRenewal'), severity: 'hint' as const },
    ];
    const files = [{ path: 'main.tf', text: 'instance a NotRenewal\n' }];
    assert.deepEqual(fixAllWith(parts(rules), files, {}).files, []);
    const raised = { config: { ...DEFAULT_CONFIG, rules: { ICP010: 'warning' as const } } };
    assert.deepEqual(fixAllWith(parts(rules), files, raised).files, []);
    assert.deepEqual(fixAllWith(parts(rules), files, {}, { hints: true }).files, [
      { path: 'main.tf', text: 'instance a AutoRenewal\n' },
    ]);
  });

  it('fixes that are not preferred are left alone, and unchanged files are not returned', () => {
    const rules = [replacing('ICP001', 'region-not-mainland', 'hk', 'cn', false)];
    const result = fixAllWith(parts(rules), [{ path: 'main.tf', text: 'instance a hk\n' }], {});
    assert.deepEqual(result.files, []);
    assert.equal(result.passes, 0);
    assert.equal(result.result.findings.length, 1);
  });

  it('a fix that makes the file unparseable is reverted, reported, and not tried again; other fixes still apply', () => {
    // "problem" at a line start is a parse error for the stub parser.
    const breaking = stubRule('ICP004', 'no-public-ip', (instance, context) => {
      const fix: Fix = {
        title: { en: 'break', 'zh-cn': 'break' },
        preferred: true,
        edits: [
          {
            file: instance.file,
            start: instance.extent.end,
            end: instance.extent.end,
            newText: 'problem oops\n',
          },
        ],
      };
      context.report({
        messageId: 'bad',
        data: { instance: instance.name },
        at: instance.header,
        fixes: [fix],
      });
    });
    const rules = [breaking, replacing('ICP002', 'pay-as-you-go', 'PostPaid', 'PrePaid')];
    const result = fixAllWith(
      parts(rules),
      [
        { path: 'main.tf', text: 'instance a PostPaid\n' },
        { path: 'other.tf', text: 'x\n' },
      ],
      {},
    );
    assert.deepEqual(result.files, [{ path: 'main.tf', text: 'instance a PrePaid\n' }]);
    assert.deepEqual(
      result.rejected.map((f) => f.fix.title.en),
      ['break'],
    );
    assert.deepEqual(
      result.fixed.map((f) => f.finding.ruleId),
      ['ICP002'],
    );
    assert.ok(!result.result.findings.some((f) => f.ruleId === 'ICP000'));
    assert.ok(result.passes <= 4);
  });

  it('a fix whose finding comes back is applied once, not on every pass', () => {
    const stubborn = stubRule('ICP010', 'no-auto-renew', (instance, context) => {
      const fix: Fix = {
        title: { en: 'append', 'zh-cn': 'append' },
        preferred: true,
        edits: [{ file: instance.file, start: instance.header.end, end: instance.header.end, newText: ' !' }],
      };
      context.report({
        messageId: 'bad',
        data: { instance: instance.name },
        at: instance.header,
        fixes: [fix],
      });
    });
    const result = fixAllWith(parts([stubborn]), [{ path: 'main.tf', text: 'instance a\n' }], {});
    assert.deepEqual(result.files, [{ path: 'main.tf', text: 'instance a !\n' }]);
    assert.equal(result.passes, 1);
    assert.ok(MAX_FIX_PASSES >= 2);
  });

  it('conflicting fixes in one pass: one now, the other on the next pass', () => {
    const rules = [
      replacing('ICP002', 'pay-as-you-go', 'PostPaid', 'PrePaid'),
      replacing('ICP006', 'instance-stopped', 'PostPaid', 'Running'),
    ];
    const result = fixAllWith(parts(rules), [{ path: 'main.tf', text: 'instance a PostPaid\n' }], {});
    // ICP002 wins the conflict; after it, ICP006's text is gone, so nothing is left to do.
    assert.deepEqual(result.files, [{ path: 'main.tf', text: 'instance a PrePaid\n' }]);
    assert.deepEqual(
      result.fixed.map((f) => f.finding.ruleId),
      ['ICP002'],
    );
  });

  it('a fix spanning two files edits both', () => {
    const twoFiles = stubRule('ICP002', 'pay-as-you-go', (instance, context) => {
      if (!TEXTS.get('vars.tf')?.includes('PostPaid')) return;
      const varsText = TEXTS.get('vars.tf')!;
      const start = varsText.indexOf('PostPaid');
      const fix: Fix = {
        title: { en: 'both', 'zh-cn': 'both' },
        preferred: true,
        edits: [
          { file: 'vars.tf', start, end: start + 8, newText: 'PrePaid' },
          { file: instance.file, start: instance.header.end, end: instance.header.end, newText: ' # fixed' },
        ],
      };
      context.report({
        messageId: 'bad',
        data: { instance: instance.name },
        at: instance.header,
        fixes: [fix],
      });
    });
    const result = fixAllWith(
      parts([twoFiles]),
      [
        { path: 'main.tf', text: 'instance a\n' },
        { path: 'vars.tf', text: 'default PostPaid\n' },
      ],
      {},
    );
    assert.deepEqual(result.files, [
      { path: 'main.tf', text: 'instance a # fixed\n' },
      { path: 'vars.tf', text: 'default PrePaid\n' },
    ]);
  });
});
