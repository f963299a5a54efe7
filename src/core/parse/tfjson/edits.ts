import type { TextEdit } from '../../model/fix';
import { lineStartAt } from '../../model/text';
import type { HclFile } from '../hcl/parse-file';
import type { HclBlock } from '../hcl/syntax';
import { jsonObjectOf } from './objects';

/**
 * A new property in a Terraform JSON object, first in the object so the comma always goes after it:
 * on its own line, indented like the property it goes before (or one level inside the object),
 * with the file's line ending. An empty or one-line object is opened up over several lines.
 */
export function insertJsonProperty(file: HclFile, block: HclBlock, key: string, valueText: string): TextEdit {
  const { offset, indent, outer } = jsonInsertionPoint(file, block);
  const text = file.text;
  const property = `${indent}${JSON.stringify(key)}: ${valueText}`;
  const first = jsonObjectOf(block)?.firstProperty;
  const close = block.closeBrace;
  if (first === undefined) {
    const end = close ? close.start : block.openBrace.end;
    return {
      file: file.path,
      start: block.openBrace.end,
      end,
      newText: `${file.eol}${property}${file.eol}${outer}`,
    };
  }
  if (lineStartAt(text, first) <= block.openBrace.start) {
    // `{"a": 1}` or `{"a": 1,` on the line of the brace: the new property gets its own line before it.
    return {
      file: file.path,
      start: block.openBrace.end,
      end: first,
      newText: `${file.eol}${property},${file.eol}${indent}`,
    };
  }
  return { file: file.path, start: offset, end: offset, newText: `${property},${file.eol}` };
}

/** Where `insertJsonProperty` writes, and with which indentation. */
function jsonInsertionPoint(
  file: HclFile,
  block: HclBlock,
): { offset: number; indent: string; outer: string } {
  const text = file.text;
  const outer = /^[ \t]*/.exec(text.slice(lineStartAt(text, block.header.start)))?.[0] ?? '';
  const first = jsonObjectOf(block)?.firstProperty;
  if (first === undefined || lineStartAt(text, first) <= block.openBrace.start) {
    return { offset: block.openBrace.end, indent: outer + indentUnitOf(file), outer };
  }
  const lineStart = lineStartAt(text, first);
  const lead = text.slice(lineStart, first);
  return /^[ \t]*$/.test(lead)
    ? { offset: lineStart, indent: lead, outer }
    : { offset: block.openBrace.end, indent: outer + indentUnitOf(file), outer };
}

const units = new WeakMap<HclFile, string>();

/** The smallest indentation of any indented line (two spaces when none is). Cached: it scans the whole text, and every inserting fix of the file asks. */
function indentUnitOf(file: HclFile): string {
  let unit = units.get(file);
  if (unit !== undefined) return unit;
  const text = file.text;
  let best = 0;
  for (const m of text.matchAll(/^( +)\S/gm)) if (best === 0 || m[1].length < best) best = m[1].length;
  unit = /^\t/m.test(text) && !/^ /m.test(text) ? '\t' : ' '.repeat(best > 0 && best <= 8 ? best : 2);
  units.set(file, unit);
  return unit;
}
