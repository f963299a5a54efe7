import type { Instance } from '../model/instance';
import type { Localized } from '../model/localized';
import type { Known } from '../model/value';
import { ENGINE_MESSAGES } from './messages';

export interface DefaultRegion {
  readonly region: string;
  /** Says where the assumption came from: `--region` or the configuration. */
  readonly label: Localized;
}

/** `--region` wins over the configuration's `region`; neither means instances keep no region (ICP011). */
export function defaultRegion(
  optionRegion: string | undefined,
  configRegion: string | undefined,
): DefaultRegion | undefined {
  if (optionRegion) return { region: optionRegion, label: ENGINE_MESSAGES.defaultRegionFromOption };
  if (configRegion) return { region: configRegion, label: ENGINE_MESSAGES.defaultRegionFromConfig };
  return undefined;
}

/**
 * Gives instances that state no region the assumed one. It points at the instance header (nothing
 * in the file says it) and carries an origin naming the assumption, so a region finding can say why.
 */
export function applyDefaultRegion(
  instances: readonly Instance[],
  assumed: DefaultRegion | undefined,
): Instance[] {
  if (!assumed) return [...instances];
  return instances.map((instance) => {
    if (instance.region !== undefined) return instance;
    const region: Known<string> = {
      kind: 'known',
      value: assumed.region,
      at: instance.header,
      omitted: true,
      origins: [{ at: instance.header, label: assumed.label }],
    };
    return { ...instance, region };
  });
}
