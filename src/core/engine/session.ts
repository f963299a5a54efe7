import { parseHclFile, reparseHclFile, resolveTerraformModule, type HclFile } from '../parse/hcl/index';
import type { ParseOutput } from '../parse/types';
import { CORE_PARTS } from './check';
import { folderOf } from './classify';
import type { CheckerParts } from './parts';
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
 * (only the changed top-level items are converted again), an unchanged text is not parsed at all,
 * and a module whose files are all unchanged reuses its resolved instances. Trees live in WASM
 * memory, outside the garbage collector: `remove` a file that is closed, `dispose` the session.
 */
export class CheckSession {
  /** By path; the Map's order is the order of last use. Every file here owns a live tree. */
  private readonly files = new Map<string, HclFile>();
  /** The last resolution per module folder, with the exact file objects it was made from. */
  private readonly modules = new Map<string, { readonly files: readonly HclFile[]; readonly output: ParseOutput }>();
  private readonly parts: CheckerParts;
  private readonly maxFiles: number;
  private readonly maxTextLength: number;

  constructor(limits: SessionLimits = {}) {
    this.maxFiles = limits.maxFiles ?? 64;
    this.maxTextLength = limits.maxTextLength ?? 32 * 1024 * 1024;
    this.parts = { ...CORE_PARTS, parseTerraformModule: (files) => this.parseModule(files) };
  }

  /** The same as `check(files, options)`. Parsers must be initialised first (`initCore`). */
  check(files: readonly SourceFile[], options: CheckOptions = {}): CheckResult {
    return runPipeline(this.parts, files, options).result;
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
  }

  /** Paths whose trees are kept, least recently used first (for tests and diagnostics). */
  get keptFiles(): readonly string[] {
    return [...this.files.keys()];
  }

  private parseModule(sources: readonly SourceFile[]): ParseOutput {
    const parsed = sources.map((source) => this.fileFor(source));
    const folder = folderOf(sources[0]?.path ?? '');
    const cached = this.modules.get(folder);
    if (cached && cached.files.length === parsed.length && cached.files.every((f, i) => f === parsed[i])) return cached.output;
    this.modules.delete(folder);
    const output = resolveTerraformModule(parsed);
    this.modules.set(folder, { files: parsed, output });
    this.evict(new Set(sources.map((s) => s.path)));
    return output;
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
    for (const [folder, module] of this.modules) if (module.files.some((f) => f.path === path)) this.modules.delete(folder);
  }
}
