import type { Severity } from '../model/finding';
import type { Rule } from '../rules/rule';
import type { Config } from './config';

/** A rule's effective setting: a severity that overrides the rule's own, or `off`. */
export type EffectiveSetting = Severity | 'off' | undefined;

/**
 * Reads `rules:` from the configuration, keyed by ID or name. When both spell the same rule the ID
 * wins, being the more deliberate of the two; keys naming no rule are ignored here (`loadConfig`
 * reports them).
 */
export function ruleSettings(
  config: Config,
  findRule: (idOrName: string) => Rule | undefined,
): ReadonlyMap<string, Severity | 'off'> {
  const byName = new Map<string, Severity | 'off'>();
  const byId = new Map<string, Severity | 'off'>();
  for (const [key, setting] of Object.entries(config.rules ?? {})) {
    const rule = findRule(key);
    if (!rule) continue;
    (key.toUpperCase() === rule.id ? byId : byName).set(rule.id, setting);
  }
  return new Map([...byName, ...byId]);
}
