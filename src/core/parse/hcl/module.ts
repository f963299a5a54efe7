import { baseName, hasExtension } from '../../model/paths';
import type { HclFile } from './parse-file';
import { attributeOf, type HclAttribute, type HclBlock } from './syntax';

/** A block together with the file it is in. */
export interface Located<T> {
  readonly file: HclFile;
  readonly node: T;
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
}

/** `terraform.tfvars` first, then `*.auto.tfvars` in name order; undefined for files Terraform does not auto-load. */
export function tfvarsRank(path: string): string | undefined {
  const name = baseName(path);
  if (name === 'terraform.tfvars') return '0';
  if (name.endsWith('.auto.tfvars')) return `1${name}`;
  return undefined;
}

/** `.tf` files, and a buffer without a name that the caller handed over as Terraform (an untitled editor). */
export function isConfigurationFile(path: string): boolean {
  return baseName(path).endsWith('.tf') || !hasExtension(path);
}

export function buildModule(files: readonly HclFile[]): TerraformModule {
  const variables = new Map<string, Located<HclBlock>>();
  const locals = new Map<string, Located<HclAttribute>>();
  const providers = new Map<string, Located<HclBlock>>();
  const resources = new Map<string, Located<HclBlock>>();
  const tfvars = new Map<string, Located<HclAttribute>[]>();

  for (const file of files.filter((f) => isConfigurationFile(f.path))) {
    for (const block of file.body.blocks) {
      const [first, second] = block.labels.map((l) => l.value);
      if (block.type === 'variable' && first !== undefined) setOnce(variables, first, { file, node: block });
      else if (block.type === 'locals') for (const a of block.body.attributes) setOnce(locals, a.name, { file, node: a });
      else if (block.type === 'provider' && first === 'alicloud') {
        const alias = attributeOf(block.body, 'alias');
        const name = alias?.expr.kind === 'literal' ? String(alias.expr.value) : '';
        setOnce(providers, name, { file, node: block });
      } else if (block.type === 'resource' && first !== undefined && second !== undefined) {
        setOnce(resources, `${first}.${second}`, { file, node: block });
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
  return { files, variables, tfvars, locals, providers, resources };
}

/** Terraform rejects duplicates; the first declaration is the one we resolve against. */
function setOnce<T>(map: Map<string, T>, key: string, value: T): void {
  if (!map.has(key)) map.set(key, value);
}
