/**
 * File paths as the core sees them: whatever the caller passed (an OS path or a URI), split at the
 * last `/` or `\`. One definition, because "same folder" is what makes Terraform files one module,
 * and the engine, the resolver and the report must agree on it.
 */

/** The last segment of a path or URI. */
export function baseName(path: string): string {
  return path.slice(lastSeparator(path) + 1);
}

/** The part before the last separator: Terraform files sharing it form one module. */
export function folderOf(path: string): string {
  const cut = lastSeparator(path);
  return cut < 0 ? '' : path.slice(0, cut);
}

/**
 * Whether the last segment names a type (`main.tf`, `notes.md`); an unsaved editor buffer
 * (`untitled:Untitled-1`) does not, so its language mode says how to read it.
 */
export function hasExtension(path: string): boolean {
  return baseName(path.replace(/[?#].*$/, '')).includes('.');
}

function lastSeparator(path: string): number {
  return Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
}
