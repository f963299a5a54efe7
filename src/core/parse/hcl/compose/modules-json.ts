import { parseTree, findNodeAtLocation, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { SourceFile } from '../../../model/source-file';
import type { Location } from '../../../model/location';
import { format } from '../../../model/localized';
import type { ParseProblem } from '../../types';
import { MESSAGES } from '../messages';

/** Where `terraform init` records the modules it downloaded, relative to the root folder. */
export const MODULES_JSON = '.terraform/modules/modules.json';

/** One entry of `modules.json`: the dotted call path (`web`, `web.db`) and the folder it was downloaded to. */
export interface DownloadedModule {
  readonly key: string;
  readonly source: string;
  /** As written, relative to the root folder. */
  readonly dir: string;
  readonly at: Location;
}

/** Reads `modules.json` with a real JSON parser; what is not JSON of the documented shape is a problem at its place. */
export function readModulesJson(file: SourceFile): {
  modules: ReadonlyMap<string, DownloadedModule>;
  problems: ParseProblem[];
} {
  const modules = new Map<string, DownloadedModule>();
  const problems: ParseProblem[] = [];
  const errors: ParseError[] = [];
  const root = parseTree(file.text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const at = {
      file: file.path,
      start: first?.offset ?? 0,
      end: (first?.offset ?? 0) + (first?.length ?? 0),
    };
    problems.push({
      at,
      message: format(MESSAGES.modulesJsonInvalid, {
        error: first ? printParseErrorCode(first.error) : 'empty',
      }),
    });
    return { modules, problems };
  }
  const list = findNodeAtLocation(root, ['Modules']);
  if (list?.type !== 'array') {
    problems.push({
      at: { file: file.path, start: root.offset, end: root.offset + root.length },
      message: MESSAGES.modulesJsonShape,
    });
    return { modules, problems };
  }
  for (const entry of list.children ?? []) {
    const key = stringAt(entry, 'Key');
    const dir = stringAt(entry, 'Dir');
    if (entry.type !== 'object' || key === undefined || dir === undefined) {
      problems.push({
        at: { file: file.path, start: entry.offset, end: entry.offset + entry.length },
        message: MESSAGES.modulesJsonShape,
      });
      continue;
    }
    // The root module itself is listed with an empty key.
    if (key.value === '') continue;
    modules.set(key.value, {
      key: key.value,
      source: stringAt(entry, 'Source')?.value ?? '',
      dir: dir.value,
      at: { file: file.path, start: dir.node.offset, end: dir.node.offset + dir.node.length },
    });
  }
  return { modules, problems };
}

function stringAt(entry: Node, key: string): { value: string; node: Node } | undefined {
  const node = findNodeAtLocation(entry, [key]);
  return node?.type === 'string' && typeof node.value === 'string' ? { value: node.value, node } : undefined;
}
