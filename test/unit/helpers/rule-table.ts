import assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/model/finding';
import type { CheckOptions } from '../../../src/core/engine/types';
import { ConfigSchema, type ConfigInput } from '../../../src/core/engine/config';
import { applyFix, checkFiles, requireEngine, type Checked } from './check-files';
import { rangeOf, type RenderedRelated, type Texts } from './render';

/**
 * eslint-style rule tables run through the real parsers and engine (`check` after `initCore`).
 *
 * - `valid`: the rule reports nothing (for any instance).
 * - `invalid`: `errors` lists every finding of the rule, in order, with its exact 1-based range,
 *   messageId, English message, severity and related locations. `output` lists the texts of the
 *   files the preferred fix of the first error changes (all other files must stay as they were);
 *   `null` means the finding offers no fix. After the fix the files are checked again: the rule is
 *   gone for that instance and there is no ICP000.
 *
 * Set `ICP_TABLE_DUMP=1` to print what the engine returns (with the text each range covers) instead
 * of asserting; that is for writing a table, never for filling it in blindly.
 */
export interface ExpectedFinding {
  readonly range: string;
  readonly messageId: string;
  readonly message: string;
  /** Defaults to the rule's table severity. */
  readonly severity?: string;
  /** Defaults to the first file of the case. */
  readonly file?: string;
  readonly related?: readonly RenderedRelated[];
}

export interface TableCase {
  readonly name: string;
  readonly files: Texts;
  readonly options?: CheckOptions;
  /** Shorthand for `options.config`: configuration input, parsed by the real schema. */
  readonly config?: ConfigInput;
  readonly only?: boolean;
}

export interface InvalidCase extends TableCase {
  readonly errors: readonly ExpectedFinding[];
  /** Texts of the changed files after the first error's preferred fix; `null`: no fix is offered. */
  readonly output?: Texts | null;
  /** The preferred fix's English title. */
  readonly fixTitle?: string;
  /** Titles of every fix the first error offers, in order. */
  readonly fixTitles?: readonly string[];
  /** Which error's fix to apply (default 0). */
  readonly fixOf?: number;
}

export interface RuleTable {
  readonly valid: readonly TableCase[];
  readonly invalid: readonly InvalidCase[];
}

const DUMP = process.env.ICP_TABLE_DUMP === '1';

export function optionsOf(c: TableCase): CheckOptions {
  if (!c.config) return c.options ?? {};
  return { ...c.options, config: ConfigSchema.parse(c.config) };
}

function dump(c: TableCase, checked: Checked, ruleId: string): void {
  const lines = [`--- ${c.name}`];
  for (const f of checked.findings) {
    const text = c.files[f.at.file] ?? '';
    lines.push(
      `${f.ruleId}${f.ruleId === ruleId ? '*' : ' '} ${f.severity} ${f.messageId} ${f.at.file} ${rangeOf(f.at, c.files)} ${JSON.stringify(text.slice(f.at.start, f.at.end))}`,
    );
    lines.push(`      ${JSON.stringify(f.message.en)}`);
    for (const r of f.related)
      lines.push(
        `      related ${r.at.file} ${rangeOf(r.at, c.files)} ${JSON.stringify((c.files[r.at.file] ?? '').slice(r.at.start, r.at.end))} ${JSON.stringify(r.message.en)}`,
      );
    for (const fix of f.fixes)
      lines.push(`      fix${fix.preferred ? '*' : ''} ${JSON.stringify(fix.title.en)}`);
  }
  const first = checked.findings.find((f) => f.ruleId === ruleId);
  const fix = first?.fixes.find((x) => x.preferred);
  if (first && fix) {
    const out = applyFix(c.files, first);
    for (const [file, text] of Object.entries(out))
      if (text !== c.files[file]) lines.push(`  >> ${file}\n${text}`);
  }
  console.log(lines.join('\n'));
}

function ofRule(checked: Checked, ruleId: string): Finding[] {
  return checked.findings.filter((f) => f.ruleId === ruleId);
}

/** Defines a mocha suite for one rule's table in one format. */
export function ruleTable(ruleId: string, severity: string, title: string, table: RuleTable): void {
  describe(`${ruleId} ${title}`, function () {
    before(async function () {
      this.timeout(30000);
      await requireEngine();
    });

    for (const c of table.valid) {
      (c.only ? it.only : it)(`valid: ${c.name}`, () => {
        const checked = checkFiles(c.files, optionsOf(c));
        if (DUMP) return dump(c, checked, ruleId);
        assert.deepEqual(
          checked.rendered.filter((f) => f.rule === ruleId),
          [],
          `${ruleId} reported on a valid case`,
        );
        assert.deepEqual(
          checked.rendered.filter((f) => f.rule === 'ICP000'),
          [],
          'a valid case must parse',
        );
      });
    }

    for (const c of table.invalid) {
      (c.only ? it.only : it)(`invalid: ${c.name}`, () => {
        const options = optionsOf(c);
        const checked = checkFiles(c.files, options);
        if (DUMP) return dump(c, checked, ruleId);
        const firstFile = Object.keys(c.files)[0];
        const expected = c.errors.map((e) => ({
          rule: ruleId,
          severity: e.severity ?? severity,
          messageId: e.messageId,
          message: e.message,
          range: e.range,
          file: e.file ?? firstFile,
          related: e.related ?? [],
        }));
        assert.deepEqual(
          checked.rendered.filter((f) => f.rule === ruleId),
          expected,
        );
        assert.deepEqual(
          checked.rendered.filter((f) => f.rule === 'ICP000'),
          [],
          'an invalid case must still parse',
        );

        const finding = ofRule(checked, ruleId)[c.fixOf ?? 0];
        if (c.fixTitles)
          assert.deepEqual(
            finding.fixes.map((f) => f.title.en),
            c.fixTitles,
          );
        if (c.output === undefined) return;
        const preferred = finding.fixes.filter((f) => f.preferred);
        if (c.output === null) {
          assert.deepEqual(preferred, [], 'no fix is expected');
          return;
        }
        assert.equal(preferred.length, 1, 'exactly one preferred fix');
        if (c.fixTitle) assert.equal(preferred[0].title.en, c.fixTitle);
        const fixed = applyFix(c.files, finding);
        const expectedTexts: Record<string, string> = { ...c.files, ...c.output };
        assert.deepEqual(fixed, expectedTexts);

        const again = checkFiles(fixed, options);
        assert.deepEqual(
          again.rendered.filter((f) => f.rule === 'ICP000'),
          [],
          'the fix breaks the file',
        );
        const left = ofRule(again, ruleId).filter((f) => f.instance === finding.instance);
        assert.deepEqual(
          left.map((f) => `${f.messageId} ${rangeOf(f.at, fixed)}`),
          [],
          `${ruleId} is still reported for ${finding.instance} after the fix`,
        );
      });
    }
  });
}
