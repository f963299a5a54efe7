import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeText, format, ENGINE_MESSAGES, type SkippedFile, type SourceFile } from '../core';
import { CLI_TEXT } from './messages';
import { UsageError } from './args';
import type { FoundFile } from './walk';

export interface ReadFiles {
  readonly files: SourceFile[];
  /** Files too large to read, or not text; the engine never sees them, the report names each as not checked. */
  readonly skipped: SkippedFile[];
  /** Where each shown path lives on disk, for `--fix` to write back. */
  readonly absolute: ReadonlyMap<string, string>;
}

/**
 * Reads the found files: UTF-8, or UTF-16 with a byte-order mark. A file that cannot be read is a
 * usage error (exit 2), never silently dropped; one too large or not text is a skipped file.
 */
export function readFiles(found: readonly FoundFile[], maxFileSizeKb: number): ReadFiles {
  const files: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  const absolute = new Map<string, string>();
  const limit = maxFileSizeKb * 1024;
  for (const f of found) {
    let bytes: Uint8Array | undefined;
    try {
      bytes = readAtMost(f.absolute, limit);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(
        format(CLI_TEXT.pathUnreadable, {
          path: f.path,
          reason: String((error as NodeJS.ErrnoException).code ?? error),
        }),
      );
    }
    // Bytes on disk are the UTF-8 bytes the engine's own limit counts, so a large file is never read whole.
    if (!bytes) {
      skipped.push({
        file: f.path,
        reason: format(ENGINE_MESSAGES.skippedTooLarge, {
          sizeKb: Math.ceil(Math.max(f.size, limit + 1) / 1024),
          limitKb: maxFileSizeKb,
        }),
      });
      continue;
    }
    const decoded = decodeText(bytes);
    if ('notText' in decoded) {
      skipped.push({ file: f.path, reason: decoded.notText });
      continue;
    }
    files.push({ path: f.path, text: decoded.text });
    absolute.set(f.path, f.absolute);
  }
  return { files, skipped, absolute };
}

/**
 * The file's bytes, or undefined when there are more than `limit`: at most `limit + 1` bytes are
 * ever read, whatever the size the file claims or grows to while it is read.
 */
function readAtMost(path: string, limit: number): Uint8Array | undefined {
  const fd = openSync(path, 'r');
  try {
    if (!fstatSync(fd).isFile()) throw new UsageError(format(CLI_TEXT.notRegularFile, { path }));
    const buffer = Buffer.alloc(Math.min(limit + 1, Math.max(fstatSync(fd).size, 0) + 1));
    let length = 0;
    let grown = buffer;
    for (;;) {
      if (length === grown.length) {
        if (grown.length > limit) return undefined;
        grown = Buffer.concat([grown, Buffer.alloc(Math.min(limit + 1, grown.length * 2) - grown.length)]);
      }
      const n = readSync(fd, grown, length, grown.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return length > limit ? undefined : grown.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
