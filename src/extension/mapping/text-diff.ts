import type { TextEdit } from '../../core';

/**
 * The smallest single replacement that turns `before` into `after` (common prefix and suffix kept),
 * so applying a whole-file result such as fix-all leaves the cursor, folding and undo history sane.
 */
export function minimalEdit(file: string, before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  // Never split a surrogate pair: the common prefix / suffix boundary moves to the whole character.
  if (start > 0 && isLowSurrogate(before.charCodeAt(start))) start--;
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { file, start, end: endBefore, newText: after.slice(start, endAfter) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
