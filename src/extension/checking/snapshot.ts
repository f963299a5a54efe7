import {
  LineIndex,
  type CheckOptions,
  type CheckResult,
  type SourceFile,
  type SourceSyntax,
} from '../../core';

/** One file as the engine saw it: the exact text (and document version) its offsets refer to. */
export interface FileSnapshot {
  readonly uri: string;
  readonly text: string;
  /** The open document's version; undefined for text read from disk. */
  readonly version?: number;
  /** How to read an untitled buffer (its language mode); undefined when the name says. */
  readonly syntax?: SourceSyntax;
}

/** What the engine is given for a file: its URI string is the path every Location carries. */
export function toSource(file: FileSnapshot): SourceFile {
  return file.syntax === undefined
    ? { path: file.uri, text: file.text }
    : { path: file.uri, text: file.text, syntax: file.syntax };
}

/**
 * A check's result with the texts it ran on. Offsets in findings and fixes are turned into ranges
 * with these texts, never with a newer document, so a stale fix can never be applied at the wrong place.
 */
export class CheckSnapshot {
  private readonly files = new Map<string, FileSnapshot>();
  private readonly indexes = new Map<string, LineIndex>();

  constructor(
    files: readonly FileSnapshot[],
    readonly result: CheckResult,
    readonly options: CheckOptions,
  ) {
    for (const f of files) this.files.set(f.uri, f);
  }

  readonly indexOf = (file: string): LineIndex | undefined => {
    let index = this.indexes.get(file);
    if (!index) {
      const f = this.files.get(file);
      if (!f) return undefined;
      index = new LineIndex(f.text);
      this.indexes.set(file, index);
    }
    return index;
  };

  file(uri: string): FileSnapshot | undefined {
    return this.files.get(uri);
  }

  get allFiles(): FileSnapshot[] {
    return [...this.files.values()];
  }

  get uris(): string[] {
    return [...this.files.keys()];
  }

  get texts(): ReadonlyMap<string, string> {
    return new Map([...this.files].map(([uri, f]) => [uri, f.text]));
  }
}
