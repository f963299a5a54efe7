import type { Localized } from './localized';

/** A replacement of `[start, end)` in `file` by `newText` (offsets into the file's current text). */
export interface TextEdit {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: Localized;
  /** The one fix "fix all" and `--fix` apply; region choices beyond the first are not preferred. */
  readonly preferred: boolean;
  /** May span several files (e.g. a variable's default in variables.tf). */
  readonly edits: readonly TextEdit[];
}
