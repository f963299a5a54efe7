import { LineIndex } from '../model/line-index';
import type { Location } from '../model/location';

/** A 1-based range for people and SARIF; `endColumn` is exclusive (the column after the last character). */
export interface OneBasedRange {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Turns offsets into 1-based lines and columns (UTF-16 code units), one LineIndex per file, built lazily. */
export class Positions {
  private readonly indexes = new Map<string, LineIndex>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  range(at: Location): OneBasedRange {
    const index = this.indexFor(at.file);
    const start = index.positionAt(at.start);
    const end = index.positionAt(Math.max(at.start, at.end));
    return {
      startLine: start.line + 1,
      startColumn: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
    };
  }

  /** `main.tf:12:3`: where a location starts, as people and their tools quote it. */
  where(at: Location): string {
    const r = this.range(at);
    return `${at.file}:${r.startLine}:${r.startColumn}`;
  }

  private indexFor(file: string): LineIndex {
    let index = this.indexes.get(file);
    if (!index) {
      // A file we were not given (should not happen) still yields a usable position: line 1.
      index = new LineIndex(this.texts.get(file) ?? '');
      this.indexes.set(file, index);
    }
    return index;
  }
}
