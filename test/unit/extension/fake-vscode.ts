/**
 * Stand-ins for the few VS Code classes the mapping builds, so the mapping is tested under plain
 * mocha. They keep the same field names as the real classes, which is all the mapping relies on.
 */
import type { VscodeClasses } from '../../../src/extension/mapping/vscode-types';

class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}
class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(sl: number, sc: number, el: number, ec: number) {
    this.start = new Position(sl, sc);
    this.end = new Position(el, ec);
  }
}
class Uri {
  private constructor(readonly value: string) {}
  static parse(value: string): Uri {
    return new Uri(value);
  }
  toString(): string {
    return this.value;
  }
}
class Location {
  constructor(
    readonly uri: Uri,
    readonly range: Range,
  ) {}
}
class DiagnosticRelatedInformation {
  constructor(
    readonly location: Location,
    readonly message: string,
  ) {}
}
class Diagnostic {
  source?: string;
  code?: string | { value: string; target: Uri };
  relatedInformation?: DiagnosticRelatedInformation[];
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: number,
  ) {}
}
class TextEdit {
  constructor(
    readonly range: Range,
    readonly newText: string,
  ) {}
}
class WorkspaceEdit {
  readonly byFile = new Map<string, TextEdit[]>();
  set(uri: Uri, edits: TextEdit[]): void {
    this.byFile.set(uri.toString(), edits);
  }
}
class SnippetString {
  constructor(readonly value: string) {}
}
class SnippetTextEdit {}

export const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 };

export const fakeVscode = {
  Position,
  Range,
  Uri,
  Location,
  DiagnosticRelatedInformation,
  Diagnostic,
  DiagnosticSeverity,
  TextEdit,
  WorkspaceEdit,
  SnippetString,
  SnippetTextEdit,
} as unknown as VscodeClasses;

export type FakeDiagnostic = Diagnostic;
export type FakeWorkspaceEdit = WorkspaceEdit;
