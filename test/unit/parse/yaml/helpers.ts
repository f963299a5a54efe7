import { readFileSync } from 'node:fs';
import { repoPath } from '../../helpers/repo-root';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../../src/core/model/line-index';
import type { Instance } from '../../../../src/core/model/instance';
import type { Location } from '../../../../src/core/model/location';
import type { TextEdit } from '../../../../src/core/model/fix';
import type { ParseOutput } from '../../../../src/core/parse/types';
import { parseYamlOrJsonFile } from '../../../../src/core/parse/yaml';

/** `line:col-line:col`, 1-based as editors show it. */
export function range(text: string, at: Location): string {
  const index = new LineIndex(text);
  const s = index.positionAt(at.start);
  const e = index.positionAt(at.end);
  return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`;
}

/** The text a location covers. */
export function covered(text: string, at: Location | undefined): string | undefined {
  return at ? text.slice(at.start, at.end) : undefined;
}

export function parse(path: string, text: string): ParseOutput {
  const out = parseYamlOrJsonFile({ path, text });
  assert.ok(out, `${path} should be recognised`);
  return out;
}

export function only(out: ParseOutput, name?: string): Instance {
  const found = name ? out.instances.filter((i) => i.name === name) : out.instances;
  assert.equal(
    found.length,
    1,
    `expected one instance${name ? ` named ${name}` : ''}, got ${out.instances.map((i) => i.name).join(', ')}`,
  );
  return found[0];
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Applies a setter's edits, re-parses, and checks that no new problem appeared. */
export function fixAndReparse(
  path: string,
  text: string,
  edits: readonly TextEdit[] | undefined,
): { text: string; out: ParseOutput } {
  assert.ok(edits && edits.length > 0, 'the setter should produce edits');
  for (const e of edits) assert.equal(e.file, path);
  const fixed = applyEdits(text, edits);
  const out = parse(path, fixed);
  assert.deepEqual(
    out.problems.map((p) => p.message.en),
    parse(path, text).problems.map((p) => p.message.en),
    `re-parsing gave new problems:\n${fixed}`,
  );
  return { text: fixed, out };
}

/** Value of a Known, or `unknown:<expression>`. */
export function show(
  v: { kind: 'known'; value: unknown } | { kind: 'unknown'; expression: string } | undefined,
): unknown {
  if (!v) return undefined;
  return v.kind === 'known' ? v.value : `unknown:${v.expression}`;
}

export function lines(...ls: string[]): string {
  return ls.join('\n') + '\n';
}

/** Reads a file of the repository (tests run from sources under tsx and from out/ when compiled). */
export function repoFile(relative: string): string {
  return readFileSync(repoPath(relative), 'utf8');
}
