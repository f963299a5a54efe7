import type { Summary } from '../measure/stats';

/** One side of a comparison, e.g. "icp-check" or "tree-sitter parse". */
export interface Side {
  readonly name: string;
  readonly summary: Summary;
}

export interface Goal {
  /** e.g. "≤ 1.5×"; shown in the goals table. */
  readonly text: string;
  readonly met: boolean;
}

/** One row of the goals table, with the detail that produced it. */
export interface Comparison {
  readonly id: string;
  readonly title: string;
  readonly input: string;
  readonly sides: readonly Side[];
  /** e.g. "check / parse"; what `ratio` divides. */
  readonly ratioLabel?: string;
  readonly ratio?: number;
  readonly goal?: Goal;
  readonly notes: readonly string[];
}

/** A number without a comparison (bundle size, heap, files per second). */
export interface Figure {
  readonly name: string;
  readonly value: string;
  readonly goal?: Goal;
  readonly notes?: string;
}

export interface InputDescription {
  readonly name: string;
  readonly files: number;
  readonly bytes: number;
  readonly contents: string;
}
