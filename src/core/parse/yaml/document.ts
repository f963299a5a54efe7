import { Composer, Parser, visit, type Document } from 'yaml';
import type { Span } from '../../model/location';

/** What the YAML/JSON text yields before anyone looks at its meaning. */
export interface ParsedText {
  /** The first document; undefined only when the parser itself failed. */
  readonly doc?: Document.Parsed;
  /** `#` comments (none in JSON, whose `#` can only sit inside strings). */
  readonly comments: readonly Span[];
  readonly errors: readonly YamlError[];
  /** `[` and `{` that are never closed (found only when there are errors), where a reader looks first. */
  readonly unclosed: readonly { readonly at: Span; readonly closer: ']' | '}' }[];
  /** Aliases expand beyond `MAX_ALIAS_COUNT`: the document must not be walked. */
  readonly aliasBomb: boolean;
  /** The parser threw (should not happen; kept so bad input never throws out of the core). */
  readonly crash?: string;
}

/** One error of the `yaml` parser: its code (`BAD_INDENT`, …) names the kind of mistake. */
export interface YamlError {
  readonly span: Span;
  readonly code: string;
  readonly message: string;
}

/** The same bound `yaml` uses by default for `toJS`: enough for real templates, far below a billion laughs. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Parses with `yaml`'s Parser + Composer so the CST (for comment positions) and the Document come from
 * one pass. `uniqueKeys: false` because the library's check is quadratic in the number of keys (a
 * 100 000-resource template took minutes); the walkers report duplicate keys of the maps they read.
 * `logLevel: 'error'`: the library would otherwise print process warnings (collection keys) into
 * the CLI's stderr and the extension host's console; problems reach the user as ICP000 instead.
 */
export function parseText(text: string): ParsedText {
  try {
    const tokens = Array.from(new Parser().parse(text));
    const composer = new Composer({
      keepSourceTokens: true,
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      logLevel: 'error',
    });
    const docs = Array.from(composer.compose(tokens, true, text.length));
    const doc = docs[0];
    const clamp = (n: number) => Math.max(0, Math.min(n, text.length));
    const errors = docs
      .flatMap((d) => d.errors)
      .map((e) => ({
        span: { start: clamp(e.pos[0]), end: clamp(Math.max(e.pos[0], e.pos[1])) },
        code: e.code,
        message: firstLine(e.message),
      }));
    // A comment token starts with `#` and an alias with `*`: text without them has none to look for.
    const scan =
      text.includes('#') || errors.length > 0 ? scanTokens(tokens) : { comments: [], unclosed: [] };
    const comments = text.includes('#') ? scan.comments : [];
    const unclosed = errors.length > 0 ? scan.unclosed : [];
    const aliasBomb = doc !== undefined && text.includes('*') && hasAliasBomb(doc);
    return { doc, comments, errors, unclosed, aliasBomb };
  } catch (e) {
    return {
      comments: [],
      errors: [],
      unclosed: [],
      aliasBomb: false,
      crash: e instanceof Error ? e.message : String(e),
    };
  }
}

function firstLine(message: string): string {
  return message.split(/\r?\n/)[0].trim();
}

/** Expands aliases the way `toJS` does, with its counter, only when the document has any. */
function hasAliasBomb(doc: Document.Parsed): boolean {
  let aliases = false;
  visit(doc, {
    Alias() {
      aliases = true;
      return visit.BREAK;
    },
  });
  if (!aliases) return false;
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return false;
  } catch (e) {
    return e instanceof Error && /excessive alias/i.test(e.message);
  }
}

/**
 * Every comment token in the CST and every flow collection left open, found with an explicit stack
 * so deep nesting cannot overflow.
 */
function scanTokens(tokens: readonly unknown[]): {
  comments: Span[];
  unclosed: { at: Span; closer: ']' | '}' }[];
} {
  const found: Span[] = [];
  const unclosed: { at: Span; closer: ']' | '}' }[] = [];
  const stack: unknown[] = [...tokens];
  while (stack.length > 0) {
    const t = stack.pop();
    if (Array.isArray(t)) {
      for (const x of t) if (x !== null && typeof x === 'object') stack.push(x);
      continue;
    }
    if (t === null || typeof t !== 'object') continue;
    const token = t as Record<string, unknown>;
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      found.push({ start: token.offset, end: token.offset + token.source.length });
      continue;
    }
    if (token.type === 'flow-collection') {
      const open = token.start as { offset?: number; source?: string } | undefined;
      const closer = open?.source === '[' ? ']' : open?.source === '{' ? '}' : undefined;
      const end = Array.isArray(token.end) ? (token.end as { source?: string }[]) : [];
      if (closer && typeof open?.offset === 'number' && !end.some((t) => t.source === closer))
        unclosed.push({ at: { start: open.offset, end: open.offset + 1 }, closer });
    }
    for (const key of ['start', 'key', 'sep', 'value', 'end', 'items', 'props']) {
      const v = token[key];
      if (v !== null && typeof v === 'object') stack.push(v);
    }
  }
  return {
    comments: found.sort((a, b) => a.start - b.start),
    unclosed: unclosed.sort((a, b) => a.at.start - b.at.start),
  };
}
