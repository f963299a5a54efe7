import type { Localized } from '../model/localized';
import { ENGINE_MESSAGES } from './messages';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/**
 * A file's bytes as text: UTF-8, or UTF-16 when a byte-order mark says so (PowerShell's `>` writes
 * UTF-16LE). The mark is kept as U+FEFF, as an editor keeps it, so offsets match the editor's. Bytes
 * that are none of these are "not a text file": reported, never decoded into replacement characters.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { notText: Localized } {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: UTF16LE.decode(bytes) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: UTF16BE.decode(bytes) };
    return { text: UTF8.decode(bytes) };
  } catch {
    return { notText: ENGINE_MESSAGES.notUtf8 };
  }
}
