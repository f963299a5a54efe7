import assert from 'node:assert/strict';
import { evaluate } from '../../../../src/core/parse/hcl/evaluate';
import { isLiteral, type Evaluated, type HclValue } from '../../../../src/core/parse/hcl/hcl-value';
import { buildModule } from '../../../../src/core/parse/hcl/module';
import { parseHclFile } from '../../../../src/core/parse/hcl/parse-file';
import { attributeOf } from '../../../../src/core/parse/hcl/syntax';
import { ready } from './helpers';

/**
 * The Terraform evaluator, function by function: each row is an expression written in a module
 * that declares the variables and locals below, and what it evaluates to. `?expr` means unknown,
 * quoting `expr` (what ICP012 would show); a known value is shown as JSON, collections as arrays
 * and objects. Unknown is never turned into a guess.
 */

const DECLARATIONS = `variable "sizes" {
  default = { web = "PrePaid", db = "PostPaid" }
}
variable "zones" {
  default = ["cn-hangzhou-h", "cn-hangzhou-i", "cn-hangzhou-j"]
}
variable "env" {
  default = "Prod"
}
variable "months" {
  default = 3
}
variable "public" {
  default = true
}
variable "empty" {
  default = ""
}
variable "nothing" {
  default = null
}
variable "unset" {}
variable "ecs" {
  type = object({
    charge    = optional(string, "PostPaid")
    bandwidth = optional(number, 5)
    name      = optional(string)
    disk      = optional(object({ category = optional(string, "cloud_essd"), size = number }), { size = 40 })
    zone      = string
  })
  default = { zone = "cn-hangzhou-h", bandwidth = null, extra = 1 }
}
variable "nodes" {
  type    = list(object({ charge = optional(string, "PrePaid") }))
  default = [{}, { charge = "PostPaid" }]
}
variable "by_name" {
  type    = map(object({ period = optional(number, 3) }))
  default = { web = {} }
}
variable "incomplete" {
  type    = object({ zone = string, charge = optional(string, "PrePaid") })
  default = {}
}
variable "loose" {
  type    = any
  default = { charge = "PostPaid" }
}
locals {
  partial = { known = "PrePaid", later = data.alicloud_config.current.charge }
  list    = ["a", data.alicloud_config.current.name]
  nested  = { web = { billing = "PrePaid", months = 12 } }
}
`;

function show(value: HclValue): unknown {
  if (isLiteral(value)) return value;
  if (value.kind === 'tuple') return value.items.map(render);
  return Object.fromEntries([...value.entries].map(([k, v]) => [k, render(v)]));
}

function render(e: Evaluated): unknown {
  return e.kind === 'unknown' ? `?${e.expression}` : show(e.value);
}

function evaluateAll(expressions: readonly string[]): {
  results: unknown[];
  evaluated: Evaluated[];
  text: string;
} {
  const body = expressions.map((e, i) => `  x${i} = ${e}\n`).join('');
  const text = `${DECLARATIONS}locals {\n${body}}\n`;
  const file = parseHclFile({ path: 'main.tf', text });
  try {
    const module = buildModule([file]);
    const locals = file.body.blocks.filter((b) => b.type === 'locals').pop();
    assert.ok(locals);
    const evaluated = expressions.map((_, i) => {
      const attribute = attributeOf(locals.body, `x${i}`);
      assert.ok(attribute, `x${i} did not parse`);
      return evaluate(attribute.expr, file, module);
    });
    return { results: evaluated.map(render), evaluated, text };
  } finally {
    file.tree?.delete();
  }
}

type Row = readonly [expression: string, expected: unknown];

function table(title: string, rows: readonly Row[]): void {
  it(title, () => {
    const { results } = evaluateAll(rows.map((r) => r[0]));
    assert.deepEqual(
      rows.map((r, i) => [r[0], results[i]]),
      rows.map((r) => [r[0], r[1]]),
    );
  });
}

describe('hcl: the expression evaluator', () => {
  before(ready);

  table('literals, variables and locals', [
    ['"PrePaid"', 'PrePaid'],
    ['3', 3],
    ['true', true],
    ['null', null],
    ['var.env', 'Prod'],
    ['var.unset', '?var.unset'],
    ['var.undeclared', '?var.undeclared'],
    ['local.nested', { web: { billing: 'PrePaid', months: 12 } }],
    ['data.alicloud_config.current.charge', '?data.alicloud_config.current.charge'],
    ['module.net.bandwidth', '?module.net.bandwidth'],
    ['count.index', '?count.index'],
    ['each.value', '?each.value'],
  ]);

  table('templates: a lone interpolation is the value itself', [
    ['"${var.env}"', 'Prod'],
    ['"${var.months}"', 3],
    ['"${var.public}"', true],
    ['"${var.sizes}"', { web: 'PrePaid', db: 'PostPaid' }],
    ['"${var.unset}"', '?var.unset'],
    ['"Pre${"Paid"}"', 'PrePaid'],
    ['"${var.env}-${var.months}"', 'Prod-3'],
    ['"${var.env}-${var.unset}"', '?var.unset'],
    ['"x${var.nothing}"', '?"x${var.nothing}"'],
    ['"x${var.zones}"', '?"x${var.zones}"'],
  ]);

  table('collections and indexing: m.key, m["key"], l[0]', [
    ['{ a = 1, "b" = 2 }', { a: 1, b: 2 }],
    ['[1, "two"]', [1, 'two']],
    ['var.sizes.web', 'PrePaid'],
    ['var.sizes["db"]', 'PostPaid'],
    ['var.sizes[var.unset]', '?var.unset'],
    ['var.sizes["cache"]', '?var.sizes["cache"]'],
    ['var.zones[1]', 'cn-hangzhou-i'],
    ['var.zones["1"]', 'cn-hangzhou-i'],
    ['var.zones[3]', '?var.zones[3]'],
    ['var.zones[count.index]', '?count.index'],
    ['var.zones[*]', '?var.zones[*]'],
    ['local.nested.web.billing', 'PrePaid'],
    ['local.nested["web"].months', 12],
    ['local.partial.known', 'PrePaid'],
    ['local.partial.later', '?data.alicloud_config.current.charge'],
    ['{ (var.env) = 1 }', { Prod: 1 }],
    ['{ (var.unset) = 1 }', '?(var.unset)'],
  ]);

  table('lookup(map, key, default)', [
    ['lookup(var.sizes, "web")', 'PrePaid'],
    ['lookup(var.sizes, "cache", "PostPaid")', 'PostPaid'],
    ['lookup(var.sizes, "cache")', '?lookup(var.sizes, "cache")'],
    ['lookup(var.unset, "web", "PrePaid")', '?var.unset'],
    ['lookup(var.sizes, var.unset, "PrePaid")', '?var.unset'],
    ['lookup(local.partial, "known")', 'PrePaid'],
    ['lookup(local.partial, "later", "x")', '?data.alicloud_config.current.charge'],
    ['lookup(var.zones, "0")', '?lookup(var.zones, "0")'],
  ]);

  table('merge', [
    ['merge(var.sizes, { web = "PostPaid" })', { web: 'PostPaid', db: 'PostPaid' }],
    ['merge(var.sizes, null, { cache = 1 })', { web: 'PrePaid', db: 'PostPaid', cache: 1 }],
    ['merge(var.sizes, { cache = 1 }).cache', 1],
    ['merge(var.sizes, { cache = 1 })["web"]', 'PrePaid'],
    ['merge(var.sizes, { cache = 1 }).nothing', '?merge(var.sizes, { cache = 1 }).nothing'],
    ['merge(var.sizes, var.unset)', '?var.unset'],
    ['merge(var.sizes, var.zones)', '?merge(var.sizes, var.zones)'],
  ]);

  table('coalesce: the first that is neither null nor ""', [
    ['coalesce(var.empty, var.nothing, "PrePaid", "PostPaid")', 'PrePaid'],
    ['coalesce(var.env, var.unset)', 'Prod'],
    ['coalesce(var.unset, "PrePaid")', '?var.unset'],
    ['coalesce(var.empty, var.nothing)', '?coalesce(var.empty, var.nothing)'],
  ]);

  table('lower / upper', [
    ['lower("PrePaid")', 'prepaid'],
    ['upper(var.env)', 'PROD'],
    ['lower(3)', '3'],
    ['lower(var.unset)', '?var.unset'],
    ['lower(var.zones)', '?lower(var.zones)'],
  ]);

  table('tostring / tonumber', [
    ['tostring(3)', '3'],
    ['tostring(true)', 'true'],
    ['tostring("a")', 'a'],
    ['tonumber("12")', 12],
    ['tonumber(var.months)', 3],
    ['tonumber("twelve")', '?tonumber("twelve")'],
    ['tonumber(var.unset)', '?var.unset'],
  ]);

  table('element (wraps around), concat, length', [
    ['element(var.zones, 0)', 'cn-hangzhou-h'],
    ['element(var.zones, 4)', 'cn-hangzhou-i'],
    ['element(var.zones, -1)', '?element(var.zones, -1)'],
    ['element([], 0)', '?element([], 0)'],
    ['element(var.zones, count.index)', '?count.index'],
    ['concat(["a"], ["b", "c"])', ['a', 'b', 'c']],
    ['concat(["a"], var.unset)', '?var.unset'],
    ['element(concat(["a"], local.list), 2)', '?data.alicloud_config.current.name'],
    ['concat(["a"], var.zones)[1]', 'cn-hangzhou-h'],
    ['(var.public ? var.zones : [])[0]', 'cn-hangzhou-h'],
    ['length(var.zones)', 3],
    ['length(var.sizes)', 2],
    ['length("abc")', 3],
    ['length(local.list)', 2],
    ['length(var.unset)', '?var.unset'],
  ]);

  table('contains', [
    ['contains(var.zones, "cn-hangzhou-i")', true],
    ['contains(var.zones, "cn-beijing-a")', false],
    ['contains(local.list, "a")', true],
    ['contains(local.list, "b")', '?contains(local.list, "b")'],
    ['contains(var.unset, "a")', '?var.unset'],
  ]);

  table('operators and conditionals', [
    ['var.env == "Prod" ? "PrePaid" : "PostPaid"', 'PrePaid'],
    ['var.env != "Prod" ? "PrePaid" : "PostPaid"', 'PostPaid'],
    ['var.public && var.env == "Prod"', true],
    ['!var.public || false', false],
    ['var.months >= 3 ? 1 : 0', 1],
    ['var.unset == "Prod" ? "PrePaid" : "PostPaid"', '?var.unset'],
    ['var.public ? var.sizes.web : var.unset', 'PrePaid'],
    ['contains(var.zones, "cn-hangzhou-h") ? "yes" : "no"', 'yes'],
    ['length(var.zones) > 2 && lookup(var.sizes, "web") == "PrePaid"', true],
    ['var.zones == ["cn-hangzhou-h", "cn-hangzhou-i", "cn-hangzhou-j"]', true],
    ['local.list == ["a", "b"]', '?local.list == ["a", "b"]'],
    ['local.list == ["b", "b"]', false],
    ['var.public && "yes"', '?var.public && "yes"'],
    ['var.env == "Dev" ? "PostPaid" : var.months > 1 ? "PrePaid" : "PostPaid"', 'PrePaid'],
    ['var.env == "Dev" ? 1 : var.env == "Test" ? 2 : var.env == "Prod" ? 3 : 4', 3],
    ['var.env == "Dev" ? 1 : var.unset == "x" ? 2 : 3', '?var.unset'],
    ['(var.months + 1) * 2 - 5 % 3', 6],
  ]);

  table("a variable's type: optional(type, default) fills in what its value leaves out", [
    ['var.ecs.charge', 'PostPaid'],
    ['var.ecs.bandwidth', 5],
    ['var.ecs.name', null],
    ['var.ecs.zone', 'cn-hangzhou-h'],
    ['var.ecs.disk', { category: 'cloud_essd', size: 40 }],
    ['var.ecs.extra', '?var.ecs.extra'],
    ['var.nodes[0].charge', 'PrePaid'],
    ['var.nodes[1].charge', 'PostPaid'],
    ['var.by_name.web.period', 3],
    ['var.incomplete.charge', 'PrePaid'],
    ['var.incomplete.zone', '?var.incomplete.zone'],
    ['var.loose', { charge: 'PostPaid' }],
  ]);

  it('a value filled in from the type points at that default, so a fix can rewrite it there', () => {
    const { evaluated, text } = evaluateAll(['var.ecs.charge', 'var.by_name.web.period']);
    const sites = evaluated.map((e) =>
      e.kind === 'known' && e.site ? text.slice(e.site.span.start, e.site.span.end) : undefined,
    );
    assert.deepEqual(sites, ['"PostPaid"', '3']);
    assert.deepEqual(
      evaluated[0].origins.map((o) => [o.label.en, o.label['zh-cn'], text.slice(o.at.start, o.at.end)]),
      [
        [
          'default of variable "ecs"',
          '变量 "ecs" 的默认值',
          '{ zone = "cn-hangzhou-h", bandwidth = null, extra = 1 }',
        ],
        [
          'default of attribute "charge" in the type of variable "ecs"',
          '变量 "ecs" 类型中属性 "charge" 的默认值',
          '"PostPaid"',
        ],
      ],
    );
  });

  table('format: %s, %d (width, zero padding), %v, %%; anything else unknown', [
    ['format("%s-%03d", var.env, 7)', 'Prod-007'],
    ['format("%d months", var.months)', '3 months'],
    ['format("%v/%v", var.public, "x")', 'true/x'],
    ['format("100%%")', '100%'],
    ['format("%5s|%-4d|", "ab", 7)', '   ab|7   |'],
    ['format("%s", var.unset)', '?var.unset'],
    ['format("%s %s", var.env)', '?format("%s %s", var.env)'],
    ['format("%d", "x")', '?format("%d", "x")'],
    ['format("%q", var.env)', '?format("%q", var.env)'],
    ['format("%s", var.zones)', '?format("%s", var.zones)'],
  ]);

  table('join, split, replace, trimspace, substr, startswith / endswith', [
    ['join(",", var.zones)', 'cn-hangzhou-h,cn-hangzhou-i,cn-hangzhou-j'],
    ['join("-", ["a", var.unset])', '?var.unset'],
    ['split(",", "a,b")', ['a', 'b']],
    ['split(",", "a,b")[1]', 'b'],
    ['replace("cn-hangzhou-h", "-h", "")', 'cnangzhou'],
    ['replace(var.env, "/o/", "0")', '?replace(var.env, "/o/", "0")'],
    ['trimspace("  PrePaid \\n")', 'PrePaid'],
    ['substr("cn-hangzhou-h", 0, 11)', 'cn-hangzhou'],
    ['substr("cn-hangzhou-h", 3, -1)', 'hangzhou-h'],
    ['startswith(var.env, "Pr")', true],
    ['endswith(var.env, "x")', false],
  ]);

  table('collections: compact, distinct, flatten, keys, values (sorted by key), one', [
    ['compact(["a", "", null, "b"])', ['a', 'b']],
    ['distinct(["a", "b", "a"])', ['a', 'b']],
    ['flatten([["a"], ["b", ["c"]], "d"])', ['a', 'b', 'c', 'd']],
    ['element(distinct(compact(concat([var.empty], var.zones))), 1)', 'cn-hangzhou-i'],
    ['distinct(local.list)', '?distinct(local.list)'],
    ['keys(var.sizes)', ['db', 'web']],
    ['values(var.sizes)', ['PostPaid', 'PrePaid']],
    ['lookup(var.sizes, element(keys(var.sizes), 1))', 'PrePaid'],
    ['one(["a"])', 'a'],
    ['one([])', null],
    ['one(["a", "b"])', '?one(["a", "b"])'],
  ]);

  table('numbers: min, max, abs, ceil, floor', [
    ['max(1, var.months, 2)', 3],
    ['min(var.months, 12)', 3],
    ['min("2", 5)', 2],
    ['max(var.unset, 1)', '?var.unset'],
    ['abs(-3)', 3],
    ['ceil(2.5)', 3],
    ['floor(2.5)', 2],
  ]);

  table('for expressions over known collections, with conditions; maps in key order', [
    ['[for z in var.zones : upper(z)]', ['CN-HANGZHOU-H', 'CN-HANGZHOU-I', 'CN-HANGZHOU-J']],
    ['[for z in var.zones : z if z != "cn-hangzhou-i"]', ['cn-hangzhou-h', 'cn-hangzhou-j']],
    ['[for z in var.zones : z][0]', 'cn-hangzhou-h'],
    ['[for i, z in var.zones : "${i}:${z}"][2]', '2:cn-hangzhou-j'],
    ['[for k, v in var.sizes : k]', ['db', 'web']],
    ['{ for k, v in var.sizes : k => lower(v) }', { db: 'postpaid', web: 'prepaid' }],
    ['{ for k, v in var.sizes : v => k }', { PostPaid: 'db', PrePaid: 'web' }],
    ['{ for k, v in var.sizes : k => v }.web', 'PrePaid'],
    ['[for z in local.list : z]', ['a', '?data.alicloud_config.current.name']],
    ['[for z in var.unset : z]', '?var.unset'],
    ['[for z in var.zones : z if z == var.unset]', '?var.unset'],
    ['{ for z in ["a", "a"] : z => z }', '?{ for z in ["a", "a"] : z => z }'],
    ['{ for z in ["a", "a"] : z => z... }', '?{ for z in ["a", "a"] : z => z... }'],
    ['[for z in var.zones : z][var.months]', '?[for z in var.zones : z][var.months]'],
  ]);

  table(
    'try: the first argument that is known; one Terraform would reject (a missing key, an index out of range) falls through to the next; one merely unknown stays unknown',
    [
      ['try(var.sizes.web, "PostPaid")', 'PrePaid'],
      ['try(var.sizes.cache, "PostPaid")', 'PostPaid'],
      ['try(var.zones[3], "none")', 'none'],
      ['try(lookup(var.sizes, "cache"), var.zones[5], "x")', 'x'],
      ['try(upper(var.sizes.cache), "none")', 'none'],
      ['try(var.ecs.extra, var.ecs.charge)', 'PostPaid'],
      ['try(var.unset, "PostPaid")', '?try(var.unset, "PostPaid")'],
      ['try(local.partial.later, "PostPaid")', '?try(local.partial.later, "PostPaid")'],
      ['try(var.sizes.cache)', '?try(var.sizes.cache)'],
      ['var.public ? try(var.sizes.cache, "a") : "b"', 'a'],
      ['can(var.sizes.web)', true],
      ['can(var.sizes.cache)', false],
      ['can(var.unset)', '?can(var.unset)'],
    ],
  );

  table('anything else stays unknown', [
    ['file("x.txt")', '?file("x.txt")'],
    ['concat(var.zones...)', '?concat(var.zones...)'],
    ['provider::time::rfc3339_parse("x")', '?provider::time::rfc3339_parse("x")'],
  ]);

  it('a chain of locals that multiplies the work at each level (10 copies, 30 levels) ends: what is past the step budget is unknown', function () {
    // Without a budget this is 10^30 steps; the test checks the answer, `npm run bench` the time.
    this.timeout(60_000);
    const chain = (copies: (previous: string) => string) => {
      const lines = ['locals {', '  l0 = 1'];
      for (let k = 1; k <= 30; k++) lines.push(`  l${k} = ${copies(`local.l${k - 1}`)}`);
      return `${lines.join('\n')}\n  x = length(local.l30)\n}\n`;
    };
    const tuples = chain((p) => `[${Array(10).fill(p).join(', ')}]`);
    const fors = chain((p) => `[for i in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] : ${p}]`);
    for (const text of [tuples, fors]) {
      const file = parseHclFile({ path: 'main.tf', text });
      try {
        const module = buildModule([file]);
        const locals = file.body.blocks[0];
        const x = attributeOf(locals.body, 'x');
        assert.ok(x);
        assert.equal(render(evaluate(x.expr, file, module)), 10);
      } finally {
        file.tree?.delete();
      }
    }
  });

  it('an entry read out of a map keeps its own place, so a fix can rewrite it there', () => {
    const { evaluated, text } = evaluateAll([
      'lookup(var.sizes, "db")',
      'var.sizes["web"]',
      'coalesce(var.empty, "PostPaid")',
      'lower("PostPaid")',
    ]);
    const sites = evaluated.map((e) =>
      e.kind === 'known' && e.site ? text.slice(e.site.span.start, e.site.span.end) : undefined,
    );
    assert.deepEqual(sites, ['"PostPaid"', '"PrePaid"', '"PostPaid"', undefined]);
    const origins = evaluated.map((e) => e.origins.map((o) => o.label.en));
    assert.deepEqual(origins[0], ['default of variable "sizes"']);
  });
});
