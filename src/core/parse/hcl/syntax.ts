import type { Span } from '../../model/location';

/**
 * A plain copy of what a Terraform file says, made from the tree-sitter tree so the tree can be
 * freed (or kept for incremental parsing) independently of the module built from it. Spans are
 * UTF-16 offsets into the file's text.
 */

export type Literal = string | number | boolean | null;

export type TraversalStep =
  | { readonly kind: 'attr'; readonly name: string }
  /** `[0]`, `["key"]`, `[count.index]`; no key for the legacy `.0` form. */
  | { readonly kind: 'index'; readonly key?: Expr }
  | { readonly kind: 'splat' };

interface ExprBase {
  readonly span: Span;
  /** The expression as written. */
  readonly text: string;
}

export type Expr =
  | (ExprBase & { readonly kind: 'literal'; readonly value: Literal; readonly quoted: boolean })
  /** A quoted string or heredoc with interpolations: each part is literal text or an expression. */
  | (ExprBase & { readonly kind: 'template'; readonly parts: readonly (string | Expr)[] })
  /** `var.x`, `local.y`, `alicloud_vswitch.main.id`, `alicloud_instance.web[0].id`. */
  | (ExprBase & {
      readonly kind: 'traversal';
      readonly root: string;
      readonly steps: readonly TraversalStep[];
    })
  | (ExprBase & { readonly kind: 'unary'; readonly op: string; readonly operand: Expr })
  | (ExprBase & { readonly kind: 'binary'; readonly op: string; readonly left: Expr; readonly right: Expr })
  | (ExprBase & {
      readonly kind: 'conditional';
      readonly condition: Expr;
      readonly then: Expr;
      readonly otherwise: Expr;
    })
  /** `lookup(var.m, "k", "d")`; `expandFinal` when the last argument is written `args...`. */
  | (ExprBase & {
      readonly kind: 'call';
      readonly name: string;
      readonly args: readonly Expr[];
      readonly expandFinal: boolean;
    })
  /** Steps after something other than a name: `merge(a, b).key`, `(var.x ? var.a : var.b)[0]`. */
  | (ExprBase & { readonly kind: 'relative'; readonly base: Expr; readonly steps: readonly TraversalStep[] })
  /** `[a, b]`. */
  | (ExprBase & { readonly kind: 'tuple'; readonly items: readonly Expr[] })
  /** `{ a = 1, "b" = 2, (var.k) = 3 }`: a bare identifier key is its own name, as in Terraform. */
  | (ExprBase & {
      readonly kind: 'object';
      readonly entries: readonly { readonly key: Expr; readonly value: Expr }[];
    })
  /**
   * `[for k, v in coll : value if cond]`, `{ for k, v in coll : key => value if cond }`; `grouped`
   * for `value...` (grouping mode).
   */
  | (ExprBase & {
      readonly kind: 'for';
      readonly object: boolean;
      readonly keyName?: string;
      readonly valueName: string;
      readonly collection: Expr;
      readonly key?: Expr;
      readonly value: Expr;
      readonly condition?: Expr;
      readonly grouped: boolean;
    })
  /** Splats on calls, broken input: never evaluated, only searched for references. */
  | (ExprBase & { readonly kind: 'other'; readonly references: readonly Traversal[] });

export type Traversal = Extract<Expr, { kind: 'traversal' }>;

export interface HclAttribute {
  readonly name: string;
  readonly nameSpan: Span;
  readonly expr: Expr;
  /** From the name to the end of the value. */
  readonly span: Span;
}

export interface HclBody {
  readonly attributes: readonly HclAttribute[];
  readonly blocks: readonly HclBlock[];
}

export interface HclBlock {
  /** `resource`, `variable`, `provider`, `locals`, … */
  readonly type: string;
  readonly labels: readonly { readonly value: string; readonly span: Span }[];
  /** From the block type to the end of the last label. */
  readonly header: Span;
  /** The whole block, braces included. */
  readonly span: Span;
  readonly openBrace: Span;
  /** Undefined when the closing brace is missing. */
  readonly closeBrace?: Span;
  readonly body: HclBody;
}

export function attributeOf(body: HclBody, name: string): HclAttribute | undefined {
  return body.attributes.find((a) => a.name === name);
}

/** Every traversal inside an expression (including inside calls and collections). */
export function referencesIn(expr: Expr): Traversal[] {
  switch (expr.kind) {
    case 'traversal':
      return [expr];
    case 'literal':
      return [];
    case 'template':
      return expr.parts.flatMap((p) => (typeof p === 'string' ? [] : referencesIn(p)));
    case 'unary':
      return referencesIn(expr.operand);
    case 'binary':
      return [...referencesIn(expr.left), ...referencesIn(expr.right)];
    case 'conditional':
      return [...referencesIn(expr.condition), ...referencesIn(expr.then), ...referencesIn(expr.otherwise)];
    case 'call':
      return expr.args.flatMap(referencesIn);
    case 'relative':
      return referencesIn(expr.base);
    case 'tuple':
      return expr.items.flatMap(referencesIn);
    case 'object':
      return expr.entries.flatMap((e) => [...referencesIn(e.key), ...referencesIn(e.value)]);
    case 'for':
      return [expr.collection, expr.key, expr.value, expr.condition].flatMap((e) =>
        e ? referencesIn(e) : [],
      );
    case 'other':
      return [...expr.references];
  }
}

/** `alicloud_instance.web.id` → `alicloud_instance.web`; undefined when the traversal names no resource. */
export function resourceAddressOf(t: Traversal): string | undefined {
  const first = t.steps[0];
  if (first?.kind !== 'attr') return undefined;
  return `${t.root}.${first.name}`;
}
