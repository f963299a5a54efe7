import type { Localized } from '../model/localized';
import { ENGINE_MESSAGES } from './messages';

/**
 * The WHATWG decoder, a global wherever the core runs (Node, VS Code's extension host, a browser);
 * declared here because the core is compiled without DOM or Node types.
 */
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input: Uint8Array): string };

const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/**
 * A file's bytes as text: UTF-16 when a byte-order mark says so (PowerShell's `>` writes UTF-16LE),
 * else UTF-8. The mark is kept as U+FEFF, as an editor keeps it, so offsets match the editor's.
 * Bytes that are not UTF-8 (a Windows-1252 `é` in a comment) become U+FFFD and the rest is still
 * checked, as an editor shows it; `--fix` refuses to write such a file, and a binary file is caught
 * by its NUL bytes. Text marked UTF-16 that is not is "not a text file".
 */
export function decodeText(bytes: Uint8Array): { text: string } | { notText: Localized } {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: UTF16LE.decode(bytes) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: UTF16BE.decode(bytes) };
  } catch {
    return { notText: ENGINE_MESSAGES.notUtf16 };
  }
  return { text: UTF8.decode(bytes) };
}
