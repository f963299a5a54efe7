import type { TextEdit } from '../../model/fix';
import type { EditSite } from '../../model/value';
import { lineStartAt } from '../../model/text';
import type { Site } from './evaluate';
import type { Located } from './module';
import type { HclFile } from './parse-file';
import type { HclBlock } from './syntax';
import { insertJsonProperty, jsonInsertionPoint } from '../tfjson/edits';
import { isTerraformJson } from '../tfjson/names';

/**
 * Text edits in HCL syntax. A value is either rewritten where it is defined (`replace`) or added
 * as a new attribute line at the top of a block's body (`insert`), indented like the body and
 * ended with the file's own line ending.
 */
export type EditTarget =
  | { readonly kind: 'replace'; readonly site: Site }
  | { readonly kind: 'insert'; readonly block: Located<HclBlock> };

export type NewValue = string | number | boolean;

/** `"PrePaid"`, `3`, `true`; a number or bool written in quotes stays in quotes. */
export function hclLiteral(value: NewValue, quoted: boolean): string {
  if (typeof value === 'string') return JSON.stringify(value).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
  return quoted ? `"${String(value)}"` : String(value);
}

export function editFor(target: EditTarget, key: string, value: NewValue): TextEdit {
  if (target.kind === 'replace') {
    const { file, span, quoted } = target.site;
    return { file: file.path, start: span.start, end: span.end, newText: hclLiteral(value, quoted) };
  }
  return insertAttribute(target.block, key, hclLiteral(value, false));
}

export function editSiteOf(target: EditTarget, key: string): EditSite {
  if (target.kind === 'replace') {
    const { file, span } = target.site;
    return { kind: 'replace', at: { file: file.path, start: span.start, end: span.end }, syntax: isTerraformJson(file.path) ? 'json' : 'hcl' };
  }
  if (isTerraformJson(target.block.file.path)) {
    const { offset, indent } = jsonInsertionPoint(target.block.file, target.block.node);
    return { kind: 'insert', file: target.block.file.path, offset, indent, syntax: 'json', key, trailingComma: true };
  }
  const { offset, indent } = insertionPoint(target.block.file, target.block.node);
  return { kind: 'insert', file: target.block.file.path, offset, indent, syntax: 'hcl', key };
}

/** The whitespace before `offset` on its line, when only whitespace precedes it. */
function indentBefore(text: string, offset: number): string | undefined {
  const lead = text.slice(lineStartAt(text, offset), offset);
  return /^[ \t]*$/.test(lead) ? lead : undefined;
}

const indentUnits = new WeakMap<HclFile, string>();

/** Tabs when the file indents with tabs only, else two spaces. Cached: it scans the whole text, and every value's edit site asks. */
export function indentUnitOf(file: HclFile): string {
  let unit = indentUnits.get(file);
  if (unit === undefined) {
    unit = /^\t/m.test(file.text) && !/^ {2}/m.test(file.text) ? '\t' : '  ';
    indentUnits.set(file, unit);
  }
  return unit;
}

function insertionPoint(file: HclFile, block: HclBlock): { offset: number; indent: string; outer: string; newline: number } {
  const text = file.text;
  const outer = /^[ \t]*/.exec(text.slice(lineStartAt(text, block.header.start)))?.[0] ?? '';
  const items = [...block.body.attributes.map((a) => a.span.start), ...block.body.blocks.map((b) => b.span.start)];
  const first = items.length > 0 ? Math.min(...items) : undefined;
  const indent = (first !== undefined ? indentBefore(text, first) : undefined) ?? outer + indentUnitOf(file);
  const newline = text.indexOf('\n', block.openBrace.end);
  return { offset: newline < 0 ? text.length : newline + 1, indent, outer, newline };
}

export function insertAttribute(located: Located<HclBlock>, key: string, valueText: string): TextEdit {
  const { file, node: block } = located;
  // A `.tf.json` block is a JSON object: the new setting is a property.
  if (isTerraformJson(file.path)) return insertJsonProperty(file, block, key, valueText);
  const { offset, indent, outer, newline } = insertionPoint(file, block);
  const line = `${indent}${key} = ${valueText}`;
  const close = block.closeBrace;
  if (close && (newline < 0 || close.start < newline)) {
    // `resource "a" "b" {}` or `{ x = 1 }` on one line: open the block up.
    const inner = file.text.slice(block.openBrace.end, close.start).trim();
    const rest = inner ? `${indent}${inner}${file.eol}` : '';
    return { file: file.path, start: block.openBrace.end, end: close.start, newText: `${file.eol}${line}${file.eol}${rest}${outer}` };
  }
  if (newline < 0) return { file: file.path, start: offset, end: offset, newText: `${file.eol}${line}${file.eol}` };
  return { file: file.path, start: offset, end: offset, newText: `${line}${file.eol}` };
}
