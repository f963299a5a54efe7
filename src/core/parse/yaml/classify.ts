import { isMap, isScalar, type Document } from 'yaml';
import { SPEC_KIND } from '../../spec/schema';
import type { YamlSyntax } from './edits';
import { pairOf } from './nodes';
import { ROS_VERSION_KEY } from './ros/template';

/** Which of our formats a YAML/JSON file is; other YAML/JSON in a workspace is not ours. */
export type YamlFormat = 'ros' | 'spec';

const SPEC_NAME = /\.icp\.ya?ml$/i;
const YAML_OR_JSON = /\.(ya?ml|json)$/i;

export function isSpecByName(path: string): boolean {
  return SPEC_NAME.test(path);
}

export function syntaxOf(path: string): YamlSyntax | undefined {
  const m = YAML_OR_JSON.exec(path);
  if (!m) return undefined;
  return m[1].toLowerCase() === 'json' ? 'json' : 'yaml';
}

/** Cheap test before parsing: a file that cannot be ours is never parsed. */
export function mayBeOurs(path: string, text: string): boolean {
  return isSpecByName(path) || text.includes(ROS_VERSION_KEY) || text.includes(SPEC_KIND);
}

/** By the parsed top level: `ROSTemplateFormatVersion`, `kind: IcpInstanceSpec`, or the file name. */
export function formatOf(path: string, doc: Document | undefined): YamlFormat | undefined {
  const top = doc?.contents;
  if (isMap(top)) {
    if (pairOf(top, ROS_VERSION_KEY)) return 'ros';
    const kind = pairOf(top, 'kind')?.value;
    if (isScalar(kind) && kind.value === SPEC_KIND) return 'spec';
  }
  return isSpecByName(path) ? 'spec' : undefined;
}
