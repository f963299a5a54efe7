import { baseName, hasExtension } from '../../model/paths';
import type { HclFile } from './parse-file';
import type { Origin } from '../../model/value';
import type { Evaluated } from './hcl-value';
import { attributeOf, type HclAttribute, type HclBlock } from './syntax';

/** A block together with the file it is in. */
export interface Located<T> {
  readonly file: HclFile;
  readonly node: T;
  /**
   * The module whose names the block's expressions use, when it is not the module holding it: a
   * provider a module call passes down is evaluated where it is written, in the caller.
   */
  readonly module?: TerraformModule;
}

/** A variable's value given by the module call that instantiates this module. */
export interface ModuleInput {
  /** The argument on the call, evaluated in the calling module. */
  readonly argument: Located<HclAttribute>;
  readonly caller: TerraformModule;
  /** The step this adds to a value's chain of origins. */
  readonly origin: Origin;
}

/**
 * What one folder declares, indexed for lookups: variables, their tfvars assignments (in Terraform's
 * precedence order), locals, alicloud providers and resources by address.
 */
export interface TerraformModule {
  readonly files: readonly HclFile[];
  readonly variables: ReadonlyMap<string, Located<HclBlock>>;
  /** Every assignment of a variable in auto-loaded tfvars, lowest precedence first: the last one wins. */
  readonly tfvars: ReadonlyMap<string, readonly Located<HclAttribute>[]>;
  readonly locals: ReadonlyMap<string, Located<HclAttribute>>;
  /** `provider "alicloud"` blocks by alias; the un-aliased block under ''. */
  readonly providers: ReadonlyMap<string, Located<HclBlock>>;
  /** Resources by `type.name`. */
  readonly resources: ReadonlyMap<string, Located<HclBlock>>;
  /** Variables and resources declared again after their first declaration: Terraform rejects the module. */
  readonly duplicates: readonly {
    readonly kind: 'resource' | 'variable';
    readonly name: string;
    readonly again: Located<HclBlock>;
    readonly first: Located<HclBlock>;
  }[];
  /** `module "name" { … }` calls by name. */
  readonly calls: ReadonlyMap<string, Located<HclBlock>>;
  /**
   * Set when this module is instantiated by a module call: the call's arguments stand in for the
   * variables (the child folder's tfvars never apply), and `placement` says where fixes may write.
   */
  readonly inputs?: ReadonlyMap<string, ModuleInput>;
  readonly placement?: FixPlacement;
  /** While a repeated module call's arguments are evaluated: `count.index`, or `each.key` and `each.value`. */
  readonly repetition?: Repetition;
}

/** One repetition of a call with `count` (an index) or `for_each` (a key and its value). */
export interface Repetition {
  readonly index?: number;
  readonly key?: string;
  readonly value?: Evaluated;
}

/**
 * Where a fix for a value read in a called module may write (see the composition): a setting
 * written in the root may be edited there; a child variable fed directly by an argument the call
 * leaves out becomes a new argument on the call; anything else gets no value fix.
 */
export interface FixPlacement {
  /** `site`: where the value is defined; `variable`: the child variable the attribute names directly, if any. */
  target(
    site: { readonly file: HclFile } | undefined,
    variable: string | undefined,
  ): { kind: 'keep' } | { kind: 'insert'; block: Located<HclBlock>; key: string } | undefined;
}

/**
 * `terraform.tfvars`, then `terraform.tfvars.json`, then `*.auto.tfvars` and `*.auto.tfvars.json`
 * together in name order; undefined for files Terraform does not auto-load.
 */
export function tfvarsRank(path: string): string | undefined {
  const name = baseName(path);
  if (name === 'terraform.tfvars' || name === 'terraform.tfvars.json') return `0${name}`;
  if (name.endsWith('.auto.tfvars') || name.endsWith('.auto.tfvars.json')) return `1${name}`;
  return undefined;
}

/** `.tf` files, and a buffer without a name that the caller handed over as Terraform (an untitled editor). */
export function isConfigurationFile(path: string): boolean {
  const name = baseName(path);
  return name.endsWith('.tf') || name.endsWith('.tf.json') || !hasExtension(path);
}

export function buildModule(files: readonly HclFile[]): TerraformModule {
  const variables = new Map<string, Located<HclBlock>>();
  const locals = new Map<string, Located<HclAttribute>>();
  const providers = new Map<string, Located<HclBlock>>();
  const resources = new Map<string, Located<HclBlock>>();
  const calls = new Map<string, Located<HclBlock>>();
  const tfvars = new Map<string, Located<HclAttribute>[]>();
  const duplicates: TerraformModule['duplicates'][number][] = [];

  for (const file of files.filter((f) => isConfigurationFile(f.path))) {
    for (const block of file.body.blocks) {
      const first = block.labels[0]?.value;
      const second = block.labels[1]?.value;
      if (block.type === 'variable' && first !== undefined) {
        const earlier = setOnce(variables, first, { file, node: block });
        if (earlier)
          duplicates.push({
            kind: 'variable',
            name: `var.${first}`,
            again: { file, node: block },
            first: earlier,
          });
      } else if (block.type === 'locals')
        for (const a of block.body.attributes) setOnce(locals, a.name, { file, node: a });
      else if (block.type === 'provider' && first === 'alicloud') {
        const alias = attributeOf(block.body, 'alias');
        const name = alias?.expr.kind === 'literal' ? String(alias.expr.value) : '';
        setOnce(providers, name, { file, node: block });
      } else if (block.type === 'resource' && first !== undefined && second !== undefined) {
        const address = addressOf(block, first, second);
        const earlier = setOnce(resources, address, { file, node: block });
        if (earlier)
          duplicates.push({
            kind: 'resource',
            name: address,
            again: { file, node: block },
            first: earlier,
          });
      } else if (block.type === 'module' && first !== undefined) {
        setOnce(calls, first, { file, node: block });
      }
    }
  }

  const ranked = files.flatMap((f) => {
    const rank = tfvarsRank(f.path);
    return rank === undefined ? [] : [{ rank, file: f }];
  });
  ranked.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  for (const { file } of ranked) {
    for (const a of file.body.attributes) {
      const list = tfvars.get(a.name) ?? [];
      list.push({ file, node: a });
      tfvars.set(a.name, list);
    }
  }
  return { files, variables, tfvars, locals, providers, resources, calls, duplicates };
}

const addresses = new WeakMap<HclBlock, string>();

/**
 * `type.name` of a resource block, the same string each time it is asked: a block carried over an
 * edit is indexed again on every keystroke, and a string already hashed is found at once.
 */
function addressOf(block: HclBlock, type: string, name: string): string {
  let address = addresses.get(block);
  if (address === undefined) {
    address = `${type}.${name}`;
    addresses.set(block, address);
  }
  return address;
}

/** Terraform rejects duplicates; the first declaration is the one we resolve against. Returns it when `key` was already taken. */
function setOnce<T>(map: Map<string, T>, key: string, value: T): T | undefined {
  const earlier = map.get(key);
  if (earlier === undefined) map.set(key, value);
  return earlier;
}
