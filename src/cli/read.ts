import { readFileSync } from 'node:fs';
import { format, ENGINE_MESSAGES, type SkippedFile, type SourceFile } from '../core';
import { CLI_TEXT } from './messages';
import { UsageError } from './args';
import type { FoundFile } from './walk';

export interface ReadFiles {
  readonly files: SourceFile[];
  /** Files too large to read at all; the engine never sees them, the report still names them. */
  readonly skipped: SkippedFile[];
  /** Where each shown path lives on disk, for `--fix` to write back. */
  readonly absolute: ReadonlyMap<string, string>;
}

/** Reads the found files as UTF-8. A file that cannot be read is a usage error (exit 2), never silently dropped. */
export function readFiles(found: readonly FoundFile[], maxFileSizeKb: number): ReadFiles {
  const files: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  const absolute = new Map<string, string>();
  for (const f of found) {
    // Bytes on disk are the UTF-8 bytes the engine's own limit counts, so a large file is never even read.
    if (f.size > maxFileSizeKb * 1024) {
      skipped.push({ file: f.path, reason: format(ENGINE_MESSAGES.skippedTooLarge, { sizeKb: Math.ceil(f.size / 1024), limitKb: maxFileSizeKb }) });
      continue;
    }
    let content: string;
    try {
      content = readFileSync(f.absolute, 'utf8');
    } catch (error) {
      throw new UsageError(format(CLI_TEXT.pathUnreadable, { path: f.path, reason: String((error as NodeJS.ErrnoException).code ?? error) }));
    }
    files.push({ path: f.path, text: content });
    absolute.set(f.path, f.absolute);
  }
  return { files, skipped, absolute };
}

