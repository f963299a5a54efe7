import type { Location } from './location';
import type { Localized } from './localized';

/**
 * One step of the chain a value came through, outermost (the instance's own attribute) first:
 * `var.period` on the instance → `default = 1` in variables.tf → `period = 2` in terraform.tfvars.
 */
export interface Origin {
  readonly at: Location;
  /** e.g. "variable default", "terraform.tfvars", "provider alicloud.hk region". */
  readonly label: Localized;
}

interface ValueBase {
  /** Where a finding about this value points: the value expression in the instance, or its header when omitted. */
  readonly at: Location;
  /** Where the value came from, in order; empty for a literal on the instance itself. */
  readonly origins: readonly Origin[];
}

export interface Known<T> extends ValueBase {
  readonly kind: 'known';
  readonly value: T;
  /** True when the setting is omitted and the platform default applies. */
  readonly omitted: boolean;
  /** The value as written when it differs from `value` (`"Postpaid"` for 'pay-as-you-go'), for messages. */
  readonly raw?: string;
}

/** A value that cannot be known statically (data source, module output, parameter without default). Never guessed. */
export interface Unknown extends ValueBase {
  readonly kind: 'unknown';
  /** The expression as written, for the ICP012 message. */
  readonly expression: string;
  /**
   * Set when the value is known but the platform rejects it (`period_unit = "Year"` where only Week
   * or Month exist): the parser reports it as ICP000 with this text, so no rule uses it and it is
   * not "cannot be evaluated" either.
   */
  readonly notAllowed?: Localized;
}

export type Value<T> = Known<T> | Unknown;

export function known<T>(
  value: T,
  at: Location,
  extra: Partial<Omit<Known<T>, 'kind' | 'value' | 'at'>> = {},
): Known<T> {
  return { kind: 'known', value, at, omitted: false, origins: [], ...extra };
}

export function omitted<T>(value: T, header: Location): Known<T> {
  return { kind: 'known', value, at: header, omitted: true, origins: [] };
}

export function unknown(
  expression: string,
  at: Location,
  extra: Partial<Omit<Unknown, 'kind' | 'expression' | 'at'>> = {},
): Unknown {
  return { kind: 'unknown', expression, at, origins: [], ...extra };
}
