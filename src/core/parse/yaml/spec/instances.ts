import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { regionOfZone } from '../../../domain/regions';
import type { ChargeType, Instance, PeriodUnit, Product, RunStatus, Website } from '../../../model/instance';
import { loc, type Location, type Span } from '../../../model/location';
import { format } from '../../../model/localized';
import { known, omitted, unknown, type Known, type Value } from '../../../model/value';
import { InstanceSpecSchema, SPEC_KIND, WebsiteSchema } from '../../../spec/schema';
import type { ParseProblem } from '../../types';
import type { EditContext } from '../edits';
import { MESSAGES } from '../messages';
import { asMap, deref, duplicateKeys, keySpan, keyText, pairOf, pairSpan, spanOf } from '../nodes';
import { validField, type EntryKey } from './fields';
import { plainlyValid, plainObject, WEBSITE_KEYS } from './plain-valid';
import { specProblems } from './problems';
import { specSetters } from './setters';

/**
 * An instance spec → problems (the whole file against the zod schema, each at its field) and
 * instances: every entry with a valid `product` becomes one, built field by field so that one bad
 * field does not hide the others.
 */
export function specInstances(
  ctx: EditContext,
  doc: Document,
): { instances: Instance[]; problems: ParseProblem[] } {
  const problems: ParseProblem[] = [];
  const websiteVerdicts = new Map<YAMLMap, boolean>();
  if (!plainlyValid(doc, websiteVerdicts)) {
    let js: unknown;
    try {
      js = doc.toJS({ maxAliasCount: 100 });
    } catch {
      js = undefined;
    }
    const result = InstanceSpecSchema.safeParse(js ?? {});
    if (!result.success) problems.push(...specProblems(ctx, doc, result.error.issues));
  }

  const root = asMap(doc, doc.contents);
  const entries = asMap(doc, pairOf(root, 'instances')?.value);
  const instances: Instance[] = [];
  if (!entries) return { instances, problems };
  for (const dup of duplicateKeys(entries)) {
    const span = keySpan(ctx.text, dup);
    if (span)
      problems.push({
        at: loc(ctx.file, span.start, span.end),
        message: format(MESSAGES.duplicateKey, { key: keyText(dup) ?? '' }),
      });
  }
  for (const item of entries.items) {
    const instance = specInstance(ctx, doc, item as Pair<Node, Node | null>, websiteVerdicts);
    if (instance) instances.push(instance);
  }
  return { instances, problems };
}

function specInstance(
  ctx: EditContext,
  doc: Document,
  pair: Pair<Node, Node | null>,
  websiteVerdicts: Map<YAMLMap, boolean>,
): Instance | undefined {
  const name = keyText(pair);
  const entry = asMap(doc, pair.value);
  const headerSpan = keySpan(ctx.text, pair);
  const extentSpan = pairSpan(ctx.text, pair);
  if (name === undefined || !entry || !headerSpan || !extentSpan) return undefined;
  const header = loc(ctx.file, headerSpan.start, headerSpan.end);
  const at = (s: Span): Location => loc(ctx.file, s.start, s.end);

  // The first pair of each key (what `pairOf` finds), read once rather than once per field.
  const firstPairs = new Map<string, Pair>();
  for (const item of entry.items) {
    const key = keyText(item as Pair);
    if (key !== undefined && !firstPairs.has(key)) firstPairs.set(key, item as Pair);
  }

  /** A field that validates against its own schema; otherwise (already an ICP000) left out. */
  const field = <T>(key: EntryKey, fallback?: T): Known<T> | undefined => {
    const node = deref(doc, firstPairs.get(key)?.value);
    if (!node || (isScalar(node) && node.value === null))
      return fallback === undefined ? undefined : omitted(fallback, header);
    const parsed = validField(key, isScalar(node) ? node.value : node.toJS(doc));
    if (!parsed.success || parsed.data === undefined) return undefined;
    return known(parsed.data as T, at(spanOf(ctx.text, node)));
  };

  const product = field<Product>('product');
  if (!product) return undefined;
  const billing = field<ChargeType>('billing');
  const amount = field<{ amount: number; currency: 'CNY' | 'USD' }>('order');

  return {
    format: 'spec',
    type: SPEC_KIND,
    name,
    product: product.value,
    file: ctx.file,
    header,
    extent: at(extentSpan),
    region: regionOf(ctx, doc, entry, field<string>('region')),
    chargeType: billing,
    // A subscription without a period is 1 month (docs/contract.md, ICP003).
    period: field<number>('period', billing?.value === 'subscription' ? 1 : undefined),
    periodUnit: field<PeriodUnit>('periodUnit', 'month'),
    autoRenew: field<boolean>('autoRenew', false),
    expiresOn: field<string>('expiresOn'),
    status: field<RunStatus>('status', 'running'),
    publicBandwidthMbps: field<number>('publicBandwidthMbps', 0),
    eipDeclared: field<boolean>('eip', false),
    eipAssociations: [],
    websites: websitesOf(ctx, doc, entry, websiteVerdicts),
    order: amount ? orderOf(ctx, doc, entry, amount) : undefined,
    setters: specSetters(ctx, doc, entry),
  };
}

/** `region`, else the region of `zone` (unknown when the zone matches no known region). */
function regionOf(
  ctx: EditContext,
  doc: Document,
  entry: YAMLMap,
  region: Known<string> | undefined,
): Value<string> | undefined {
  if (region) return region;
  const zone = deref(doc, pairOf(entry, 'zone')?.value);
  if (!isScalar(zone) || typeof zone.value !== 'string' || zone.value === '') return undefined;
  const span = spanOf(ctx.text, zone);
  const where = loc(ctx.file, span.start, span.end);
  const fromZone = regionOfZone(zone.value);
  return fromZone ? known(fromZone, where) : unknown(zone.value, where);
}

function orderOf(
  ctx: EditContext,
  doc: Document,
  entry: YAMLMap,
  order: Known<{ amount: number; currency: 'CNY' | 'USD' }>,
): Instance['order'] {
  const map = asMap(doc, pairOf(entry, 'order')?.value);
  const spanOfKey = (key: string): Location => {
    const node = deref(doc, pairOf(map, key)?.value);
    const s = node?.range ? spanOf(ctx.text, node) : order.at;
    return loc(ctx.file, s.start, s.end);
  };
  return {
    amount: known(order.value.amount, spanOfKey('amount')),
    currency: known(order.value.currency, spanOfKey('currency')),
  };
}

function websitesOf(
  ctx: EditContext,
  doc: Document,
  entry: YAMLMap,
  verdicts: Map<YAMLMap, boolean>,
): Website[] {
  const list = deref(doc, pairOf(entry, 'websites')?.value);
  if (!isSeq(list)) return [];
  const websites: Website[] = [];
  for (const item of list.items) {
    const node = deref(doc, item);
    if (!isMap(node) || !node.range || !validWebsite(doc, node, verdicts)) continue;
    const valueAt = (key: string): Known<string> | undefined => {
      const v = deref(doc, pairOf(node, key)?.value);
      if (!isScalar(v) || typeof v.value !== 'string') return undefined;
      const s = spanOf(ctx.text, v);
      return known(v.value, loc(ctx.file, s.start, s.end));
    };
    const domain = valueAt('domain');
    if (!domain) continue;
    const s = spanOf(ctx.text, node);
    websites.push({ domain, serviceNumber: valueAt('serviceNumber'), at: loc(ctx.file, s.start, s.end) });
  }
  return websites;
}

/** A website entry against its schema, asked once per entry (the whole-file check may have asked already). */
function validWebsite(doc: Document, site: YAMLMap, verdicts: Map<YAMLMap, boolean>): boolean {
  let ok = verdicts.get(site);
  if (ok === undefined) {
    ok = WebsiteSchema.safeParse(plainObject(site, WEBSITE_KEYS) ?? site.toJS(doc)).success;
    verdicts.set(site, ok);
  }
  return ok;
}
