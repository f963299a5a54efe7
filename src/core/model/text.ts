/** Offset of the first character of the line holding `offset` (after a `\n`, `\r` or `\r\n`). */
export function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/**
 * The first line break at or after `offset` (`\r\n` counts as one): where it starts and where the
 * next line starts; undefined on the last line. CR-only files (old Mac) break lines too.
 */
export function lineBreakFrom(
  text: string,
  offset: number,
): { readonly at: number; readonly next: number } | undefined {
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return { at: i, next: i + 1 };
    if (c === 13) return { at: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return undefined;
}

export type LineEnding = '\n' | '\r\n' | '\r';

/** The line ending a file uses (its first one decides), so an edit adds lines the way the file does. */
export function lineEndingOf(text: string): LineEnding {
  const first = lineBreakFrom(text, 0);
  if (!first) return '\n';
  return first.next - first.at === 2 ? '\r\n' : (text[first.at] as '\n' | '\r');
}

/**
 * Text on one line: each line break, with the whitespace around it, becomes one space. A scan
 * rather than a regex of whitespace around a line break, which backtracks quadratically over a
 * long run of spaces.
 */
export function oneLine(text: string): string {
  if (!text.includes('\n')) return text;
  const parts = text.split('\n');
  let out = parts[0].trimEnd();
  for (let i = 1; i < parts.length; i++) {
    const last = i === parts.length - 1;
    const part = last ? parts[i].trimStart() : parts[i].trim();
    if (part === '' && !last) continue;
    out += ' ' + part;
  }
  return out;
}
