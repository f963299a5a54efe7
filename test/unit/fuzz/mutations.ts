import fc from 'fast-check';

/** One damage done to a text; positions are fractions so they fit any length the text has by then. */
export type Mutation =
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'flip'; readonly at: number; readonly bit: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'duplicate'; readonly from: number; readonly length: number; readonly at: number };

/**
 * What people (and editors) type that matters to HCL and YAML parsers: brackets, quotes,
 * interpolations, heredocs, anchors, tags, indentation, comments, and text outside ASCII.
 */
const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '"',
  "'",
  '=',
  ':',
  ',',
  '\n',
  '\r\n',
  '  ',
  '\t',
  '#',
  '//',
  '/*',
  '*/',
  '${',
  '%{',
  '<<EOF\n',
  '<<-EOT\n',
  'EOF\n',
  '- ',
  '? ',
  '&a ',
  '*a',
  '!Ref ',
  '!!binary ',
  '|\n',
  '>-\n',
  '---\n',
  '...\n',
  'var.',
  'local.',
  'data.',
  'Ref',
  'PrePaid',
  'PostPaid',
  '0',
  '-1',
  '1e309',
  'true',
  'null',
  '~',
  '# icp-ignore: ICP002 reason="x"',
  '# icp-ignore-file: ICP010',
  'resource "alicloud_instance" "x" {',
  'Type: ALIYUN::ECS::Instance',
  '\u0000',
  '\uFEFF',
  '\u2028',
  '\uD800',
  '\uDC00',
  '中文',
  '😀',
  'é',
  '\\',
  '\\u',
];

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fraction,
    text: fc.oneof(
      fc.constantFrom(...TOKENS),
      fc.string({ unit: fc.constantFrom(...TOKENS), maxLength: 6 }),
      fc.string({ maxLength: 8 }),
    ),
  }),
  fc.record({ kind: fc.constant('flip' as const), at: fraction, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    from: fraction,
    length: fc.integer({ min: 1, max: 200 }),
    at: fraction,
  }),
);

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 4 });

export function mutate(text: string, m: Mutation): string {
  const pos = (f: number) => Math.floor(f * (text.length + 1));
  switch (m.kind) {
    case 'delete': {
      const at = pos(m.at);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'insert': {
      const at = pos(m.at);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'flip': {
      // On the UTF-8 bytes, as a damaged file on disk would be; invalid sequences decode to U+FFFD.
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.length === 0) return text;
      const at = Math.floor(m.at * bytes.length);
      bytes[at] ^= 1 << m.bit;
      return bytes.toString('utf8');
    }
    case 'truncate':
      return text.slice(0, pos(m.at));
    case 'duplicate': {
      const from = pos(m.from);
      const slice = text.slice(from, from + m.length);
      const at = pos(m.at);
      return text.slice(0, at) + slice + text.slice(at);
    }
  }
}

export function mutateAll(text: string, ms: readonly Mutation[]): string {
  return ms.reduce(mutate, text);
}
