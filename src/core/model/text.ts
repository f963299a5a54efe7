/** Offset of the first character of the line holding `offset` (after a `\n`, `\r` or `\r\n`). */
export function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}
