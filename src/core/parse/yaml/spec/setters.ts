import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { Setters } from '../../../model/instance';
import type { TextEdit } from '../../../model/fix';
import { insertIntoMap, render, replaceSpan, type EditContext, type Written } from '../edits';
import { isAliased, keySpan, pairOf, spanOf } from '../nodes';

/**
 * Fixes in an instance spec: the field's value is replaced where it is written, or the field is added
 * to the entry. Spellings are the spec's own (`billing: subscription`, `period: 3`).
 */
export function specSetters(ctx: EditContext, doc: Document, entry: YAMLMap): Setters {
  const current = (key: string): unknown => {
    const v = pairOf(entry, key)?.value as { value?: unknown } | null | undefined;
    return v?.value;
  };
  const setField = (key: string, value: Written): TextEdit[] | undefined => {
    const pair = pairOf(entry, key);
    const node = pair?.value as Node | null | undefined;
    // An alias is replaced by a literal (its anchor stays); an anchor other aliases use is not edited.
    if (node && isAliased(doc, node)) return undefined;
    if (node?.range) {
      const span = spanOf(ctx.text, node);
      return [replaceSpan(ctx, span.start, span.end, render(value, ctx.syntax, node))];
    }
    if (pair) return undefined;
    const inserted = insertIntoMap(ctx, entry, [{ key, value }], ctx.unit);
    return inserted && [inserted];
  };
  return {
    region(regionId) {
      if (pairOf(entry, 'region')) return setField('region', regionId);
      const zone = pairOf(entry, 'zone') as Pair<Node, Node | null> | undefined;
      const key = zone ? keySpan(ctx.text, zone) : undefined;
      if (zone && key && zone.value?.range) {
        const keyName = ctx.syntax === 'json' ? '"region"' : 'region';
        return [
          replaceSpan(ctx, key.start, zone.value.range[1], `${keyName}: ${render(regionId, ctx.syntax)}`),
        ];
      }
      return setField('region', regionId);
    },
    chargeType: () => setField('billing', 'subscription'),
    noSpot: () => (current('billing') === 'spot' ? setField('billing', 'subscription') : undefined),
    periodMonths(months) {
      const period = setField('period', months);
      const unit = current('periodUnit');
      if (!period || unit === undefined || unit === 'month') return period;
      const fix = setField('periodUnit', 'month');
      return fix ? [...period, ...fix] : undefined;
    },
    publicBandwidth: (mbps) => setField('publicBandwidthMbps', mbps),
    autoRenew: () => setField('autoRenew', true),
    status: () => setField('status', 'running'),
  };
}
