import type { Instance } from '../../model/instance';
import type { Document, Pair } from 'yaml';
import { loc, type Location, type Span } from '../../model/location';
import { format } from '../../model/localized';
import type { SourceFile } from '../../model/source-file';
import type { ParseOutput, ParseProblem } from '../types';
import { formatOf, mayBeOurs, syntaxOf } from './classify';
import { parseText } from './document';
import { detectEol, detectIndentUnit, type EditContext } from './edits';
import { MESSAGES } from './messages';
import { asMap, pairOf, pairSpan } from './nodes';
import { yamlSyntaxProblems } from './syntax-problems';
import { rosInstances } from './ros/template';
import { specInstances } from './spec/instances';

/**
 * The YAML/JSON front end: a ROS template (top-level `ROSTemplateFormatVersion`) or an instance spec
 * (`*.icp.yaml`, or top-level `kind: IcpInstanceSpec`) → instances, ICP000 problems and comments.
 * Undefined for any other file, so the rest of a workspace's YAML and JSON is left alone. Never throws.
 */
export function parseYamlOrJsonFile(file: SourceFile): ParseOutput | undefined {
  const syntax =
    syntaxOf(file.path) ?? (file.syntax === 'yaml' || file.syntax === 'json' ? file.syntax : undefined);
  if (!syntax || !mayBeOurs(file.path, file.text)) return undefined;
  try {
    return parseOurs(file, syntax);
  } catch (e) {
    // A bug of ours must not take the whole check down: the file is reported, not skipped silently.
    const message = format(MESSAGES.unreadable, { message: e instanceof Error ? e.message : String(e) });
    return output(file.path, [], [{ at: loc(file.path, 0, 0), message }], []);
  }
}

function parseOurs(file: SourceFile, syntax: 'yaml' | 'json'): ParseOutput | undefined {
  const parsed = parseText(file.text);
  const comments = syntax === 'json' ? [] : parsed.comments.map((c) => loc(file.path, c.start, c.end));
  if (parsed.crash !== undefined)
    return output(
      file.path,
      [],
      [{ at: loc(file.path, 0, 0), message: format(MESSAGES.unreadable, { message: parsed.crash }) }],
      comments,
    );

  const kind = formatOf(file.path, parsed.doc);
  const problems: ParseProblem[] =
    parsed.errors.length > 0
      ? yamlSyntaxProblems(
          file.path,
          file.text,
          parsed,
          kind && parsed.doc ? entrySpans(file.text, parsed.doc, kind) : [],
        )
      : [];
  // Broken text that names one of our formats is reported; other broken YAML is not ours to judge.
  if (!kind || !parsed.doc)
    return problems.length > 0 ? output(file.path, [], problems, comments) : undefined;
  if (parsed.aliasBomb)
    return output(file.path, [], [{ at: loc(file.path, 0, 0), message: MESSAGES.aliasBomb }], comments);

  const ctx: EditContext = {
    file: file.path,
    text: file.text,
    syntax,
    eol: detectEol(file.text),
    unit: detectIndentUnit(file.text),
  };
  const result =
    kind === 'ros' ? rosInstances(ctx, parsed.doc, parsed.comments) : specInstances(ctx, parsed.doc);
  return output(file.path, result.instances, [...problems, ...result.problems], comments);
}

/** The top-level entries a syntax error damages one at a time: ROS resources, spec instances. */
function entrySpans(text: string, doc: Document.Parsed, kind: 'ros' | 'spec'): Span[] {
  const top = asMap(doc, doc.contents);
  const entries = asMap(doc, pairOf(top, kind === 'ros' ? 'Resources' : 'instances')?.value);
  const spans: Span[] = [];
  for (const item of entries?.items ?? []) {
    const span = pairSpan(text, item as Pair);
    if (span) spans.push(span);
  }
  return spans;
}

function output(
  file: string,
  instances: readonly Instance[],
  problems: readonly ParseProblem[],
  comments: readonly Location[],
): ParseOutput {
  return { instances, problems, comments: new Map([[file, comments]]) };
}
