/** Offset of the first character of the line holding `offset` (after a `\n`, `\r` or `\r\n`). */
export function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
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
