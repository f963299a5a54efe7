import type { TextEdit } from '../../model/fix';
import { lineBreakFrom, lineStartAt } from '../../model/text';
import type { Site } from './evaluate';
import type { Located } from './module';
import type { HclFile } from './parse-file';
import { alignedRunEndingAt, alignment } from './align';
import type { HclAttribute, HclBlock } from './syntax';
import { insertArgument } from './compose/argument-edit';
import { insertJsonProperty } from '../tfjson/edits';
import { isTerraformJson } from '../tfjson/names';

/**
 * Text edits in HCL syntax. A value is either rewritten where it is defined (`replace`) or added
 * as a new attribute line at the top of a block's body (`insert`), indented like the body and
 * ended with the file's own line ending.
 */
export type EditTarget =
  | { readonly kind: 'replace'; readonly site: Site }
  | { readonly kind: 'insert'; readonly block: Located<HclBlock> }
  /** A new argument on a module call, named after the child variable it sets. */
  | { readonly kind: 'argument'; readonly call: Located<HclBlock>; readonly key: string };

export type NewValue = string | number | boolean;

/** `"PrePaid"`, `3`, `true`; a number or bool written in quotes stays in quotes. */
export function hclLiteral(value: NewValue, quoted: boolean): string {
  if (typeof value === 'string') return JSON.stringify(value).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
  return quoted ? `"${String(value)}"` : String(value);
}

/** The edits that write `key = value`: a replaced literal, or a new line (plus any re-alignment it needs). */
export function editsFor(target: EditTarget, key: string, value: NewValue): TextEdit[] {
  if (target.kind === 'replace') {
    const { file, span, quoted } = target.site;
    return [{ file: file.path, start: span.start, end: span.end, newText: hclLiteral(value, quoted) }];
  }
  // A module call in a `.tf.json` file is a JSON object too: the argument is a property (`insertAttribute`).
  if (target.kind === 'argument' && !isTerraformJson(target.call.file.path))
    return insertArgument(target.call, target.key, hclLiteral(value, false));
  if (target.kind === 'argument') return insertAttribute(target.call, target.key, hclLiteral(value, false));
  return insertAttribute(target.block, key, hclLiteral(value, false));
}

/** The whitespace before `offset` on its line, when only whitespace precedes it. */
function indentBefore(text: string, offset: number): string | undefined {
  const lead = text.slice(lineStartAt(text, offset), offset);
  return /^[ \t]*$/.test(lead) ? lead : undefined;
}

const indentUnits = new WeakMap<HclFile, string>();

/** Tabs when the file indents with tabs only, else two spaces. Cached: it scans the whole text, and every reparse and inserting fix asks. */
export function indentUnitOf(file: HclFile): string {
  let unit = indentUnits.get(file);
  if (unit === undefined) {
    // The usual file indents with spaces and says so on an early line: asked first, the whole text is rarely scanned.
    unit = !/^ {2}/m.test(file.text) && /^\t/m.test(file.text) ? '\t' : '  ';
    indentUnits.set(file, unit);
  }
  return unit;
}

interface InsertionPoint {
  /** Where the new line starts: after the block's last argument, else after the `{` line. */
  readonly offset: number;
  readonly indent: string;
  /** Indentation of the block's own header line. */
  readonly outer: string;
  /** The line break ending the `{` line, or -1 when there is none. */
  readonly newline: number;
  /** The one-line arguments just above the new line, which `terraform fmt` aligns with it. */
  readonly run: readonly HclAttribute[];
}

/**
 * New arguments go after the last one, so fixes applied one after another keep their order. When
 * the last argument shares its line with the closing brace (or there is none), the new line goes
 * right after the `{` line instead.
 */
function insertionPoint(file: HclFile, block: HclBlock): InsertionPoint {
  const text = file.text;
  const outer = /^[ \t]*/.exec(text.slice(lineStartAt(text, block.header.start)))?.[0] ?? '';
  const afterBrace = lineBreakFrom(text, block.openBrace.end);
  const newline = afterBrace ? afterBrace.at : -1;
  const attributes = [...block.body.attributes].sort((a, b) => a.span.start - b.span.start);
  const last = attributes[attributes.length - 1];
  if (last) {
    const indent = indentBefore(text, last.span.start);
    const lineEnd = lineBreakFrom(text, last.span.end);
    const closesAfter = !block.closeBrace || (lineEnd !== undefined && block.closeBrace.start > lineEnd.at);
    if (indent !== undefined && lineEnd && closesAfter) {
      return { offset: lineEnd.next, indent, outer, newline, run: alignedRunEndingAt(text, attributes) };
    }
  }
  const items = [
    ...block.body.attributes.map((a) => a.span.start),
    ...block.body.blocks.map((b) => b.span.start),
  ];
  const first = items.length > 0 ? Math.min(...items) : undefined;
  const indent = (first !== undefined ? indentBefore(text, first) : undefined) ?? outer + indentUnitOf(file);
  return { offset: afterBrace ? afterBrace.next : text.length, indent, outer, newline, run: [] };
}

export function insertAttribute(located: Located<HclBlock>, key: string, valueText: string): TextEdit[] {
  const { file, node: block } = located;
  // A `.tf.json` block is a JSON object: the new setting is a property.
  if (isTerraformJson(file.path)) return [insertJsonProperty(file, block, key, valueText)];
  const { offset, indent, outer, newline, run } = insertionPoint(file, block);
  const close = block.closeBrace;
  if (close && (newline < 0 || close.start < newline)) {
    // `resource "a" "b" {}` or `{ x = 1 }` on one line: open the block up.
    const line = `${indent}${key} = ${valueText}`;
    const inner = file.text.slice(block.openBrace.end, close.start).trim();
    const rest = inner ? `${indent}${inner}${file.eol}` : '';
    return [
      {
        file: file.path,
        start: block.openBrace.end,
        end: close.start,
        newText: `${file.eol}${line}${file.eol}${rest}${outer}`,
      },
    ];
  }
  const { column, padding } = alignment(file, run, indent.length + key.length + 1);
  const line = `${indent}${key}${' '.repeat(column - indent.length - key.length)}= ${valueText}`;
  if (newline < 0)
    return [{ file: file.path, start: offset, end: offset, newText: `${file.eol}${line}${file.eol}` }];
  return [{ file: file.path, start: offset, end: offset, newText: `${line}${file.eol}` }, ...padding];
}
