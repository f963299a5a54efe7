/**
 * Text from the workspace (paths, names, messages that quote them, suppression reasons) is shown
 * to a reader, never interpreted by what shows it: a terminal must not receive its escape
 * sequences, and Markdown must not turn it into headings, HTML, links or table cells.
 */

/** C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a reader sees. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this is for
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Each control character written out as `\xNN` (or `\uNNNN`), so it is visible and inert. */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** One line: line breaks become spaces before the rest is made printable. */
function oneLine(s: string): string {
  return printable(s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '));
}

/**
 * Markdown text that cannot become markup that acts: HTML (`<`), links and images (`[`), code
 * (`` ` ``), table cells (`|`) and the escape character itself are backslash-escaped (CommonMark
 * allows it before any ASCII punctuation), `://` and `www.` are broken up so no autolink forms, and
 * it stays on one line, so it can start no heading or list. Emphasis characters are left alone:
 * at worst they change a font, and names such as `alicloud_instance` stay readable.
 */
export function markdownText(s: string): string {
  return oneLine(s)
    .replace(/[\\`<>[\]|]/g, (c) => `\\${c}`)
    .replace(/:\/\//g, ':\\/\\/')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
}

/** A Markdown code span holding `s` as written: fenced by more backticks than it contains, `|` escaped for tables. */
export function markdownCode(s: string): string {
  const text = oneLine(s);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  return `${fence}${padded.replace(/\|/g, '\\|')}${fence}`;
}
