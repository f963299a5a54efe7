import type { TextEdit } from '../../../model/fix';
import { lineStartAt } from '../../../model/text';
import { insertAttribute } from '../edits';
import type { Located } from '../module';
import type { HclAttribute, HclBlock } from '../syntax';

/**
 * A new argument on a module call, written the way `terraform fmt` leaves it: after the call's
 * last argument, its `=` aligned with the run of one-line arguments it joins. A name longer than
 * that run's would realign the run, so it starts a paragraph of its own instead (after a blank
 * line), which fmt leaves alone. A call without arguments after `source` gets the usual line.
 */
export function insertArgument(call: Located<HclBlock>, key: string, valueText: string): TextEdit[] {
  const { file, node } = call;
  const text = file.text;
  const last = lastItem(node);
  const close = node.closeBrace;
  if (!last || !close || !hasLineBreak(text, last.item.span.end, close.start))
    return insertAttribute(call, key, valueText);
  const lineEnd = endOfLine(text, last.item.span.end);
  const indent = /^[ \t]*/.exec(text.slice(lineStartAt(text, last.item.span.start)))?.[0] ?? '  ';
  const paragraph = {
    file: file.path,
    start: lineEnd,
    end: lineEnd,
    newText: `${file.eol}${indent}${key} = ${valueText}${file.eol}`,
  };
  // After a block or a value over several lines (`tags = { … }`), a paragraph of its own.
  if (last.kind === 'block' || spansLines(text, last.item.span.start, last.item.span.end)) return [paragraph];
  const width = Math.max(...runEndingWith(text, node.body.attributes, last.item).map((a) => a.name.length));
  if (key.length > width) return [paragraph];
  return [
    {
      file: file.path,
      start: lineEnd,
      end: lineEnd,
      newText: `${indent}${key.padEnd(width)} = ${valueText}${file.eol}`,
    },
  ];
}

function lastItem(
  block: HclBlock,
): { kind: 'attribute'; item: HclAttribute } | { kind: 'block'; item: HclBlock } | undefined {
  const attribute = [...block.body.attributes].sort((a, b) => b.span.end - a.span.end)[0];
  const nested = [...block.body.blocks].sort((a, b) => b.span.end - a.span.end)[0];
  if (nested && (!attribute || nested.span.end > attribute.span.end)) return { kind: 'block', item: nested };
  return attribute ? { kind: 'attribute', item: attribute } : undefined;
}

/** The one-line arguments on consecutive lines that end with `last` (what fmt aligns together). */
function runEndingWith(
  text: string,
  attributes: readonly HclAttribute[],
  last: HclAttribute,
): HclAttribute[] {
  const sorted = [...attributes].sort((a, b) => a.span.start - b.span.start);
  const run = [last];
  for (let i = sorted.indexOf(last) - 1; i >= 0; i--) {
    const previous = sorted[i];
    const between = text.slice(previous.span.end, run[0].span.start);
    if (
      spansLines(text, previous.span.start, previous.span.end) ||
      (between.match(/\n/g) ?? []).length !== 1 ||
      between.trim() !== ''
    )
      break;
    run.unshift(previous);
  }
  return run;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  return /\n/.test(text.slice(from, to));
}

function spansLines(text: string, start: number, end: number): boolean {
  return /[\r\n]/.test(text.slice(start, end));
}

/** The offset just after the line ending that follows `offset`. */
function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}
