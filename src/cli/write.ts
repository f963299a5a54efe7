import { writeFileSync } from 'node:fs';
import { format } from '../core';
import { CLI_TEXT } from './messages';
import { UsageError } from './args';

/** Writes the texts `--fix` changed back to their files; only files that were read can be written. */
export function writeFiles(changed: ReadonlyMap<string, string>, absolute: ReadonlyMap<string, string>): string[] {
  const written: string[] = [];
  for (const [path, content] of changed) {
    const target = absolute.get(path);
    if (target === undefined) continue;
    try {
      writeFileSync(target, content, 'utf8');
    } catch (error) {
      throw new UsageError(format(CLI_TEXT.writeFailed, { path, reason: String((error as NodeJS.ErrnoException).code ?? error) }));
    }
    written.push(path);
  }
  return written.sort();
}
