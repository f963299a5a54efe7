import { isScalar, isSeq, type Node } from 'yaml';
import type { Origin } from '../../../model/value';
import { format } from '../../../model/localized';
import { refTarget, type Intrinsic } from '../intrinsics';
import { MESSAGES } from '../messages';
import { asMap, asSeq, deref, pairOf, spanOf, valueOf } from '../nodes';
import { decideCondition } from './conditions';
import type { RosContext } from './context';
import type { Resolved } from './resolve';

type Resolve = (node: Node) => Resolved;

/**
 * The ROS intrinsic functions whose result is known before the stack exists, each when what it
 * needs resolves: `Fn::If` (its condition decided from `Conditions`), `Fn::FindInMap` (its keys
 * known), `Fn::Sub` and `Fn::Join` (every part known), `Fn::Select` (its index and list known). Undefined: not one of these, or Terraform-style
 * "the template would fail" (a missing mapping key): unknown, never guessed. `at` is set by the caller.
 */
export function resolveIntrinsic(
  ctx: RosContext,
  fn: Intrinsic,
  node: Node,
  resolve: Resolve,
): Resolved | undefined {
  const args = asSeq(ctx.doc, fn.arg)?.items as (Node | null)[] | undefined;
  switch (fn.name) {
    case 'Fn::If': {
      const [condition, then, otherwise] = args ?? [];
      const name = deref(ctx.doc, condition);
      if (args?.length !== 3 || !isScalar(name) || typeof name.value !== 'string' || !then || !otherwise)
        return undefined;
      const decided = decideCondition(ctx, name.value, resolve);
      if (!decided) return undefined;
      const branch = resolve(decided.value ? then : otherwise);
      return branch.kind === 'literal'
        ? { ...branch, origins: [...decided.origins, ...branch.origins] }
        : branch;
    }
    case 'Fn::FindInMap':
      return findInMap(ctx, args ?? [], resolve);
    case 'Fn::Sub':
      return sub(ctx, fn, node, resolve);
    case 'Fn::Join': {
      const [delimiter, list] = args ?? [];
      const sep = deref(ctx.doc, delimiter);
      const parts = asSeq(ctx.doc, list)?.items as (Node | null)[] | undefined;
      if (args?.length !== 2 || !isScalar(sep) || typeof sep.value !== 'string' || !parts) return undefined;
      const texts = parts.map((p) => (p ? scalarText(resolve(p)) : undefined));
      if (texts.some((t) => t === undefined)) return undefined;
      return derived(
        ctx,
        node,
        texts.join(sep.value),
        parts.flatMap((p) => (p ? originsOf(resolve(p)) : [])),
      );
    }
    case 'Fn::Select':
      return select(ctx, args ?? [], resolve);
    default:
      return undefined;
  }
}

/**
 * `Fn::Select: [index, list]`: the list written in the template, or a `Ref` to a `Json` list or
 * `CommaDelimitedList` parameter's default; the element keeps its own site, so a fix rewrites it
 * there. An index out of range makes ROS fail: unknown.
 */
function select(ctx: RosContext, args: readonly (Node | null)[], resolve: Resolve): Resolved | undefined {
  const [indexNode, listNode] = args;
  if (args.length !== 2 || !indexNode || !listNode) return undefined;
  const indexText = scalarText(resolve(indexNode));
  if (indexText === undefined || !/^\d+$/.test(indexText.trim())) return undefined;
  const index = Number(indexText);
  const items = asSeq(ctx.doc, listNode)?.items as (Node | null)[] | undefined;
  if (items) {
    const item = items[index];
    if (!item) return undefined;
    const r = resolve(item);
    return r.kind === 'literal' ? r : undefined;
  }
  const list = resolve(listNode);
  // A `Json` parameter whose default is a list.
  if (list.kind === 'literal' && isSeq(list.value)) {
    const item = list.value.items[index] as Node | null | undefined;
    const r = item ? resolve(item) : undefined;
    return r?.kind === 'literal' ? { ...r, origins: [...list.origins, ...r.origins] } : undefined;
  }
  const param = refTarget(ctx.doc, deref(ctx.doc, listNode));
  const type = param === undefined ? undefined : valueOf(ctx.parameters.get(param)?.body, 'Type');
  if (
    list.kind !== 'literal' ||
    typeof list.value !== 'string' ||
    !isScalar(type) ||
    type.value !== 'CommaDelimitedList'
  )
    return undefined;
  const element = list.value.split(',')[index];
  return element === undefined ? undefined : derived(ctx, list.site, element.trim(), list.origins);
}

function findInMap(ctx: RosContext, args: readonly (Node | null)[], resolve: Resolve): Resolved | undefined {
  if (args.length !== 3 || args.some((a) => !a)) return undefined;
  const keys = args.map((a) => scalarText(resolve(a as Node)));
  const [map, top, second] = keys;
  if (map === undefined || top === undefined || second === undefined) return undefined;
  const mappings = asMap(ctx.doc, valueOf(asMap(ctx.doc, ctx.doc.contents), 'Mappings'));
  const entry = pairOf(
    asMap(ctx.doc, pairOf(asMap(ctx.doc, pairOf(mappings, map)?.value), top)?.value),
    second,
  )?.value;
  if (!entry) return undefined;
  const r = resolve(entry);
  if (r.kind !== 'literal') return undefined;
  const origin: Origin = {
    at: { file: ctx.file, ...spanOf(ctx.text, entry) },
    label: format(MESSAGES.mappingEntry, { path: `${map}.${top}.${second}` }),
  };
  return { ...r, origins: [...args.flatMap((a) => originsOf(resolve(a as Node))), origin, ...r.origins] };
}

/** `Fn::Sub: "text ${Name}"` or `[text, { Name: value }]`: names from the map, else parameters; `${!X}` is literal `${X}`. */
function sub(ctx: RosContext, fn: Intrinsic, node: Node, resolve: Resolve): Resolved | undefined {
  const arg = deref(ctx.doc, fn.arg);
  const list = isSeq(arg) ? (arg.items as (Node | null)[]) : undefined;
  const template = deref(ctx.doc, list ? list[0] : arg);
  const variables = list ? asMap(ctx.doc, list[1]) : undefined;
  if (
    !isScalar(template) ||
    typeof template.value !== 'string' ||
    (list && (list.length > 2 || (list.length === 2 && !variables)))
  )
    return undefined;
  const origins: Origin[] = [];
  let failed = false;
  const text = template.value.replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
    if (name.startsWith('!')) return `\${${name.slice(1)}}`;
    const own = valueOf(variables, name);
    const r = own ? resolve(own) : parameter(ctx, name, resolve);
    const value = r && scalarText(r);
    if (value === undefined) {
      failed = true;
      return whole;
    }
    origins.push(...originsOf(r));
    return value;
  });
  return failed ? undefined : derived(ctx, node, text, origins);
}

/** `${Name}` in `Fn::Sub` names a parameter as `Ref` does; pseudo parameters and attributes are not known. */
function parameter(ctx: RosContext, name: string, resolve: Resolve): Resolved | undefined {
  const param = ctx.parameters.get(name);
  const def = param?.defaultNode;
  if (!def) return undefined;
  const r = resolve(def);
  if (r.kind !== 'literal') return undefined;
  return {
    ...r,
    origins: [
      {
        at: { file: ctx.file, ...spanOf(ctx.text, def) },
        label: format(MESSAGES.parameterDefault, { name }),
      },
    ],
  };
}

function scalarText(r: Resolved | undefined): string | undefined {
  if (r?.kind !== 'literal') return undefined;
  const v = r.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

function originsOf(r: Resolved | undefined): readonly Origin[] {
  return r && r.kind !== 'omitted' ? (r.origins ?? []) : [];
}

/** A value computed from parts: its site is the expression, which no fix rewrites. */
function derived(ctx: RosContext, node: Node, value: string, origins: readonly Origin[]): Resolved {
  return { kind: 'literal', value, site: node, at: spanOf(ctx.text, node), origins, derived: true };
}
