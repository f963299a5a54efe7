import {
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { format, type Localized } from '../core';
import { CLI_TEXT } from './messages';

/** What a file was when it was read: `--fix` writes it only if it is still that file. */
export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
  readonly symlink: boolean;
}

export interface FixedFile {
  /** As reports show it. */
  readonly path: string;
  readonly absolute: string;
  /** The text that was read and checked. */
  readonly original: string;
  /** The text to write. */
  readonly text: string;
  /** Named on the command line itself (a symbolic link named there is followed; one found in a folder is not). */
  readonly named: boolean;
  readonly identity?: FileIdentity;
}

export interface WriteOutcome {
  readonly written: string[];
  readonly skipped: { readonly path: string; readonly reason: Localized }[];
}

/** Taken right after reading, before fixing starts. Undefined when the file is already gone. */
export function identify(absolute: string): FileIdentity | undefined {
  try {
    const stats = lstatSync(absolute);
    return { dev: stats.dev, ino: stats.ino, symlink: stats.isSymbolicLink() };
  } catch {
    return undefined;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Writes the texts `--fix` produced so that no data can be lost or land elsewhere. First, for
 * every file: the fixed text goes to a new temporary file beside the real one, and the file is read
 * again; it is skipped (and the temporary file removed) when it is no longer the file that was read
 * (replaced, or turned into a symbolic link that was not named on the command line), when its
 * bytes are not valid UTF-8 (reading it replaced them, so writing would destroy them), or when its
 * content changed since it was read (someone edited it while the fix ran). Then each kept
 * temporary file is renamed over its file, which replaces it in one step: a reader sees the old
 * text or the new one, never half of either.
 */
export function writeFixed(files: readonly FixedFile[]): WriteOutcome {
  const skipped: { path: string; reason: Localized }[] = [];
  const ready: { file: FixedFile; temp: string; target: string }[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    let temp: string | undefined;
    try {
      const target = targetOf(file);
      temp = writeTemp(target, file.text);
      const reason = whyNotWrite(file, target);
      if (reason) {
        unlinkQuietly(temp);
        skipped.push({ path: file.path, reason });
        continue;
      }
      ready.push({ file, temp, target });
    } catch (error) {
      if (temp) unlinkQuietly(temp);
      skipped.push({ path: file.path, reason: reasonOf(error) });
    }
  }
  const written: string[] = [];
  for (const { file, temp, target } of ready) {
    try {
      renameSync(temp, target);
      written.push(file.path);
    } catch (error) {
      unlinkQuietly(temp);
      skipped.push({ path: file.path, reason: reasonOf(error) });
    }
  }
  return { written, skipped };
}

/** The file to replace: the path itself, or the real file behind a symbolic link named on the command line. */
function targetOf(file: FixedFile): string {
  return file.named ? realpathSync(file.absolute) : file.absolute;
}

function whyNotWrite(file: FixedFile, target: string): Localized | undefined {
  const now = identify(file.absolute);
  if (!now || !file.identity || now.dev !== file.identity.dev || now.ino !== file.identity.ino)
    return CLI_TEXT.notWrittenReplaced;
  if (now.symlink && !file.named) return CLI_TEXT.notWrittenSymlink;
  let current: string;
  try {
    current = UTF8.decode(readFileSync(target));
  } catch (error) {
    if (error instanceof TypeError) return CLI_TEXT.notWrittenEncoding;
    throw error;
  }
  return current === file.original ? undefined : CLI_TEXT.notWrittenChanged;
}

/** A new file beside `target` (same folder, so the rename cannot cross file systems), with its permissions. */
function writeTemp(target: string, text: string): string {
  const temp = join(dirname(target), `.${basename(target)}.icp-check-${randomBytes(6).toString('hex')}.tmp`);
  const mode = statSync(target).mode & 0o7777;
  const fd = openSync(temp, 'wx', mode);
  try {
    writeSync(fd, text, null, 'utf8');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: nothing to clean up.
  }
}

function reasonOf(error: unknown): Localized {
  return format(CLI_TEXT.notWrittenError, { reason: String((error as NodeJS.ErrnoException).code ?? error) });
}
