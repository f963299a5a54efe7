/**
 * Amounts charged to each file against one limit, and the files that went past it (in the order
 * they did): what the work budget counts in work units and the time budget in milliseconds.
 */
export class PerFileMeter {
  private readonly spent = new Map<string, number>();
  private readonly exceeded = new Set<string>();

  constructor(readonly limit: number) {}

  charge(file: string, amount: number): void {
    const total = (this.spent.get(file) ?? 0) + amount;
    this.spent.set(file, total);
    if (total > this.limit) this.exceeded.add(file);
  }

  isSpent(file: string): boolean {
    return this.exceeded.has(file);
  }

  get spentFiles(): readonly string[] {
    return [...this.exceeded];
  }
}
