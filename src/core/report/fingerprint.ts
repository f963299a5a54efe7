/**
 * 128-bit FNV-1a of a string's UTF-8 bytes, as 32 hex digits. Not a secure hash: it only gives a
 * finding a short, stable identity across runs and machines (GitLab compares these between a merge
 * request and its target branch). Written here because the core is pure and has no crypto module.
 */
const OFFSET = 0x6c62272e07bb014262b821756295c58dn;
const PRIME = 0x0000000001000000000000000000013bn;
const MASK = (1n << 128n) - 1n;

export function fingerprint(key: string): string {
  let hash = OFFSET;
  for (const byte of utf8(key)) hash = ((hash ^ BigInt(byte)) * PRIME) & MASK;
  return hash.toString(16).padStart(32, '0');
}

/** A lone surrogate is encoded as U+FFFD, as TextEncoder does. */
function* utf8(s: string): Generator<number> {
  for (const ch of s) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) yield cp;
    else if (cp < 0x800) yield* [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
    else if (cp < 0x10000) yield* [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
    else
      yield* [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  }
}
