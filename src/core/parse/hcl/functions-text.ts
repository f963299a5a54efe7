import {
  derived,
  firstUnknown,
  numberOf,
  REJECTED,
  textOf,
  type BuiltIn,
  type Result,
} from './function-result';
import { isTuple, type Evaluated, type Known } from './hcl-value';

/**
 * Terraform's string functions that modules use to build a name or a zone (`format("%s-%03d", …)`,
 * `join`, `split`, `replace`), each when every argument is known. A case whose result depends on
 * details this does not model (a regular expression, a verb other than %s %d %v %f %t) is unknown.
 */
export const TEXT_FUNCTIONS: Readonly<Record<string, BuiltIn>> = {
  format,
  join,
  split,
  replace,
  trimspace: (args) => text1(args, (s) => s.trim()),
  substr,
  startswith: (args) => text2(args, (s, prefix) => s.startsWith(prefix)),
  endswith: (args) => text2(args, (s, suffix) => s.endsWith(suffix)),
};

/** One `%…` directive: flags, width, precision and verb. */
const VERB = /%([-+ 0]*)(\d*)(?:\.(\d+))?([a-zA-Z%])/g;

/**
 * `format(spec, args…)` for `%s`, `%d`, `%f`, `%t`, `%v` with flags, width and precision, and `%%`.
 * Too few or too many arguments, or a value the verb cannot take, fail in Terraform.
 */
function format(args: readonly Evaluated[]): Result {
  const [spec, ...rest] = args;
  if (!spec) return undefined;
  const unknown = firstUnknown(args);
  if (unknown) return unknown;
  const values = rest as readonly Known[];
  const template = (spec as Known).value;
  if (typeof template !== 'string') return undefined;
  let out = '';
  let next = 0;
  let last = 0;
  for (const m of template.matchAll(VERB)) {
    const [whole, flags, width, precision, verb] = m;
    const literal = template.slice(last, m.index);
    // A `%` not starting a directive this reads (`%[1]s`) is not modelled.
    if (literal.includes('%')) return undefined;
    out += literal;
    last = m.index + whole.length;
    if (verb === '%') {
      if (flags || width || precision !== undefined) return undefined;
      out += '%';
      continue;
    }
    const arg = values[next++];
    if (!arg) return REJECTED;
    const body = directive(verb, arg.value, precision, flags);
    if (body === 'rejected' || body === 'unsupported') return body === 'rejected' ? REJECTED : undefined;
    out += pad(body, Number(width || 0), flags);
  }
  const tail = template.slice(last);
  if (tail.includes('%')) return undefined;
  if (next < values.length) return REJECTED;
  return derived(
    out + tail,
    args.flatMap((a) => a.origins),
  );
}

function directive(
  verb: string,
  value: Known['value'],
  precision: string | undefined,
  flags: string,
): string | 'unsupported' | 'rejected' {
  switch (verb) {
    case 's':
    case 'v': {
      const text = textOf(value);
      if (text === undefined) return 'unsupported';
      return precision !== undefined && verb === 's' ? text.slice(0, Number(precision)) : text;
    }
    case 'd': {
      const n = numberOf(value);
      if (n === undefined || !Number.isInteger(n)) return 'rejected';
      return signed(String(Math.abs(n)), n < 0, flags);
    }
    case 'f': {
      const n = numberOf(value);
      if (n === undefined) return 'rejected';
      return signed(Math.abs(n).toFixed(precision === undefined ? 6 : Number(precision)), n < 0, flags);
    }
    case 't':
      return typeof value === 'boolean' ? String(value) : 'rejected';
    default:
      return 'unsupported';
  }
}

function signed(digits: string, negative: boolean, flags: string): string {
  return `${negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : ''}${digits}`;
}

/** Width: spaces on the left, on the right with `-`, zeros after the sign with `0`. */
function pad(body: string, width: number, flags: string): string {
  if (body.length >= width) return body;
  if (flags.includes('-')) return body.padEnd(width);
  if (!flags.includes('0')) return body.padStart(width);
  const sign = /^[-+ ]/.test(body) ? body[0] : '';
  return sign + body.slice(sign.length).padStart(width - sign.length, '0');
}

/** `join(sep, list)`: every element must be known text. */
function join(args: readonly Evaluated[]): Result {
  if (args.length !== 2) return undefined;
  const unknown = firstUnknown(args);
  if (unknown) return unknown;
  const [sep, list] = args as readonly Known[];
  if (typeof sep.value !== 'string' || !isTuple(list.value)) return undefined;
  const parts: string[] = [];
  for (const item of list.value.items) {
    if (item.kind === 'unknown') return item;
    const text = textOf(item.value);
    if (text === undefined) return undefined;
    parts.push(text);
  }
  return derived(parts.join(sep.value), [...sep.origins, ...list.origins]);
}

function split(args: readonly Evaluated[]): Result {
  return text2Args(args, (sep, s, origins) =>
    derived({ kind: 'tuple', items: s.split(sep).map((part) => derived(part, origins)) }, origins),
  );
}

/** `replace(s, search, with)` for plain text; a `/regex/` search is not modelled. */
function replace(args: readonly Evaluated[]): Result {
  if (args.length !== 3) return undefined;
  const unknown = firstUnknown(args);
  if (unknown) return unknown;
  const [s, search, by] = (args as readonly Known[]).map((a) => textOf(a.value));
  if (s === undefined || search === undefined || by === undefined) return undefined;
  if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) return undefined;
  return derived(
    s.split(search).join(by),
    args.flatMap((a) => a.origins),
  );
}

/** `substr(s, offset, length)`: a length of -1 is the rest; characters beyond plain text are not counted here. */
function substr(args: readonly Evaluated[]): Result {
  if (args.length !== 3) return undefined;
  const unknown = firstUnknown(args);
  if (unknown) return unknown;
  const [s, offset, length] = args as readonly Known[];
  const text = textOf(s.value);
  const from = numberOf(offset.value);
  const count = numberOf(length.value);
  if (text === undefined || from === undefined || count === undefined || !/^[\x20-\x7e]*$/.test(text))
    return undefined;
  const start = from < 0 ? Math.max(0, text.length + from) : from;
  const end = count < 0 ? text.length : start + count;
  return derived(
    text.slice(start, end),
    args.flatMap((a) => a.origins),
  );
}

function text1(args: readonly Evaluated[], apply: (s: string) => string): Result {
  if (args.length !== 1) return undefined;
  const [arg] = args;
  if (arg.kind === 'unknown') return arg;
  const text = textOf(arg.value);
  return text === undefined ? undefined : derived(apply(text), arg.origins);
}

function text2(args: readonly Evaluated[], test: (s: string, other: string) => boolean): Result {
  return text2Args(args, (first, second, origins) => derived(test(first, second), origins));
}

/** Two text arguments, in the order written. */
function text2Args(
  args: readonly Evaluated[],
  apply: (first: string, second: string, origins: Known['origins']) => Result,
): Result {
  if (args.length !== 2) return undefined;
  const unknown = firstUnknown(args);
  if (unknown) return unknown;
  const [first, second] = (args as readonly Known[]).map((a) => textOf(a.value));
  if (first === undefined || second === undefined) return undefined;
  return apply(
    first,
    second,
    args.flatMap((a) => a.origins),
  );
}
