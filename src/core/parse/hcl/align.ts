import type { TextEdit } from '../../model/fix';
import { lineBreakFrom, lineStartAt } from '../../model/text';
import type { HclFile } from './parse-file';
import type { HclAttribute } from './syntax';

/**
 * `terraform fmt` aligns the `=` of consecutive lines that each hold one whole argument; a blank
 * line, a comment line, a nested block or an argument spanning several lines ends such a run. A
 * line added below a run joins it, so the run's `=` column must fit the new key too.
 */

/** The run of one-line arguments that ends with the last of `sorted` (arguments in text order). */
export function alignedRunEndingAt(text: string, sorted: readonly HclAttribute[]): HclAttribute[] {
  const run: HclAttribute[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const attribute = sorted[i];
    if (!isOwnLine(text, attribute)) break;
    const below = run[0];
    if (below && !isLineAbove(text, attribute, below)) break;
    run.unshift(attribute);
  }
  return run;
}

/**
 * The `=` column for a run plus a new key needing at least `minColumn`, and the edits that move
 * the run's `=` there. In a formatted file they only move when the new key is the longest.
 */
export function alignment(
  file: HclFile,
  run: readonly HclAttribute[],
  minColumn: number,
): { column: number; padding: TextEdit[] } {
  const text = file.text;
  const column = Math.max(minColumn, ...run.map((a) => columnOf(text, equalsOf(text, a))));
  const padding: TextEdit[] = [];
  for (const attribute of run) {
    const equals = equalsOf(text, attribute);
    if (columnOf(text, equals) === column) continue;
    const spaces = column - columnOf(text, attribute.nameSpan.end);
    padding.push({
      file: file.path,
      start: attribute.nameSpan.end,
      end: equals,
      newText: ' '.repeat(spaces),
    });
  }
  return { column, padding };
}

/** Alone on its line (only indentation before it) and on a single line. */
function isOwnLine(text: string, attribute: HclAttribute): boolean {
  const lead = text.slice(lineStartAt(text, attribute.span.start), attribute.span.start);
  return /^[ \t]*$/.test(lead) && !/[\r\n]/.test(text.slice(attribute.span.start, attribute.span.end));
}

function isLineAbove(text: string, above: HclAttribute, below: HclAttribute): boolean {
  const lineBreak = lineBreakFrom(text, above.span.end);
  return lineBreak !== undefined && lineBreak.next === lineStartAt(text, below.span.start);
}

/** Offset of the `=` between an argument's name and its value. */
function equalsOf(text: string, attribute: HclAttribute): number {
  return attribute.nameSpan.end + text.slice(attribute.nameSpan.end, attribute.expr.span.start).indexOf('=');
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartAt(text, offset);
}
