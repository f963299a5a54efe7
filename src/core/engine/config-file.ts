import { isMap, isScalar, parseDocument, type Document, type Node } from 'yaml';
import type { Location } from '../model/location';
import { format, type Localized } from '../model/localized';
import { isMainland, MAINLAND_REGIONS } from '../domain/regions';
import { RULES } from '../rules/index';
import { ConfigSchema, RuleSetting, type Config } from './config';
import { CONFIG_MESSAGES } from './config-messages';
import { typeName } from '../zod';

/** One thing wrong with a configuration file, at the key or value it is about. */
export interface ConfigProblem {
  readonly message: Localized;
  readonly at: Location;
}

/** `error` is the first problem (what the CLI prints before exiting 2); `problems` lists them all. */
export type LoadedConfig =
  | { readonly config: Config }
  | { readonly error: ConfigProblem; readonly problems: readonly ConfigProblem[] };

/** What the loader needs of a rule: its ID and name, to accept and check `rules:` keys. */
export interface KnownRule {
  readonly id: string;
  readonly name: string;
}

type Path = readonly (string | number)[];

/**
 * Reads `.icpcheck.yaml`: YAML, then the `ConfigSchema`, then rule keys against the registry.
 * Every error names the field and the values it allows, and points at that field in the file.
 * An empty file is the default configuration. Never throws.
 */
export function loadConfig(text: string, path: string, rules: readonly KnownRule[] = RULES): LoadedConfig {
  try {
    const loaded = loadConfigText(text, path, rules);
    if ('config' in loaded) return loaded;
    // `yaml` may place an error at the end of the input plus one; a location must lie inside the text.
    const problems = loaded.problems.map((p) => ({ ...p, at: clamp(p.at, text.length) }));
    return failed(problems);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failed([
      { message: format(CONFIG_MESSAGES.notYaml, { detail }), at: { file: path, start: 0, end: 0 } },
    ]);
  }
}

function loadConfigText(text: string, path: string, rules: readonly KnownRule[]): LoadedConfig {
  const doc = parseDocument(text.replace(/^\uFEFF/, ' '), {
    prettyErrors: false,
    uniqueKeys: true,
    logLevel: 'error',
  });
  if (doc.errors.length > 0) {
    return failed(
      doc.errors.map((e) => ({
        message: format(CONFIG_MESSAGES.notYaml, { detail: e.message.split('\n')[0] }),
        at: { file: path, start: e.pos[0], end: e.pos[1] },
      })),
    );
  }
  // `maxAliasCount` keeps an alias bomb from expanding; a comment-only file is an empty mapping.
  const data: unknown = doc.toJS({ maxAliasCount: 50 }) ?? {};
  const problems: ConfigProblem[] = [];
  const at = (p: Path, key?: string) => locate(doc, path, p, key);
  const allowedKeys = Object.keys(ConfigSchema.shape).join(', ');

  if (typeof data !== 'object' || Array.isArray(data)) {
    return failed([{ message: format(CONFIG_MESSAGES.notMapping, { allowed: allowedKeys }), at: at([]) }]);
  }

  const parsed = ConfigSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const issuePath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const field = [...issuePath, key].join('.');
          problems.push({
            message: format(CONFIG_MESSAGES.unknownSetting, { field, allowed: allowedKeys }),
            at: at(issuePath, key),
          });
        }
        continue;
      }
      problems.push({
        message: describeIssue(issue, issuePath, valueAt(data, issuePath)),
        at: at(issuePath),
      });
    }
  }

  // Rule keys must name a rule: a typo would otherwise silently leave a rule at its default.
  const ruleKeys = (data as { rules?: unknown }).rules;
  if (ruleKeys && typeof ruleKeys === 'object' && !Array.isArray(ruleKeys)) {
    const known = rules.map((r) => `${r.id} (${r.name})`).join(', ');
    for (const key of Object.keys(ruleKeys)) {
      if (rules.some((r) => r.id === key.toUpperCase() || r.name === key)) continue;
      problems.push({
        message: format(CONFIG_MESSAGES.unknownRule, {
          field: `rules.${key}`,
          found: JSON.stringify(key),
          allowed: known,
        }),
        at: at(['rules'], key),
      });
    }
  }

  // Region fixes must make an instance pass, so only mainland regions can be preferred.
  const preferred = (data as { preferredRegions?: unknown }).preferredRegions;
  if (Array.isArray(preferred)) {
    preferred.forEach((region, i) => {
      if (typeof region === 'string' && !isMainland(region)) {
        problems.push({
          message: format(CONFIG_MESSAGES.notMainland, {
            field: `preferredRegions.${i}`,
            found: JSON.stringify(region),
            examples: MAINLAND_REGIONS.slice(0, 3).join(', '),
          }),
          at: at(['preferredRegions', i]),
        });
      }
    });
  }

  if (problems.length > 0 || !parsed.success) return failed(problems.sort((a, b) => a.at.start - b.at.start));
  return { config: parsed.data };
}

function clamp(at: Location, length: number): Location {
  const start = Math.max(0, Math.min(at.start, length));
  return { file: at.file, start, end: Math.max(start, Math.min(at.end, length)) };
}

function failed(problems: ConfigProblem[]): LoadedConfig {
  return { error: problems[0], problems };
}

interface Issue {
  readonly code: string;
  readonly message: string;
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly format?: string;
}

function describeIssue(issue: Issue, path: Path, value: unknown): Localized {
  const field = path.length > 0 ? path.join('.') : '(root)';
  const found = describeValue(value);
  if (issue.code === 'invalid_value' && issue.values) {
    return format(CONFIG_MESSAGES.oneOf, { field, found, allowed: issue.values.map(String).join(', ') });
  }
  if (issue.code === 'invalid_type' && path[0] === 'rules' && path.length === 2) {
    return format(CONFIG_MESSAGES.oneOf, { field, found, allowed: RuleSetting.options.join(', ') });
  }
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string') {
    const expected = typeName(issue.expected);
    return format(CONFIG_MESSAGES.wrongType, {
      field,
      found,
      expectedEn: expected.en,
      expectedZh: expected['zh-cn'],
    });
  }
  if (issue.code === 'invalid_format' && path[0] === 'region')
    return format(CONFIG_MESSAGES.notRegionId, { field, found });
  if (issue.code === 'too_small' || (issue.code === 'invalid_type' && issue.expected === 'int')) {
    return format(CONFIG_MESSAGES.notPositiveInteger, { field, found });
  }
  return format(CONFIG_MESSAGES.other, { field, detail: issue.message });
}

/** The value as it reads in a message: short JSON, or what kind of thing it is. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/**
 * Where a field is in the file: its value node, or with `key` the key of that entry in the mapping
 * at `path`. Falls back to the nearest enclosing node that exists, then to the file's start.
 */
function locate(doc: Document, file: string, path: Path, key?: string): Location {
  if (key !== undefined) {
    const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      const keyNode = pair?.key as Node | undefined;
      if (keyNode?.range) return { file, start: keyNode.range[0], end: keyNode.range[1] };
    }
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = (depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true)) as
      Node | null | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range)
      return { file, start: node.range[0], end: node.range[1] };
  }
  return { file, start: 0, end: 0 };
}
