import { isScalar } from 'yaml';
import type { TextEdit } from '../../../model/fix';
import {
  fillEmptyValue,
  insertIntoMap,
  isEmptyValue,
  render,
  replaceSpan,
  type NewEntry,
  type Written,
} from '../edits';
import { pairOf, spanOf } from '../nodes';
import type { RosContext, RosResource } from './context';
import { resolveProperty } from './resolve';

/**
 * Writing a ROS property where its value is defined: the literal on the resource, or the `Default`
 * of the parameter it `Ref`s; a missing property is added to `Properties` (created when absent).
 * A value behind any other intrinsic is not edited (undefined): we would be guessing.
 */

export type Spelling = (current: unknown) => Written;

export function setProperty(
  ctx: RosContext,
  res: RosResource,
  key: string,
  spell: Spelling,
): TextEdit[] | undefined {
  const r = resolveProperty(ctx, res, key);
  if (r.kind === 'unknown') return undefined;
  if (r.kind === 'literal') {
    if (r.derived || !r.edit || !isScalar(r.site) || !r.edit.range) return undefined;
    const span = spanOf(ctx.text, r.edit);
    return [replaceSpan(ctx, span.start, span.end, render(spell(r.site.value), ctx.syntax, r.site))];
  }
  const inserted = insertProperties(ctx, res, [{ key, value: spell(undefined) }]);
  return inserted && [inserted];
}

/** Adds entries to the resource's `Properties`, creating the key when the resource has none. */
function insertProperties(
  ctx: RosContext,
  res: RosResource,
  entries: readonly NewEntry[],
): TextEdit | undefined {
  if (res.properties) return insertIntoMap(ctx, res.properties, entries, ctx.unit);
  const pair = res.propertiesPair ?? pairOf(res.body, 'Properties');
  if (pair) return isEmptyValue(pair.value) ? fillEmptyValue(ctx, pair, entries) : undefined;
  return insertIntoMap(ctx, res.body, [{ key: 'Properties', children: entries }], ctx.unit);
}
