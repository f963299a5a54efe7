import { isScalar, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { TextEdit } from '../../model/fix';
import { lineEndingOf, lineStartAt } from '../../model/text';
import { isFlow } from './nodes';

/**
 * Text edits in the file's own syntax: replacing a scalar keeps its quoting, new keys go after the
 * map's last entry at the same indentation (block), or after its last value with a comma (flow and
 * JSON), so the result parses again. Line ends follow the file (CRLF stays CRLF).
 */

export type YamlSyntax = 'yaml' | 'json';
export type Written = string | number | boolean;

/** A key to add: a scalar value, or a new nested map (`Properties` created with its first keys). */
export type NewEntry =
  | { readonly key: string; readonly value: Written }
  | { readonly key: string; readonly children: readonly NewEntry[] };

export interface EditContext {
  readonly file: string;
  readonly text: string;
  readonly syntax: YamlSyntax;
  readonly eol: string;
  /** One level of indentation in this file (for keys inside a map we create). */
  readonly unit: string;
}

export function detectEol(text: string): string {
  return lineEndingOf(text);
}

/** The smallest indentation any line uses: how far this file nests one level. */
export function detectIndentUnit(text: string): string {
  let best = 0;
  const re = /^( +)\S/gm;
  let m: RegExpExecArray | null;
  let lines = 0;
  while ((m = re.exec(text)) !== null && lines++ < 500) {
    if (best === 0 || m[1].length < best) best = m[1].length;
  }
  return ' '.repeat(best > 0 && best <= 8 ? best : 2);
}

/** Strings YAML would read as something else when written plain (booleans, numbers, null). */
function needsQuotes(s: string): boolean {
  return (
    s === '' ||
    /^(true|false|yes|no|on|off|null|~|y|n)$/i.test(s) ||
    /^[-+.\d]/.test(s) ||
    /[:#{}[\],&*!|>'"%@`]/.test(s) ||
    /^\s|\s$/.test(s)
  );
}

/** A value as this file writes it, keeping the quote style of the scalar it replaces. */
export function render(value: Written, syntax: YamlSyntax, replaced?: Node): string {
  const quote = isScalar(replaced) ? replaced.type : undefined;
  const wasString = isScalar(replaced) && typeof replaced.value === 'string' && quote !== Scalar.PLAIN;
  if (syntax === 'json')
    return typeof value === 'string' || wasString ? JSON.stringify(String(value)) : String(value);
  if (quote === Scalar.QUOTE_DOUBLE) return JSON.stringify(String(value));
  if (quote === Scalar.QUOTE_SINGLE) return `'${String(value).replace(/'/g, "''")}'`;
  if (typeof value === 'string' && needsQuotes(value)) return `'${value.replace(/'/g, "''")}'`;
  return String(value);
}

export function replaceSpan(ctx: EditContext, start: number, end: number, newText: string): TextEdit {
  return { file: ctx.file, start, end, newText };
}

/** Column of `offset` in its line, as spaces (the indentation a sibling key needs). */
export function columnIndent(text: string, offset: number): string {
  return ' '.repeat(offset - lineStartAt(text, offset));
}

/** Offset of the end of the line holding `offset` (before its line break). */
function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function lastContentEnd(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}

function keyText(key: string, syntax: YamlSyntax): string {
  return syntax === 'json' ? JSON.stringify(key) : key;
}

function blockLines(ctx: EditContext, entries: readonly NewEntry[], indent: string): string {
  return entries
    .map((e) =>
      'children' in e
        ? `${ctx.eol}${indent}${keyText(e.key, ctx.syntax)}:${blockLines(ctx, e.children, indent + ctx.unit)}`
        : `${ctx.eol}${indent}${keyText(e.key, ctx.syntax)}: ${render(e.value, ctx.syntax)}`,
    )
    .join('');
}

function flowInline(ctx: EditContext, entries: readonly NewEntry[]): string {
  return entries
    .map(
      (e) =>
        `${keyText(e.key, ctx.syntax)}: ${'children' in e ? `{ ${flowInline(ctx, e.children)} }` : render(e.value, ctx.syntax)}`,
    )
    .join(', ');
}

function flowLines(ctx: EditContext, entries: readonly NewEntry[], indent: string): string {
  return entries
    .map((e) =>
      'children' in e
        ? `${ctx.eol}${indent}${keyText(e.key, ctx.syntax)}: {${flowLines(ctx, e.children, indent + ctx.unit)}${ctx.eol}${indent}}`
        : `${ctx.eol}${indent}${keyText(e.key, ctx.syntax)}: ${render(e.value, ctx.syntax)}`,
    )
    .join(',');
}

/** Adds keys to an existing map (block or flow), after its last entry. */
export function insertIntoMap(
  ctx: EditContext,
  map: YAMLMap,
  entries: readonly NewEntry[],
  fallbackIndent: string,
): TextEdit | undefined {
  const range = map.range;
  if (!range) return undefined;
  const items = map.items as Pair<Node | null, Node | null>[];
  const last = items[items.length - 1];
  const first = items[0];
  if (isFlow(map)) {
    const open = range[0];
    if (!last) {
      const newText = ctx.syntax === 'json' ? flowInline(ctx, entries) : ` ${flowInline(ctx, entries)} `;
      return replaceSpan(ctx, open + 1, open + 1, newText);
    }
    const lastEnd = (last.value?.range ?? last.key?.range)?.[1];
    const firstStart = first.key?.range?.[0];
    if (lastEnd === undefined || firstStart === undefined) return undefined;
    const multiLine = /[\r\n]/.test(ctx.text.slice(open, firstStart));
    const indent = multiLine ? columnIndent(ctx.text, firstStart) : '';
    const newText = multiLine ? `,${flowLines(ctx, entries, indent)}` : `, ${flowInline(ctx, entries)}`;
    return replaceSpan(ctx, lastEnd, lastEnd, newText);
  }
  if (!last || !first.key?.range) {
    return undefined;
  }
  const indent = columnIndent(ctx.text, first.key.range[0]) || fallbackIndent;
  const lastEnd = (last.value?.range ?? last.key?.range)?.[1];
  if (lastEnd === undefined) return undefined;
  const at = lineEnd(ctx.text, lastContentEnd(ctx.text, lastEnd));
  return replaceSpan(ctx, at, at, blockLines(ctx, entries, indent));
}

/**
 * Adds keys under `pair`'s key when its value is empty (`Properties:` with nothing, or `null`): the
 * empty value becomes a map.
 */
export function fillEmptyValue(
  ctx: EditContext,
  pair: Pair<Node | null, Node | null>,
  entries: readonly NewEntry[],
): TextEdit | undefined {
  const keyRange = pair.key?.range;
  if (!keyRange) return undefined;
  const value = pair.value;
  const keyIndent = columnIndent(ctx.text, keyRange[0]);
  if (value?.range && value.range[1] > value.range[0]) {
    // `Properties: null` / `~`: write a flow map in its place.
    const newText =
      ctx.syntax === 'json' ? `{${flowInline(ctx, entries)}}` : `{ ${flowInline(ctx, entries)} }`;
    return replaceSpan(ctx, value.range[0], value.range[1], newText);
  }
  const at = lineEnd(ctx.text, keyRange[1]);
  return replaceSpan(ctx, at, at, blockLines(ctx, entries, keyIndent + ctx.unit));
}

export function isEmptyValue(node: Node | null | undefined): boolean {
  return !node || (isScalar(node) && (node.value === null || node.value === undefined));
}
