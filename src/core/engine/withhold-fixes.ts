import type { Finding } from '../model/finding';

/**
 * Drops the fixes that would edit a file which does not parse. The parser's view of a broken file
 * is a recovery guess, so an edit placed by it can land inside the damage and break the file
 * further (an inserted key in a half-written JSON object). As in eslint, fixes come back once the
 * file parses; "suppress" and "show documentation" stay available in the editor.
 */
export function withholdFixesInBrokenFiles(
  findings: readonly Finding[],
  invalidByFile: ReadonlyMap<string, number>,
): Finding[] {
  const broken = (file: string) => (invalidByFile.get(file) ?? 0) > 0;
  if (![...invalidByFile.values()].some((count) => count > 0)) return [...findings];
  return findings.map((finding) => {
    if (!finding.fixes.some((fix) => fix.edits.some((edit) => broken(edit.file)))) return finding;
    return { ...finding, fixes: finding.fixes.filter((fix) => !fix.edits.some((edit) => broken(edit.file))) };
  });
}
