import { isMap, isScalar, type Document, type Node, type Pair } from 'yaml';
import { asScalar, asSeq, deref, keyText } from './nodes';

/**
 * ROS intrinsic functions in either spelling: the long form (`{Ref: X}`, `{'Fn::GetAtt': [X, Y]}`) or a
 * YAML short tag (`!Ref X`, `!GetAtt X.Y`). Short tags are left unresolved by `yaml` (a warning we
 * drop), so the node keeps its tag and its content is the argument, exactly as in the long form.
 */
export interface Intrinsic {
  /** Long-form name: `Ref`, `Condition`, `Fn::GetAtt`, `Fn::Sub`, … (any unknown tag maps to `Fn::<Tag>`). */
  readonly name: string;
  readonly arg: Node | null;
}

const UNTAGGED = new Set(['Ref', 'Condition']);

export function intrinsicOf(doc: Document, node: unknown): Intrinsic | undefined {
  const n = deref(doc, node);
  if (!n) return undefined;
  const tag = n.tag;
  if (typeof tag === 'string' && tag.startsWith('!') && !tag.startsWith('!!') && tag.length > 1) {
    const bare = tag.slice(1);
    return { name: UNTAGGED.has(bare) ? bare : `Fn::${bare}`, arg: n };
  }
  if (isMap(n) && n.items.length === 1) {
    const key = keyText(n.items[0] as Pair);
    if (key !== undefined && (key === 'Ref' || key.startsWith('Fn::')))
      return { name: key, arg: (n.items[0].value as Node | null) ?? null };
  }
  return undefined;
}

/** `Ref: X` / `!Ref X` → X. */
export function refTarget(doc: Document, node: unknown): string | undefined {
  const fn = intrinsicOf(doc, node);
  if (fn?.name !== 'Ref') return undefined;
  const s = asScalar(doc, fn.arg);
  return s && typeof s.value === 'string' ? s.value : undefined;
}

/** `Fn::GetAtt: [X, Attr]`, `Fn::GetAtt: X.Attr`, `!GetAtt X.Attr` → [X, Attr]. */
export function getAttTarget(doc: Document, node: unknown): [string, string] | undefined {
  const fn = intrinsicOf(doc, node);
  if (fn?.name !== 'Fn::GetAtt') return undefined;
  const arg = deref(doc, fn.arg);
  if (isScalar(arg) && typeof arg.value === 'string') {
    const dot = arg.value.indexOf('.');
    return dot > 0 ? [arg.value.slice(0, dot), arg.value.slice(dot + 1)] : undefined;
  }
  const seq = asSeq(doc, arg);
  const [a, b] = [asScalar(doc, seq?.items[0]), asScalar(doc, seq?.items[1])];
  return a && b && typeof a.value === 'string' && typeof b.value === 'string'
    ? [a.value, b.value]
    : undefined;
}

/**
 * The logical ID of the instance an `InstanceId`-like value names: `Ref: X`, `Fn::GetAtt: [X, InstanceId]`,
 * or one member of a group, `Fn::Select: [i, Fn::GetAtt: [Group, InstanceIds]]`.
 */
export function referencedInstance(doc: Document, node: unknown): string | undefined {
  const ref = refTarget(doc, node);
  if (ref !== undefined) return ref;
  const att = getAttTarget(doc, node);
  if (att) return att[1] === 'InstanceId' ? att[0] : undefined;
  const fn = intrinsicOf(doc, node);
  if (fn?.name === 'Fn::Select') {
    const list = asSeq(doc, fn.arg)?.items[1];
    const inner = getAttTarget(doc, list);
    if (inner && inner[1] === 'InstanceIds') return inner[0];
  }
  return undefined;
}
