import fc from 'fast-check';
import { check, type CheckResult, type Finding, type Location, type SourceFile } from '../../../src/core';
import { coreReady } from '../helpers/core-ready';
import { loadCorpus } from './corpus';
import { fcParams } from './settings';

const TODAY = '2026-04-01';
const checkFiles = (files: readonly SourceFile[]): CheckResult => check(files, { today: TODAY });

/** An error-level finding other than ICP000, as a key that survives the offsets moving by one. */
const errorKeys = (result: CheckResult): Map<string, number> => {
  const keys = new Map<string, number>();
  for (const f of result.findings) {
    if (f.severity !== 'error' || f.ruleId === 'ICP000') continue;
    const key = keyOf(f);
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  return keys;
};
const keyOf = (f: Finding) => `${f.ruleId} ${f.instance ?? ''} ${f.message.en}`;

/**
 * The top-level block of a Terraform file holding `offset`: from the last line before it that
 * starts in column 0 with a word to the next such line.
 */
function topLevelBlock(text: string, offset: number): { start: number; end: number } {
  const starts = [...text.matchAll(/^[A-Za-z]/gm)].map((m) => m.index ?? 0);
  const start = starts.filter((s) => s <= offset).pop() ?? 0;
  const end = starts.find((s) => s > offset) ?? text.length;
  return { start, end };
}

/**
 * "Deleting one character never adds an error-level finding other than ICP000 on another
 * top-level block": a typo or a half-deleted brace must not turn into false errors elsewhere. For
 * every deletion after which the file no longer parses, a new error is allowed only on the block
 * that was edited, or when it rests on it (a related location there: the value came from it).
 */
describe('fuzz: deleting one character', function () {
  const modules = loadCorpus().filter((c) => c.files.some((f) => f.path.endsWith('.tf')));

  before(async () => {
    await coreReady();
  });

  it('adds no error-level finding other than ICP000 on another top-level block', () => {
    const baseline = new Map(modules.map((c) => [c, errorKeys(checkFiles(c.files))]));
    const arb = fc.record({
      caseIndex: fc.nat({ max: modules.length - 1 }),
      fileIndex: fc.nat(),
      at: fc.nat(),
    });
    fc.assert(
      fc.property(arb, ({ caseIndex, fileIndex, at }) => {
        const c = modules[caseIndex];
        const tfFiles = c.files.filter((f) => f.path.endsWith('.tf'));
        const target = tfFiles[fileIndex % tfFiles.length];
        if (target.text.length === 0) return;
        const offset = at % target.text.length;
        const edited = target.text.slice(0, offset) + target.text.slice(offset + 1);
        const files = c.files.map((f) => (f === target ? { path: f.path, text: edited } : f));
        const before = new Map(baseline.get(c));
        const block = topLevelBlock(edited, Math.min(offset, edited.length - 1));
        const inBlock = (l: Location) =>
          l.file === target.path && l.start >= block.start && l.start <= block.end;
        const after = checkFiles(files);
        // A deletion that leaves valid HCL (`resource` → `esource`) changes what the module says:
        // its new findings are right. The property is about text that no longer parses.
        if (!after.findings.some((f) => f.ruleId === 'ICP000' && f.at.file === target.path)) return;
        for (const finding of after.findings) {
          if (finding.severity !== 'error' || finding.ruleId === 'ICP000') continue;
          const key = keyOf(finding);
          const left = before.get(key) ?? 0;
          if (left > 0) {
            before.set(key, left - 1);
            continue;
          }
          if (inBlock(finding.at) || finding.related.some((r) => inBlock(r.at))) continue;
          throw new Error(
            `deleting ${JSON.stringify(target.text[offset])} at ${target.path}:${offset} added, on another block: ${key} at ${finding.at.file}:${finding.at.start}`,
          );
        }
      }),
      fcParams(300),
    );
  });
});
