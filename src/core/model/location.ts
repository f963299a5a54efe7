/**
 * Where something is in a source file. Offsets are UTF-16 code-unit indices into the file's text
 * (what JavaScript strings, `yaml` and web-tree-sitter's `startIndex` use), so the core never has to
 * know about lines; surfaces turn offsets into line/column with `LineIndex` at the edge.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Location extends Span {
  /** The file's path as the caller named it (the CLI passes paths, the extension passes URIs). */
  readonly file: string;
}

export function loc(file: string, start: number, end: number): Location {
  return { file, start, end };
}
