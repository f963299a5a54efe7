import assert from 'node:assert/strict';
import { LineIndex } from '../../../../src/core/model/line-index';
import type { TextEdit } from '../../../../src/core/model/fix';
import type { Instance } from '../../../../src/core/model/instance';
import type { Location } from '../../../../src/core/model/location';
import type { Value } from '../../../../src/core/model/value';
import type { ParseOutput } from '../../../../src/core/parse/types';
import { terraformWasmPath } from '../../helpers/core-ready';
import { initTerraformGrammar, parseTerraformModule } from '../../../../src/core/parse/hcl';

/** A module as `{ 'main.tf': text, … }`; paths in Locations are these keys. */
export type Files = Record<string, string>;

export async function ready(): Promise<void> {
  await initTerraformGrammar(terraformWasmPath());
}

export function parse(files: Files): ParseOutput {
  return parseTerraformModule(Object.entries(files).map(([path, text]) => ({ path, text })));
}

export function instanceNamed(out: ParseOutput, name: string): Instance {
  const found = out.instances.find((i) => i.name === name);
  assert.ok(found, `no instance ${name}; have ${out.instances.map((i) => i.name).join(', ')}`);
  return found;
}

/** `file:line:col-line:col`, 1-based like an editor's status bar. */
export function where(files: Files, at: Location): string {
  const index = new LineIndex(files[at.file]);
  const s = index.positionAt(at.start);
  const e = index.positionAt(at.end);
  return `${at.file}:${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`;
}

export function textAt(files: Files, at: Location): string {
  return files[at.file].slice(at.start, at.end);
}

/** The parts of a Value a test compares: kind, value, the text it points at, and its origins. */
export function describe<T>(files: Files, v: Value<T> | undefined) {
  if (!v) return undefined;
  return {
    kind: v.kind,
    value: v.kind === 'known' ? v.value : v.expression,
    omitted: v.kind === 'known' ? v.omitted : undefined,
    at: textAt(files, v.at),
    origins: v.origins.map((o) => `${o.at.file}: ${textAt(files, o.at)} (${o.label.en})`),
  };
}

/** Applies edits (any files, any order) the way an editor does: from the end backwards. */
export function applyEdits(files: Files, edits: readonly TextEdit[] | undefined): Files {
  assert.ok(edits, 'expected edits, got none');
  const out: Files = { ...files };
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  for (const e of sorted) out[e.file] = out[e.file].slice(0, e.start) + e.newText + out[e.file].slice(e.end);
  return out;
}

/** Applies a fix and checks the result still parses without new problems. */
export function fixed(files: Files, edits: readonly TextEdit[] | undefined): Files {
  const before = parse(files).problems.length;
  const after = applyEdits(files, edits);
  assert.equal(
    parse(after).problems.length,
    before,
    `fix introduced problems:\n${JSON.stringify(parse(after).problems, null, 1)}`,
  );
  return after;
}
