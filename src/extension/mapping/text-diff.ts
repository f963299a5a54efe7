import { changeBetween, type TextEdit } from '../../core';

/**
 * The smallest single replacement that turns `before` into `after` (common prefix and suffix kept),
 * so applying a whole-file result such as fix-all leaves the cursor, folding and undo history sane.
 */
export function minimalEdit(file: string, before: string, after: string): TextEdit | undefined {
  const change = changeBetween(before, after);
  return (
    change && {
      file,
      start: change.start,
      end: change.oldEnd,
      newText: after.slice(change.start, change.newEnd),
    }
  );
}
