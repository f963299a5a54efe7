import { isScalar, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Instance } from '../../../model/instance';
import type { Unknown } from '../../../model/value';
import type { Span } from '../../../model/location';
import { format } from '../../../model/localized';
import type { ParseProblem } from '../../types';
import type { EditContext } from '../edits';
import { MESSAGES } from '../messages';
import { asMap, duplicateKeys, keySpan, keyText, pairOf, pairSpan, valueOf } from '../nodes';
import type { RosContext, RosParameter, RosResource } from './context';
import { eipAssociationsByInstance } from './eip';
import { rosInstance } from './instance';
import { findIcpRegionComment } from './region';
import { isRosInstanceType } from './resource-types';

export const ROS_VERSION_KEY = 'ROSTemplateFormatVersion';

/** A ROS template (YAML or JSON) → its instances; what cannot be read becomes a problem. */
export function rosInstances(
  edit: EditContext,
  doc: Document,
  comments: readonly Span[],
): { instances: Instance[]; problems: ParseProblem[] } {
  const problems: ParseProblem[] = [];
  const top = asMap(doc, doc.contents);
  const problemAt = (span: Span | undefined, message: ParseProblem['message']) => {
    if (span) problems.push({ at: { file: edit.file, ...span }, message });
  };
  const checkedMap = (pair: Pair | undefined, what: string): YAMLMap | undefined => {
    if (!pair) return undefined;
    const map = asMap(doc, pair.value);
    if (!map) {
      if (!(isScalar(pair.value) && pair.value.value === null))
        problemAt(keySpan(edit.text, pair), format(MESSAGES.notAMapping, { what }));
      return undefined;
    }
    for (const dup of duplicateKeys(map))
      problemAt(keySpan(edit.text, dup), format(MESSAGES.duplicateKey, { key: keyText(dup) ?? '' }));
    return map;
  };

  const parameters = new Map<string, RosParameter>();
  for (const item of checkedMap(pairOf(top, 'Parameters'), 'Parameters')?.items ?? []) {
    const name = keyText(item as Pair);
    if (name === undefined) continue;
    const body = asMap(doc, item.value);
    parameters.set(name, {
      name,
      key: keySpan(edit.text, item as Pair),
      body,
      defaultNode: valueOf(body, 'Default'),
    });
  }

  const resources = new Map<string, RosResource>();
  for (const item of checkedMap(pairOf(top, 'Resources'), 'Resources')?.items ?? []) {
    const pair = item as Pair<Node, Node | null>;
    const id = keyText(pair);
    const body = asMap(doc, pair.value);
    const header = keySpan(edit.text, pair);
    const extent = pairSpan(edit.text, pair);
    if (id === undefined || !body || !header || !extent) continue;
    const type = valueOf(body, 'Type');
    const propertiesPair = pairOf(body, 'Properties');
    const properties = isRosInstanceType(String(isScalar(type) ? type.value : ''))
      ? checkedMap(propertiesPair, `${id}.Properties`)
      : asMap(doc, propertiesPair?.value);
    resources.set(id, {
      id,
      type: isScalar(type) ? String(type.value) : '',
      body,
      properties,
      propertiesPair,
      header,
      extent,
    });
  }

  const ctx: RosContext = {
    ...edit,
    doc,
    parameters,
    resources,
    icpRegion: findIcpRegionComment(edit.text, comments),
  };
  const eips = eipAssociationsByInstance(ctx);
  const instances: Instance[] = [];
  for (const res of resources.values()) {
    if (isRosInstanceType(res.type)) instances.push(rosInstance(ctx, res, eips.get(res.id) ?? []));
  }
  for (const instance of instances) problems.push(...valueProblems(instance));
  return { instances, problems };
}

/**
 * Values ROS rejects (a charge type it does not know, a parameter default outside its
 * AllowedValues): ICP000 at the value, whichever property it is.
 */
function valueProblems(instance: Instance): ParseProblem[] {
  const problems: ParseProblem[] = [];
  for (const v of Object.values(instance) as unknown[]) {
    const value = v as Partial<Unknown> | undefined;
    if (value?.kind === 'unknown' && value.notAllowed && value.at)
      problems.push({ at: value.at, message: value.notAllowed, valueOnly: true });
  }
  return problems;
}
