import { performance } from 'node:perf_hooks';
import { CheckSession, LineIndex, type SourceFile } from '../../src/core';
import { BENCH_TODAY } from '../checker';
import type { TreeSitterBaseline } from '../baselines/tree-sitter';
import { Random } from '../generate/random';
import { summarize } from '../measure/stats';
import type { Comparison } from '../report/model';

/**
 * (d) The typing loop: one character changes in the 1 MB `.tf` file (a digit of a number, as when
 * someone changes `period = 1` to `period = 3`) and the file is checked again. Measured against
 * tree-sitter reparsing the same edit incrementally, which is what an incremental checker builds on.
 * The checker is a `CheckSession`, as the extension uses it while a person types. With `typing`,
 * each edit instead types a digit into a number (`period = 1` → `period = 71`) and the next one deletes it, so
 * the text after the edit moves: what most keystrokes do.
 */
export async function editLoop(
  mainTf: SourceFile,
  others: readonly SourceFile[],
  treeSitter: TreeSitterBaseline,
  edits: number,
  warmup: number,
  typing = false,
): Promise<Comparison> {
  const rng = new Random(7);
  const digits = [...mainTf.text.matchAll(/= (\d+)\n/g)].map((m) => m.index! + 2);
  let text = mainTf.text;
  const incremental = treeSitter.incremental(text);
  // A digit typed is deleted again at once, so line starts are the same before every edit.
  const lines = new LineIndex(text);
  const session = new CheckSession();
  session.check([mainTf, ...others], { today: BENCH_TODAY });
  const checkSamples: number[] = [];
  const reparseSamples: number[] = [];
  let typed: number | undefined;
  for (let i = 0; i < warmup + edits; i++) {
    const deleting = typing && typed !== undefined;
    const offset = deleting ? typed! : rng.pick(digits);
    const char = String(rng.int(1, 9));
    const [removed, inserted] = !typing ? [1, 1] : deleting ? [1, 0] : [0, 1];
    // Flat, as an editor hands a document's text over (slicing leaves a rope that the first reader would flatten).
    text = flat(text.slice(0, offset) + (inserted ? char : '') + text.slice(offset + removed));
    typed = typing && !deleting ? offset : undefined;
    const { line, character } = lines.positionAt(offset);
    const point = { row: line, column: character };
    const files = [{ path: mainTf.path, text }, ...others];
    // Alternate which goes first so load lands on both alike.
    const order = i % 2 === 0 ? ['check', 'reparse'] : ['reparse', 'check'];
    for (const which of order) {
      const t0 = performance.now();
      if (which === 'check') session.check(files, { today: BENCH_TODAY });
      else incremental.replace(text, offset, removed, inserted, point);
      const ms = performance.now() - t0;
      if (i >= warmup) (which === 'check' ? checkSamples : reparseSamples).push(ms);
    }
  }
  incremental.dispose();
  session.dispose();
  const check = summarize(checkSamples);
  const reparse = summarize(reparseSamples);
  const what = typing
    ? 'a digit typed into a number literal, then deleted again'
    : 'a digit of a number literal replaced';
  return {
    id: typing ? 'd-typing-loop' : 'd-edit-loop',
    title: typing
      ? 'Re-check after typing or deleting a character in the 1 MB .tf file (the text after it moves)'
      : 'Re-check after a one-character edit in the 1 MB .tf file',
    input: 'terraform single file',
    sides: [
      { name: 'icp-check (CheckSession.check after the edit)', summary: check },
      { name: 'tree-sitter incremental reparse', summary: reparse },
    ],
    ratioLabel: 'check p95 (ms)',
    ratio: check.p95,
    ...(typing ? {} : { goal: { text: 'p95 ≤ 16 ms', met: check.p95 <= 16 } }),
    notes: [
      `${edits} edits (after ${warmup} warm-up edits), each ${what}, applied cumulatively as typing would; each text is handed over in one piece (not a rope of slices), as an editor hands a document's text over.`,
      "The engine is measured as the extension calls it while typing: a `CheckSession` that reparses the edited file against its old tree and, in a file without syntax errors, visits only the top-level items around the change (the rest are the previous version's, moved past the edit); when only instance resources changed it rebuilds the module index (one pass), re-reads just the changed instances and carries every other instance over, the very same object with the same remembered findings when nothing moved. Tree-sitter reparsing the same edit against the old tree is the floor.",
      ...(typing
        ? [
            'Here the text after the edit moves by one character: every top-level item, instance and finding after it is copied with its positions moved, so this costs more than a replacement; see bench/README.md.',
          ]
        : []),
      `Incremental reparse alone: median ${reparse.median.toFixed(1)} ms, p95 ${reparse.p95.toFixed(1)} ms.`,
    ],
  };
}

/** A copy of `text` in one piece, made outside the timing. */
function flat(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
