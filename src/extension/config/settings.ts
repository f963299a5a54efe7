import * as vscode from 'vscode';
import { DEFAULT_EDITOR_TIME_BUDGET_MS } from '../../core/engine/time-budget';
import { boundedEditorTimeBudgetMs, type ExtensionSettings } from './merge-config';

export const SECTION = 'icpCheck';

/** The `icpCheck.*` settings that apply to a file (resource-scoped, so folders may differ). */
export function readSettings(scope?: vscode.Uri): ExtensionSettings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    enable: c.get<boolean>('enable', true),
    run: c.get<'onType' | 'onSave'>('run', 'onType') === 'onSave' ? 'onSave' : 'onType',
    rules: c.get<Record<string, string>>('rules', {}),
    defaultRegion: c.get<string>('defaultRegion', '').trim(),
    preferredRegions: c.get<string[]>('preferredRegions', []),
    maxFileSizeKb: c.get<number>('maxFileSizeKb', 5120),
    timeBudgetMs: boundedEditorTimeBudgetMs(c.get<number>('timeBudgetMs', DEFAULT_EDITOR_TIME_BUDGET_MS)),
  };
}
