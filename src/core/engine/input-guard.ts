import { format } from '../model/localized';
import { ENGINE_MESSAGES } from './messages';
import type { SkippedFile, SourceFile } from './types';

/**
 * Decides whether a file is fit to parse. Runs before any parser, so a huge or binary file costs
 * one scan, never a parse.
 */
export function guardFile(
  file: SourceFile,
  maxFileSizeKb: number,
): { file: SourceFile } | { skipped: SkippedFile } {
  if (exceedsUtf8Bytes(file.text, maxFileSizeKb * 1024)) {
    const sizeKb = Math.ceil(utf8Length(file.text) / 1024);
    return {
      skipped: {
        file: file.path,
        reason: format(ENGINE_MESSAGES.skippedTooLarge, { sizeKb, limitKb: maxFileSizeKb }),
      },
    };
  }
  if (file.text.includes('\u0000'))
    return { skipped: { file: file.path, reason: ENGINE_MESSAGES.skippedBinary } };
  return { file };
}

/**
 * For the Terraform grammar, which does not expect one, a byte-order mark becomes a space rather
 * than being removed: the text keeps its length, so every offset a parser reports is still valid in
 * the original text the editor and the fixes work on. (`yaml` reads a BOM itself, with offsets
 * counted in the original text; a space there would indent the first line and break the document.)
 */
export function neutraliseBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
}

/** Whether the UTF-8 encoding of `text` is longer than `limit` bytes, without counting when the length alone decides. */
export function exceedsUtf8Bytes(text: string, limit: number): boolean {
  if (text.length * 3 <= limit) return false; // at most 3 bytes per UTF-16 unit
  if (text.length > limit) return true; // at least 1 byte per unit
  return utf8Length(text) > limit;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes, 2 per half.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}
