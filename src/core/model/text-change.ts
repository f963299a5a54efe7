/** The one range where two versions of a text differ: `[start, oldEnd)` became `[start, newEnd)`. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/**
 * The common prefix and suffix of two texts leave one changed range; undefined when they are equal.
 * Used to reparse only what an edit touched, and to turn a whole-file result into one small edit.
 * The range never splits a surrogate pair: tree-sitter and editors would see half a character.
 */
export function changeBetween(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const limit = Math.min(before.length, after.length);
  const start = commonPrefix(before, after, limit);
  const tail = commonSuffix(before, after, limit - start);
  return settleChange(before, after, start, tail);
}

/** Chunk sizes compared as whole substrings (native comparisons) before the last few characters one by one. */
const CHUNKS = [65536, 4096, 256, 16];

function commonPrefix(a: string, b: string, limit: number): number {
  let at = 0;
  for (const size of CHUNKS) {
    while (at + size <= limit && a.slice(at, at + size) === b.slice(at, at + size)) at += size;
  }
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let tail = 0;
  for (const size of CHUNKS) {
    while (
      tail + size <= limit &&
      a.slice(a.length - tail - size, a.length - tail) === b.slice(b.length - tail - size, b.length - tail)
    )
      tail += size;
  }
  while (tail < limit && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return tail;
}

function settleChange(before: string, after: string, start: number, tail: number): TextChange {
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
