import type { Finding } from '../model/finding';
import type { Instance } from '../model/instance';
import {
  parseHclFile,
  reparseHclFile,
  resolveIncrementally,
  resolveModule,
  type CarriedInstance,
  type HclFile,
  type LocationShift,
  type Resolution,
} from '../parse/hcl/index';
import { shiftLocation } from '../parse/hcl/shift';
import type { ParseOutput } from '../parse/types';
import { CORE_PARTS } from './check';
import { folderOf } from '../model/paths';
import type { CheckerParts } from './parts';
import type { RuleMemo } from './run-rules';
import { runPipeline } from './pipeline';
import type { CheckOptions, CheckResult, SourceFile } from './types';

export interface SessionLimits {
  /** Terraform files whose tree and converted form are kept; the least recently checked go first. Default 64. */
  readonly maxFiles?: number;
  /** Total UTF-16 length of the kept texts (their trees take several times as much WASM memory). Default 32 M. */
  readonly maxTextLength?: number;
}

/**
 * Checking for an editor, where the same files are checked again and again with small changes.
 * Gives exactly what `check` gives for the same files and options, but keeps, per Terraform file,
 * its last text, tree-sitter tree and converted form: a new text is reparsed against the old tree
 * (only the changed top-level items are converted again; in a file without syntax errors only the
 * items around the change are even visited), an unchanged text is not parsed at all, and a module
 * whose files are all unchanged reuses its resolved instances. When an edit changes only instance
 * resources (nothing other instances or their fixes read), the other instances are carried over
 * (the same objects when nothing of them moved, else moved past the edit) and only the changed ones
 * are read again; the rules' findings are kept per instance and carried over with them, so only
 * changed instances are checked again. Trees live in WASM
 * memory, outside the garbage collector: `remove` a file that is closed, `dispose` the session.
 */
export class CheckSession {
  /** By path; the Map's order is the order of last use. Every file here owns a live tree. */
  private readonly files = new Map<string, HclFile>();
  /** The last resolution per module folder, with the exact file objects it was made from. */
  private readonly modules = new Map<string, Resolution>();
  /** Instances of the check in progress carried over from the previous resolution; cleared after each check. */
  private readonly carried = new Map<Instance, CarriedInstance>();
  /** How the edits of the check in progress moved text; cleared after each check. */
  private readonly shifts: LocationShift[] = [];
  /** Findings per instance, for one rule environment (`memoKey`). */
  private remembered = new WeakMap<Instance, readonly Finding[]>();
  private memoKey: string | undefined;
  private readonly memo: RuleMemo = {
    recall: (instance) => this.recall(instance),
    remember: (instance, findings) => this.remembered.set(instance, findings),
  };
  private readonly parts: CheckerParts;
  private readonly maxFiles: number;
  private readonly maxTextLength: number;

  constructor(limits: SessionLimits = {}) {
    this.maxFiles = limits.maxFiles ?? 64;
    this.maxTextLength = limits.maxTextLength ?? 32 * 1024 * 1024;
    this.parts = {
      ...CORE_PARTS,
      parseTerraformModule: (files) => this.parseModule(files),
      ruleMemo: (key) => this.memoFor(key),
    };
  }

  /** The same as `check(files, options)`. Parsers must be initialised first (`initCore`). */
  check(files: readonly SourceFile[], options: CheckOptions = {}): CheckResult {
    try {
      return runPipeline(this.parts, files, options).result;
    } finally {
      // Carried instances hold on to the previous version's instances: only this check needs them.
      this.carried.clear();
      this.shifts.length = 0;
    }
  }

  /** Forgets a file (closed, deleted, renamed) and frees its tree. */
  remove(path: string): void {
    const file = this.files.get(path);
    if (!file) return;
    this.files.delete(path);
    file.tree?.delete();
    this.forgetModulesOf(path);
  }

  /** Frees every tree; the session can still be used and starts empty. */
  dispose(): void {
    for (const path of [...this.files.keys()]) this.remove(path);
    this.modules.clear();
    this.remembered = new WeakMap();
  }

  /** Paths whose trees are kept, least recently used first (for tests and diagnostics). */
  get keptFiles(): readonly string[] {
    return [...this.files.keys()];
  }

  private parseModule(sources: readonly SourceFile[]): ParseOutput {
    const parsed = sources.map((source) => this.fileFor(source));
    const folder = folderOf(sources[0]?.path ?? '');
    const cached = this.modules.get(folder);
    if (cached && cached.files.length === parsed.length && cached.files.every((f, i) => f === parsed[i]))
      return cached.output;
    this.modules.delete(folder);
    const incremental = cached && resolveIncrementally(parsed, cached);
    const resolution = incremental ? incremental.resolution : resolveModule(parsed);
    if (incremental) {
      for (const [instance, carried] of incremental.carried) this.carried.set(instance, carried);
      if (incremental.shift) this.shifts.push(incremental.shift);
    }
    this.modules.set(folder, resolution);
    this.evict(new Set(sources.map((s) => s.path)));
    return resolution.output;
  }

  private memoFor(key: string): RuleMemo {
    if (key !== this.memoKey) {
      this.memoKey = key;
      this.remembered = new WeakMap();
    }
    return this.memo;
  }

  /** The findings of an instance checked before, or of the one it was carried over from (moved alike). */
  private recall(instance: Instance): readonly Finding[] | undefined {
    const known = this.remembered.get(instance);
    if (known) return this.shifts.length === 0 ? known : this.movedPastEdits(instance, known);
    const carried = this.carried.get(instance);
    const before = carried && this.remembered.get(carried.from);
    if (!carried || !before) return undefined;
    const shift = carried.shift;
    const findings = shift ? before.map((finding) => shiftFinding(finding, shift)) : before;
    this.remembered.set(instance, findings);
    return findings;
  }

  /** The remembered findings of an instance carried as itself, moved where this check's edits moved text. */
  private movedPastEdits(instance: Instance, findings: readonly Finding[]): readonly Finding[] {
    let moved = findings;
    for (const shift of this.shifts) {
      const next = moved.map((finding) => shiftFinding(finding, shift));
      if (next.some((finding, i) => finding !== moved[i])) moved = next;
    }
    if (moved !== findings) this.remembered.set(instance, moved);
    return moved;
  }

  private fileFor(source: SourceFile): HclFile {
    const previous = this.files.get(source.path);
    this.files.delete(source.path);
    if (previous && previous.text === source.text) {
      this.files.set(source.path, previous);
      return previous;
    }
    let next: HclFile;
    try {
      next = previous ? reparseHclFile(previous, source) : parseHclFile(source);
    } finally {
      // The previous tree was edited for the reparse (or is stale): it is no longer anyone's.
      previous?.tree?.delete();
    }
    if (next.tree) this.files.set(source.path, next);
    return next;
  }

  /** Drops the least recently used files beyond the limits, never one of `inUse` (the module just checked). */
  private evict(inUse: ReadonlySet<string>): void {
    let length = 0;
    for (const file of this.files.values()) length += file.text.length;
    for (const [path, file] of this.files) {
      if (this.files.size <= this.maxFiles && length <= this.maxTextLength) break;
      if (inUse.has(path)) continue;
      length -= file.text.length;
      this.remove(path);
    }
  }

  private forgetModulesOf(path: string): void {
    for (const [folder, module] of this.modules)
      if (module.files.some((f) => f.path === path)) this.modules.delete(folder);
  }
}

/** A finding of an instance carried past an edit: every location and fix edit moved alike (itself when none moves). */
function shiftFinding(finding: Finding, shift: LocationShift): Finding {
  const moves = (file: string, start: number) => file === shift.file && start >= shift.from;
  if (
    !moves(finding.at.file, finding.at.start) &&
    !finding.related.some((r) => moves(r.at.file, r.at.start)) &&
    !finding.fixes.some((fix) => fix.edits.some((edit) => moves(edit.file, edit.start)))
  )
    return finding;
  return {
    ...finding,
    at: shiftLocation(finding.at, shift),
    related: finding.related.map((r) => ({ ...r, at: shiftLocation(r.at, shift) })),
    fixes: finding.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((edit) =>
        edit.file !== shift.file || edit.start < shift.from
          ? edit
          : { ...edit, start: edit.start + shift.delta, end: edit.end + shift.delta },
      ),
    })),
  };
}
