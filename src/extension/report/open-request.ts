import type { Location } from '../../core';

/**
 * The place an `open` message from the report webview asks for, or undefined when it is not a
 * place in a file the report was built from. The webview runs scripts and shows workspace text,
 * so what it posts is untrusted: it must not open other files, other URI schemes (`command:`,
 * `https:`) or ranges outside the text.
 */
export function openRequest(message: unknown, texts: ReadonlyMap<string, string>): Location | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const at = (message as { at?: unknown }).at;
  if (typeof at !== 'object' || at === null) return undefined;
  const { file, start, end } = at as { file?: unknown; start?: unknown; end?: unknown };
  if (typeof file !== 'string') return undefined;
  const text = texts.get(file);
  if (text === undefined) return undefined;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  const [s, e] = [start as number, end as number];
  if (s < 0 || e < s || e > text.length) return undefined;
  return { file, start: s, end: e };
}
