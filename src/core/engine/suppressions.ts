import type { Location, Span } from '../model/location';

/**
 * `icp-ignore` directives, read from comments by a pure function of the file's text (the way
 * yaml-language-server reads its modeline): no parser, rule or configuration is involved here.
 *
 *   # icp-ignore: ICP002, pay-as-you-go reason="test bench" expires=2027-03-31
 *   // icp-ignore: ICP004 reason="…"            (HCL)
 *   # icp-ignore-file: ICP010 reason="…"
 */

/** How the directive was placed, which decides what it covers. */
export type DirectivePlacement = 'end-of-line' | 'own-line' | 'file';

export interface RuleToken {
  /** An ID or a name, as written. */
  readonly token: string;
  readonly at: Location;
}

export interface SuppressionDirective {
  readonly file: string;
  readonly placement: DirectivePlacement;
  /** The directive inside its comment, from `icp-ignore` to the end of the comment: where ICP014 points. */
  readonly at: Location;
  /** The directive as written (for messages), e.g. `icp-ignore: ICP002`. */
  readonly text: string;
  readonly rules: readonly RuleToken[];
  /** Undefined when no `reason=` is written; an empty reason is written as "". */
  readonly reason?: string;
  readonly expires?: string;
  /** The offsets whose findings it covers: its line, the next line (or resource), or the whole file. */
  readonly covers: Span;
}

/** The header and extent of an instance, enough to widen a directive above a header to the resource. */
export interface InstanceSpan {
  readonly header: Location;
  readonly extent: Location;
}

const DIRECTIVE = /^icp-ignore(-file)?\s*:/i;
/** A directive inside a line, when no comment list is known: after `#` or `//`. */
const DIRECTIVE_IN_LINE = /(#|\/\/)\s*icp-ignore(?:-file)?\s*:/i;

/**
 * Finds the directives in one file. `comments` are the parser's comment locations, so text inside a
 * string is never mistaken for a directive; without them the text is scanned line by line.
 */
export function findSuppressions(
  file: string,
  text: string,
  comments?: readonly Location[],
  instances: readonly InstanceSpan[] = [],
): SuppressionDirective[] {
  const spans = comments ? comments.filter((c) => c.file === file) : commentsByLineScan(text);
  const directives: SuppressionDirective[] = [];
  const nextCode = nextCodeLineFinder(text);
  const headers = headerFinder(file, instances);
  for (const comment of [...spans].sort((a, b) => a.start - b.start)) {
    const directive = parseDirective(file, text, comment, headers, nextCode);
    if (directive) directives.push(directive);
  }
  return directives;
}

/** Line-scan fallback: from the comment marker before `icp-ignore` to the end of that line. */
function commentsByLineScan(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const lineEnd = endOfLine(text, lineStart);
    const match = DIRECTIVE_IN_LINE.exec(text.slice(lineStart, lineEnd));
    if (match) spans.push({ start: lineStart + match.index, end: lineEnd });
    lineStart = nextLineStart(text, lineEnd);
    if (lineStart < 0) break;
  }
  return spans;
}

function parseDirective(
  file: string,
  text: string,
  comment: Span,
  headers: HeaderFinder,
  nextCode: NextCodeLine,
): SuppressionDirective | undefined {
  const start = Math.max(0, Math.min(comment.start, text.length));
  const end = Math.max(start, Math.min(comment.end, text.length));
  const raw = text.slice(start, end);
  // The comment may be given with or without its marker; `/* … */` is HCL's block comment.
  const marker = /^(#|\/\/|\/\*)?\s*/.exec(raw)![0].length;
  const bodyEnd = raw.endsWith('*/') && raw.startsWith('/*') ? raw.length - 2 : raw.length;
  // trimEnd, not /\s+$/: that regex backtracks quadratically over a comment of spaces.
  const content = raw.slice(marker, bodyEnd).trimEnd();
  const head = DIRECTIVE.exec(content);
  if (!head) return undefined;

  const directiveStart = start + marker;
  const at: Location = { file, start: directiveStart, end: directiveStart + content.length };
  const body = parseBody(content.slice(head[0].length), directiveStart + head[0].length, file);
  const placement: DirectivePlacement = head[1]
    ? 'file'
    : isAloneOnLine(text, start)
      ? 'own-line'
      : 'end-of-line';
  return {
    file,
    placement,
    at,
    text: directiveText(content),
    rules: body.rules,
    reason: body.reason,
    expires: body.expires,
    covers: coverage(text, placement, start, end, headers, nextCode),
  };
}

/** The directive up to its reason, for messages: `icp-ignore: ICP002, ICP010`. */
function directiveText(content: string): string {
  const cut = content.search(/\s(reason|expires)\s*=/i);
  return (cut < 0 ? content : content.slice(0, cut)).trim();
}

interface Body {
  rules: RuleToken[];
  reason?: string;
  expires?: string;
}

const QUOTES: Readonly<Record<string, string>> = { '"': '"', "'": "'", '“': '”', '「': '」' };

/** `ICP002, pay-as-you-go reason="…" expires=2027-03-31`: rule tokens, then `key=value` pairs. */
function parseBody(body: string, offset: number, file: string): Body {
  const result: Body = { rules: [] };
  let i = 0;
  while (i < body.length) {
    while (i < body.length && /[\s,]/.test(body[i])) i++;
    if (i >= body.length) break;
    const tokenStart = i;
    while (i < body.length && !/[\s,=]/.test(body[i])) i++;
    const token = body.slice(tokenStart, i);
    if (body[i] === '=') {
      i++;
      const value = readValue(body, i);
      i = value.next;
      const key = token.toLowerCase();
      if (key === 'reason') result.reason = value.text.trim();
      else if (key === 'expires') result.expires = value.text.trim();
      // An unknown key is kept as a rule token, so a typo such as `reasn=` is reported, never ignored.
      else
        result.rules.push({
          token: `${token}=`,
          at: { file, start: offset + tokenStart, end: offset + value.next },
        });
    } else if (token) {
      result.rules.push({ token, at: { file, start: offset + tokenStart, end: offset + i } });
    }
  }
  return result;
}

function readValue(body: string, at: number): { text: string; next: number } {
  const close = QUOTES[body[at]];
  if (close) {
    const end = body.indexOf(close, at + 1);
    if (end < 0) return { text: body.slice(at + 1), next: body.length };
    return { text: body.slice(at + 1, end), next: end + 1 };
  }
  let end = at;
  while (end < body.length && !/\s/.test(body[end])) end++;
  return { text: body.slice(at, end), next: end };
}

function coverage(
  text: string,
  placement: DirectivePlacement,
  commentStart: number,
  commentEnd: number,
  headers: HeaderFinder,
  nextCode: NextCodeLine,
): Span {
  if (placement === 'file') return { start: 0, end: text.length };
  if (placement === 'end-of-line') {
    const lineStart = startOfLine(text, commentStart);
    return { start: lineStart, end: endOfLine(text, commentStart) };
  }
  const target = nextCode(endOfLine(text, commentEnd));
  if (!target) return { start: text.length, end: text.length };
  // A directive right above a resource header covers the whole resource, not just its first line.
  const instance = headers(target);
  if (!instance) return target;
  return {
    start: Math.min(target.start, instance.extent.start),
    end: Math.max(target.end, instance.extent.end),
  };
}

/** The first instance (in the order given) of the file whose header starts inside `line`. */
type HeaderFinder = (line: Span) => InstanceSpan | undefined;

/**
 * Finds headers by binary search over the file's instances sorted by where their header starts
 * (sorted on the first question only: most files have no directive above a resource), so a file of
 * thousands of instances and directives is not searched once per directive.
 */
function headerFinder(file: string, instances: readonly InstanceSpan[]): HeaderFinder {
  let sorted: { readonly instance: InstanceSpan; readonly order: number }[] | undefined;
  return (line) => {
    sorted ??= instances
      .map((instance, order) => ({ instance, order }))
      .filter((x) => x.instance.header.file === file)
      .sort((a, b) => a.instance.header.start - b.instance.header.start || a.order - b.order);
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle].instance.header.start < line.start) low = middle + 1;
      else high = middle;
    }
    let found: { readonly instance: InstanceSpan; readonly order: number } | undefined;
    for (let i = low; i < sorted.length && sorted[i].instance.header.start <= line.end; i++)
      if (!found || sorted[i].order < found.order) found = sorted[i];
    return found?.instance;
  };
}

/** The next line holding code after the line ending at `fromLineEnd`. */
type NextCodeLine = (fromLineEnd: number) => Span | undefined;

/**
 * The next line holding code: blank lines and comment-only lines (more directives, notes) are
 * passed over. Each line passed over remembers the answer, so a run of 20,000 directive lines is
 * scanned once, not once per directive.
 */
function nextCodeLineFinder(text: string): NextCodeLine {
  const answerFrom = new Map<number, Span | undefined>();
  return (fromLineEnd) => {
    const passed: number[] = [];
    let lineStart = nextLineStart(text, fromLineEnd);
    let answer: Span | undefined;
    while (lineStart >= 0) {
      if (answerFrom.has(lineStart)) {
        answer = answerFrom.get(lineStart);
        break;
      }
      passed.push(lineStart);
      const lineEnd = endOfLine(text, lineStart);
      const line = text.slice(lineStart, lineEnd).trim();
      if (line !== '' && !line.startsWith('#') && !line.startsWith('//')) {
        answer = { start: lineStart, end: lineEnd };
        break;
      }
      lineStart = nextLineStart(text, lineEnd);
    }
    for (const start of passed) answerFrom.set(start, answer);
    return answer;
  };
}

/** Only whitespace (and the comment's own marker) precedes the comment on its line. */
function isAloneOnLine(text: string, commentStart: number): boolean {
  const before = text.slice(startOfLine(text, commentStart), commentStart).replace(/(#|\/\/|\/\*)\s*$/, '');
  return before.trim() === '';
}

function startOfLine(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function endOfLine(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Start of the line after the line break at `lineEnd` (CRLF, LF or CR), or -1 at the end of the text. */
function nextLineStart(text: string, lineEnd: number): number {
  if (lineEnd >= text.length) return -1;
  return text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
}
