import { ConfigSchema, MAX_FILE_SIZE_KB_CEILING, RuleSetting, type Config } from '../../core/engine/config';
import { DEFAULT_EDITOR_TIME_BUDGET_MS, MAX_FILE_TIME_BUDGET_MS } from '../../core/engine/time-budget';

export interface ExtensionSettings {
  readonly enable: boolean;
  readonly run: 'onType' | 'onSave';
  readonly rules: Readonly<Record<string, string>>;
  readonly defaultRegion: string;
  readonly preferredRegions: readonly string[];
  readonly maxFileSizeKb: number;
  /** Wall-clock milliseconds a large file's check may take in its worker (editor only), within the engine's ceiling. */
  readonly timeBudgetMs: number;
}

/**
 * The configuration a check runs with: the `.icpcheck.yaml` of the workspace wins over the editor's
 * settings for every key it states (per rule for `rules`), so the editor and the CLI (which reads
 * only the file) agree on the team's shared choices; the settings fill in what the file leaves open.
 * `fileKeys` are the top-level keys the file actually writes (defaults do not count). In an
 * untrusted workspace (Restricted Mode) the file may lower `maxFileSizeKb` but not raise it; VS
 * Code itself ignores the workspace's values of the settings in `restrictedConfigurations`.
 */
export function mergeConfig(
  settings: ExtensionSettings,
  file: Config | undefined,
  fileKeys: ReadonlySet<string>,
  workspace: { readonly trusted: boolean } = { trusted: true },
): Config {
  const fromSettings: Record<string, unknown> = {
    rules: validRules(settings.rules),
    preferredRegions: [...settings.preferredRegions],
    maxFileSizeKb:
      settings.maxFileSizeKb > 0
        ? Math.min(Math.floor(settings.maxFileSizeKb), MAX_FILE_SIZE_KB_CEILING)
        : 5120,
  };
  if (/^[a-z]{2,4}(-[a-z0-9]+)+$/.test(settings.defaultRegion)) fromSettings.region = settings.defaultRegion;
  const base = ConfigSchema.parse(fromSettings);
  if (!file) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const key of fileKeys) {
    if (key in file) merged[key] = (file as Record<string, unknown>)[key];
  }
  merged.rules = { ...base.rules, ...(fileKeys.has('rules') ? file.rules : {}) };
  // Restricted Mode: a workspace nobody vouched for may ask for less work, never for more.
  if (!workspace.trusted) merged.maxFileSizeKb = Math.min(merged.maxFileSizeKb as number, base.maxFileSizeKb);
  return merged as Config;
}

/** Settings are user-typed JSON: drop entries that are not a known severity instead of failing. */
function validRules(rules: Readonly<Record<string, string>>): Record<string, Config['rules'][string]> {
  const out: Record<string, Config['rules'][string]> = {};
  for (const [rule, value] of Object.entries(rules ?? {})) {
    const parsed = RuleSetting.safeParse(value);
    if (parsed.success) out[rule] = parsed.data;
  }
  return out;
}

/**
 * `icpCheck.timeBudgetMs` within its bounds whatever was typed (settings are user-typed JSON): at
 * least 100 ms, never above the engine's ceiling, in every mode.
 */
export function boundedEditorTimeBudgetMs(ms: number): number {
  return Number.isFinite(ms)
    ? Math.min(Math.max(Math.floor(ms), 100), MAX_FILE_TIME_BUDGET_MS)
    : DEFAULT_EDITOR_TIME_BUDGET_MS;
}
