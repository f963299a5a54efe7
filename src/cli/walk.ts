import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { format, kindOf } from '../core';
import { CLI_TEXT } from './messages';
import { UsageError } from './args';

/** Folders that never hold the user's own infrastructure code. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.terraform']);

/** A file to check: `path` as reports show it (relative to the working folder, `/`-separated), `absolute` to read it. */
export interface FoundFile {
  readonly path: string;
  readonly absolute: string;
  readonly size: number;
}

/** How a file is named in reports: relative to the working folder when inside it, else absolute; always `/`. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
  return shown.split(sep).join('/');
}

function isInside(child: string, root: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Finds the files to check under the given paths. A file named on the command line must be a
 * regular file with a name the engine reads (else a usage error names it); inside folders only the
 * engine's formats are picked up. Symbolic links are
 * followed only when they stay inside the folder being walked, so a link to `/` or to a sibling
 * checkout cannot pull in unrelated files, and only after the real folders were walked, so a file
 * is named by its real path and a link loop ends.
 */
export function findFiles(paths: readonly string[], cwd: string): FoundFile[] {
  const found = new Map<string, FoundFile>();
  const seenFiles = new Set<string>();
  const add = (absolute: string, stats: Stats) => {
    const real = realpathSync(absolute);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    const path = displayPath(absolute, cwd);
    found.set(path, { path, absolute, size: stats.size });
  };

  for (const given of paths) {
    const absolute = resolve(cwd, given);
    let stats: Stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR')
        throw new UsageError(format(CLI_TEXT.pathMissing, { path: given }));
      throw new UsageError(format(CLI_TEXT.pathUnreadable, { path: given, reason: String(code ?? error) }));
    }
    if (stats.isDirectory()) walkTree(absolute, add);
    // A device or pipe (`/dev/zero`, `<(cat main.tf)`) may never end: refused, never read.
    else if (!stats.isFile()) throw new UsageError(format(CLI_TEXT.notRegularFile, { path: given }));
    // Named on the command line but not by a name the engine reads: said, rather than passed over in silence.
    else if (kindOf(basename(absolute)) === 'ignored')
      throw new UsageError(format(CLI_TEXT.unrecognisedName, { path: given }));
    else add(absolute, stats);
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Walks one tree: real folders first, then the links found on the way (which may find more links). */
function walkTree(top: string, add: (absolute: string, stats: Stats) => void): void {
  const root = realpathSync(top);
  const seenFolders = new Set<string>();
  const links: string[] = [];
  walkFolder(top, seenFolders, links, add);
  for (let link = links.shift(); link !== undefined; link = links.shift()) {
    let target: string;
    try {
      target = realpathSync(link);
    } catch {
      continue; // a dangling link names nothing to check
    }
    if (!isInside(target, root)) continue;
    const stats = statSync(link);
    if (stats.isDirectory()) walkFolder(link, seenFolders, links, add);
    else if (stats.isFile() && isCandidate(basename(link))) add(link, stats);
  }
}

function isCandidate(name: string): boolean {
  return kindOf(name) !== 'ignored' && name !== '.icpcheck.yaml';
}

function walkFolder(
  folder: string,
  seen: Set<string>,
  links: string[],
  add: (absolute: string, stats: Stats) => void,
): void {
  const real = realpathSync(folder);
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(
      format(CLI_TEXT.pathUnreadable, {
        path: folder,
        reason: String((error as NodeJS.ErrnoException).code ?? error),
      }),
    );
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = join(folder, entry.name);
    if (entry.isSymbolicLink()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) links.push(absolute);
    } else if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walkFolder(absolute, seen, links, add);
    } else if (entry.isFile() && isCandidate(entry.name)) {
      add(absolute, lstatSync(absolute));
    }
  }
}
