import { derived, firstUnknown, numberOf, type BuiltIn, type Result } from './function-result';
import type { Evaluated, Known } from './hcl-value';

/** Terraform's number functions (`max(var.period, 3)`), each when every argument is a known number. */
export const NUMBER_FUNCTIONS: Readonly<Record<string, BuiltIn>> = {
  min: (args) => numbers(args, (ns) => (ns.length > 0 ? Math.min(...ns) : undefined)),
  max: (args) => numbers(args, (ns) => (ns.length > 0 ? Math.max(...ns) : undefined)),
  abs: (args) => one(args, Math.abs),
  ceil: (args) => one(args, Math.ceil),
  floor: (args) => one(args, Math.floor),
};

function numbers(args: readonly Evaluated[], apply: (ns: number[]) => number | undefined): Result {
  const unknown = firstUnknown(args);
  if (unknown) return unknown;
  const ns = (args as readonly Known[]).map((a) => numberOf(a.value));
  if (ns.some((n) => n === undefined)) return undefined;
  const value = apply(ns as number[]);
  return value === undefined
    ? undefined
    : derived(
        value,
        args.flatMap((a) => a.origins),
      );
}

function one(args: readonly Evaluated[], apply: (n: number) => number): Result {
  return args.length === 1 ? numbers(args, ([n]) => apply(n)) : undefined;
}
