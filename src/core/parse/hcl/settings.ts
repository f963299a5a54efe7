import type { Location } from '../../model/location';
import { format } from '../../model/localized';
import { known, omitted, unknown, type Origin, type Value } from '../../model/value';
import type { EditTarget } from './edits';
import { evaluate, locationIn, type Evaluated } from './evaluate';
import { isLiteral } from './hcl-value';
import { MESSAGES } from './messages';
import type { FixPlacement, Located, TerraformModule } from './module';
import { attributeOf, type HclAttribute, type HclBlock, type Literal } from './syntax';

/**
 * One setting of an instance as Terraform would see it: written on the instance, or inherited from
 * the launch template it uses. Knows where findings point and where a fix writes.
 */
export interface Setting {
  readonly key: string;
  readonly owner: Located<HclBlock>;
  readonly attribute: HclAttribute;
  readonly evaluated: Evaluated;
  /** The instance's own value expression, or its header when the value is inherited. */
  readonly at: Location;
  readonly origins: readonly Origin[];
  /** Undefined when the value is an expression that cannot be evaluated: no fix is offered. */
  readonly target?: EditTarget;
}

/** The instance being read and the launch template it uses, if any. */
export interface InstanceScope {
  readonly module: TerraformModule;
  readonly instance: Located<HclBlock>;
  readonly address: string;
  readonly header: Location;
  readonly template?: { readonly address: string; readonly block: Located<HclBlock> };
}

export function findSetting(scope: InstanceScope, key: string, inherit = true): Setting | undefined {
  const own = attributeOf(scope.instance.node.body, key);
  if (own)
    return settingOf(scope, scope.instance, own, key, locationIn(scope.instance.file, own.expr.span), []);
  const template = inherit ? scope.template : undefined;
  const inherited = template && attributeOf(template.block.node.body, key);
  if (!template || !inherited) return undefined;
  const origin: Origin = {
    at: locationIn(template.block.file, inherited.expr.span),
    label: format(MESSAGES.launchTemplate, { attribute: key, template: template.address }),
  };
  return settingOf(scope, template.block, inherited, key, scope.header, [origin]);
}

function settingOf(
  scope: InstanceScope,
  owner: Located<HclBlock>,
  attribute: HclAttribute,
  key: string,
  at: Location,
  before: Origin[],
): Setting {
  const evaluated = evaluate(attribute.expr, owner.file, scope.module);
  const origins = [...before, ...evaluated.origins];
  let target: EditTarget | undefined;
  if (evaluated.kind === 'known') {
    // A value computed from several parts (a template, an operator) is rewritten where it is used.
    const site = evaluated.site ?? { file: owner.file, span: attribute.expr.span, quoted: false };
    target = { kind: 'replace', site };
  }
  return { key, owner, attribute, evaluated, at, origins, target };
}

/** The file a setting's value is written in, when a fix would rewrite it there (see `WrittenIn`). */
export function fileWrittenIn(setting: Setting | undefined): string | undefined {
  return setting?.target?.kind === 'replace' ? setting.target.site.file.path : undefined;
}

/** Where a fix writes a setting: where it is defined, or a new line in the instance. */
export function targetFor(scope: InstanceScope, setting: Setting | undefined): EditTarget | undefined {
  const placement = scope.module.placement;
  if (placement) return placedTarget(placement, setting);
  if (!setting) return { kind: 'insert', block: scope.instance };
  return setting.target;
}

/** In a called module, where the placement allows a fix to write (see `FixPlacement`). */
function placedTarget(placement: FixPlacement, setting: Setting | undefined): EditTarget | undefined {
  if (!setting) return undefined;
  const site = setting.target?.kind === 'replace' ? setting.target.site : undefined;
  const expr = setting.attribute.expr;
  const variable =
    expr.kind === 'traversal' &&
    expr.root === 'var' &&
    expr.steps.length === 1 &&
    expr.steps[0].kind === 'attr'
      ? expr.steps[0].name
      : undefined;
  const placed = placement.target(site, variable);
  if (!placed) return undefined;
  if (placed.kind === 'keep') return setting.target;
  return { kind: 'argument', call: placed.block, key: placed.key };
}

/**
 * The Value of a setting. `convert` maps the evaluated literal to the model's type (undefined when
 * it is not a value the platform accepts); `fallback` is the platform default for an omitted or null
 * setting, or undefined when an omitted setting has no value at all.
 */
export function valueOf<T>(
  scope: InstanceScope,
  key: string,
  setting: Setting | undefined,
  convert: (value: Literal) => T | undefined,
  fallback: T | undefined,
  options: { readonly enumerated?: boolean; readonly allowed?: readonly string[] } = {},
): Value<T> | undefined {
  if (!setting) {
    if (fallback === undefined) return undefined;
    return omitted(fallback, scope.header);
  }
  const e = setting.evaluated;
  if (e.kind === 'unknown') return unknown(e.expression, setting.at, { origins: setting.origins });
  // The provider treats an empty enumerated setting as not set: the platform default applies.
  if (e.value === null || (options.enumerated && typeof e.value === 'string' && e.value.trim() === '')) {
    if (fallback === undefined) return undefined;
    return known(fallback, setting.at, { omitted: true, origins: setting.origins });
  }
  // A list or map where one value belongs: Terraform would reject it; nothing to check.
  if (!isLiteral(e.value))
    return unknown(setting.attribute.expr.text, setting.at, { origins: setting.origins });
  const value = convert(e.value);
  if (
    value === undefined &&
    options.allowed &&
    (typeof e.value === 'string' || typeof e.value === 'number')
  ) {
    // Named after the resource the value is written on (the instance, or the launch template it inherits from).
    const [type] = setting.owner.node.labels.map((l) => l.value);
    const notAllowed = format(MESSAGES.notAllowed, {
      attribute: key,
      value: JSON.stringify(e.value),
      type,
      allowed: options.allowed.map((a) => JSON.stringify(a)).join(', '),
    });
    return unknown(setting.attribute.expr.text, setting.at, { origins: setting.origins, notAllowed });
  }
  if (value === undefined)
    return unknown(setting.attribute.expr.text, setting.at, { origins: setting.origins });
  const raw = String(e.value);
  return known(value, setting.at, {
    origins: setting.origins,
    ...(raw !== String(value) ? { raw } : {}),
  });
}

export const convert = {
  number(v: Literal): number | undefined {
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
    return undefined;
  },
  bool(v: Literal): boolean | undefined {
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    return undefined;
  },
  string(v: Literal): string | undefined {
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
  },
  /** Case-insensitive match against the accepted spellings; returns the model's value. */
  oneOf<T>(table: Readonly<Record<string, T>>) {
    return (v: Literal): T | undefined => (typeof v === 'string' ? table[v.toLowerCase()] : undefined);
  },
};
