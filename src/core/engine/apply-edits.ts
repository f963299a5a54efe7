import type { TextEdit } from '../model/fix';
import type { Span } from '../model/location';

export interface EditResult {
  readonly text: string;
  /** The edits applied, in the order given. */
  readonly applied: readonly TextEdit[];
  /** Edits left out: overlapping an earlier one, or outside the text. */
  readonly dropped: readonly TextEdit[];
}

/**
 * Two edits conflict when their ranges intersect or they start at the same offset: two inserts at
 * one place, or an insert at the start of a replacement, would depend on which goes first.
 */
export function editsConflict(a: Span, b: Span): boolean {
  return a.start === b.start || (a.start < b.end && b.start < a.end);
}

/**
 * Applies edits to one text. Earlier edits win over later ones that conflict with them; the kept
 * edits are applied from the end of the text backwards, so each one's offsets stay valid. Never throws.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): EditResult {
  const applied: TextEdit[] = [];
  const dropped: TextEdit[] = [];
  for (const edit of edits) {
    const valid =
      Number.isInteger(edit.start) &&
      Number.isInteger(edit.end) &&
      edit.start >= 0 &&
      edit.start <= edit.end &&
      edit.end <= text.length &&
      typeof edit.newText === 'string';
    if (!valid || applied.some((kept) => editsConflict(kept, edit))) dropped.push(edit);
    else applied.push(edit);
  }
  let result = text;
  for (const edit of [...applied].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return { text: result, applied, dropped };
}
