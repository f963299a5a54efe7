import { PerFileMeter } from './per-file-meter';

/**
 * The per-file budget in units of work, so which files cross it depends on the files alone, never
 * on how busy the machine is: the same input gives the same report on every run. The costs are
 * relative to parsing one character (the cheapest step), measured on the bench inputs and the
 * hostile ones (about 0.3 µs a unit here); they only need to be in proportion, not exact.
 */
export const WORK_COST = {
  /** Parsing and reading one character of the file. */
  character: 1,
  /** One instance read from the file (composition, default region, readiness). */
  instance: 200,
  /** One rule run on one instance (or, for a whole-file rule, per instance it is given). */
  ruleCall: 20,
  /**
   * One finding reported, and each related location it carries: weighed above what the engine
   * spends on it (about a third of that), because every report format then writes it out.
   */
  finding: 150,
  related: 15,
} as const;

/**
 * The default sits between what is realistic and what is hostile, with room on both sides: almost
 * 7 times the work of the largest realistic files measured (the bench's 1 MB Terraform file with 900
 * instances: 1.5 M; its 1,400-instance ROS template: 1.8 M), 140 times the largest of the 882 Alibaba
 * Cloud ROS templates (86 K), room for a typical file of the default size limit (5 MB), and well
 * below the hostile spec listing 50,000 websites on one service number (17.7 M: 50,000 findings).
 * On the 2-core bench machine under load a unit took at most about 1 µs, so a file within this
 * budget stays well inside the wall-clock guard (time-budget.ts).
 */
export const DEFAULT_FILE_WORK_BUDGET = 12_000_000;

/** No caller can give a file more work than this: like the time budget, a bound, not a wish. */
export const MAX_FILE_WORK_BUDGET = 400_000_000;

/** The work budget a check runs with: the one asked for (else the default), never above the ceiling. */
export function boundedWorkBudget(requested: number | undefined): number {
  const units = requested ?? DEFAULT_FILE_WORK_BUDGET;
  return Number.isFinite(units) && units > 0
    ? Math.min(Math.floor(units), MAX_FILE_WORK_BUDGET)
    : DEFAULT_FILE_WORK_BUDGET;
}

/** The work of the findings a rule reported (or a memo recalled). */
export function findingsWork(findings: readonly { readonly related: readonly unknown[] }[]): number {
  let units = 0;
  for (const finding of findings) units += WORK_COST.finding + WORK_COST.related * finding.related.length;
  return units;
}

/** A file's work so far against the limit, in work units (`WORK_COST`). */
export class WorkBudget extends PerFileMeter {}
