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

/** A URI's scheme and authority (`file://`, `vscode-vfs://github`): never left by `..`. */
const URI_ROOT = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i;

/**
 * `relative` (a module `source` such as `../modules/web`) joined to `folder` with `.` and `..`
 * resolved, spelled like `folder` (an OS path or a URI), so that the same folder reached two ways
 * has one name. `..` above a relative folder's start stays in the path (`../common`).
 */
export function joinPath(folder: string, relative: string): string {
  const root = URI_ROOT.exec(folder)?.[0] ?? '';
  const rest = folder.slice(root.length);
  const absolute = rest.startsWith('/') || root !== '';
  const separator = !root && rest.includes('\\') && !rest.includes('/') ? '\\' : '/';
  const segments: string[] = [];
  for (const segment of [...rest.split(/[\\/]/), ...relative.split(/[\\/]/)]) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
    else if (segment !== '..' || !absolute) segments.push(segment);
  }
  const drive = !root && /^[a-z]:$/i.test(segments[0] ?? '') ? '' : absolute ? separator : '';
  return `${root}${drive}${segments.join(separator)}`;
}
