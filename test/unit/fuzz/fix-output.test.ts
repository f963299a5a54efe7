import fc from 'fast-check';
import { coreReady } from '../helpers/core-ready';
import { hasTerraform, terraformFmt } from '../helpers/terraform-fmt';
import { check, fixAll, type SourceFile } from '../../../src/core';
import { loadCorpus, type Case } from './corpus';
import { invalidCountByFile } from './invariants';
import { fcParams } from './settings';

const TODAY = '2026-04-01';

/** A line that sets one value: `key = value` (HCL), `Key: value` (YAML), `"Key": value` (JSON). */
const SETTING = /^(\s*)("?[\w-]+"?)(\s*)([=:])(.*)$/;

/**
 * The corpus with some settings taken out (an argument, a property, a field): what fixes then put
 * back is what `--fix` writes. Other lines stay byte for byte, so formatting is what it was.
 */
function missingSettingsArb(corpus: readonly Case[]) {
  return fc
    .record({ caseIndex: fc.nat({ max: corpus.length - 1 }), drop: fc.array(fc.nat(), { maxLength: 4 }) })
    .map(({ caseIndex, drop }) => {
      const c = corpus[caseIndex];
      const files = c.files.map((f) => {
        const lines = f.text.split('\n');
        const settings = lines
          .map((l, i) => (SETTING.test(l) && !/[{[(]\s*$/.test(l) ? i : -1))
          .filter((i) => i >= 0);
        const dropped = new Set(settings.length > 0 ? drop.map((d) => settings[d % settings.length]) : []);
        return { path: f.path, text: lines.filter((_, i) => !dropped.has(i)).join('\n') };
      });
      return { name: c.name, files };
    });
}

/**
 * Whether `after` is `before` with only what fixes may do: whole setting lines added, and on an
 * existing setting line only the value and the spaces before `=` changed (the key, its indentation
 * and every other line byte for byte). A one-line `{}` may be opened up.
 */
function keepsEverythingElse(before: string, after: string): string | undefined {
  const old = before.split('\n');
  const now = after.split('\n');
  let j = 0;
  for (const line of old) {
    let found = -1;
    for (let k = j; k < now.length; k++) {
      if (
        now[k] === line ||
        sameSetting(line, now[k]) ||
        (line.endsWith('{}') && now[k] === line.slice(0, -1))
      ) {
        found = k;
        break;
      }
    }
    if (found < 0) return `line ${JSON.stringify(line)} is gone or changed beyond its value`;
    for (let k = j; k < found; k++)
      if (!isAdded(now[k])) return `added line ${JSON.stringify(now[k])} is not a setting`;
    j = found + 1;
  }
  for (let k = j; k < now.length; k++)
    if (!isAdded(now[k])) return `added line ${JSON.stringify(now[k])} is not a setting`;
  return undefined;
}

function sameSetting(a: string, b: string): boolean {
  const x = SETTING.exec(a);
  const y = SETTING.exec(b);
  return !!x && !!y && x[1] === y[1] && x[2] === y[2] && x[4] === y[4];
}

function isAdded(line: string): boolean {
  return SETTING.test(line) || /^\s*}\s*,?\r?$/.test(line) || /^\s*[\w"-]+:\s*\r?$/.test(line);
}

describe('fuzz: what --fix writes', function () {
  const corpus = loadCorpus();
  const terraform = hasTerraform();
  before(async () => {
    await coreReady();
  });

  it('re-parses, keeps every byte outside the edits, and is terraform fmt-clean where the input was', function () {
    this.timeout(120_000);
    const formatted = new Map<string, boolean>();
    const isFormatted = (text: string) => {
      if (!formatted.has(text)) formatted.set(text, terraformFmt(text) === text);
      return formatted.get(text)!;
    };
    fc.assert(
      fc.property(missingSettingsArb(corpus), ({ files }) => {
        const before = invalidCountByFile(check(files, { today: TODAY }));
        const fixed = fixAll(files, { today: TODAY }, { hints: true });
        const after = invalidCountByFile(fixed.result);
        const input = new Map(files.map((f: SourceFile) => [f.path, f.text]));
        for (const file of fixed.files) {
          const was = input.get(file.path)!;
          if ((after.get(file.path) ?? 0) > (before.get(file.path) ?? 0))
            throw new Error(`${file.path} no longer parses after the fixes:\n${file.text}`);
          const broken = keepsEverythingElse(was, file.text);
          if (broken) throw new Error(`${file.path}: ${broken}\n--- before\n${was}\n--- after\n${file.text}`);
          // CI has no terraform binary; there the byte checks above still run.
          if (terraform && /\.(tf|tfvars)$/.test(file.path) && isFormatted(was) && !isFormatted(file.text)) {
            throw new Error(`${file.path} was terraform fmt-clean and is not after the fixes:\n${file.text}`);
          }
        }
      }),
      fcParams(60),
    );
  });
});
