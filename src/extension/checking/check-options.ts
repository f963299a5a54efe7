import * as vscode from 'vscode';
import type { CheckOptions } from '../../core';
import type { ConfigFiles, ConfigFileState } from '../config/config-file';
import { mergeConfig, type ExtensionSettings } from '../config/merge-config';
import { readSettings } from '../config/settings';

export interface ResolvedOptions {
  readonly settings: ExtensionSettings;
  readonly options: CheckOptions;
  readonly configFile?: ConfigFileState;
}

/** Settings and `.icpcheck.yaml` of a file's workspace folder, merged into the engine's options. */
export async function optionsFor(resource: vscode.Uri, configFiles: ConfigFiles): Promise<ResolvedOptions> {
  const settings = readSettings(resource);
  const configFile = await configFiles.forResource(resource);
  const config = mergeConfig(settings, configFile?.config, configFile?.keys ?? new Set(), {
    trusted: vscode.workspace.isTrusted,
  });
  return { settings, options: { config }, configFile };
}
