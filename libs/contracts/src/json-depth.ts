import { KordonError } from './kordon-error';

/**
 * Deepest nesting of arrays and objects accepted in one snapshot object.
 * Kubernetes objects Kordon reads nest about 15 levels; deeper input would
 * only cost stack in every later walk over it (sanitizing, serializing).
 */
export const MAX_JSON_DEPTH = 100;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export function tooDeep(where: string): never {
  const problem = `nested deeper than ${MAX_JSON_DEPTH} levels`;
  throw new KordonError('invalid_snapshot', `${where}: ${problem}`, [{ path: where, problem }]);
}

/** The index after the string that starts at `from` (just past its opening quote). */
function skipString(bytes: Uint8Array, from: number): number {
  let i = from;
  for (;;) {
    const q = bytes.indexOf(QUOTE, i);
    if (q === -1) return bytes.length;
    let k = q - 1;
    while (k >= from && bytes[k] === BACKSLASH) k--;
    if ((q - 1 - k) % 2 === 0) return q + 1;
    i = q + 1;
  }
}

/** Cheap first pass: with at most `max` opening brackets anywhere, no value can nest deeper. */
function opensAtMost(bytes: Uint8Array, max: number): boolean {
  let opens = 0;
  for (const open of [0x7b, 0x5b]) {
    for (let i = bytes.indexOf(open); i !== -1; i = bytes.indexOf(open, i + 1))
      if (++opens > max) return false;
  }
  return true;
}

/**
 * Checks, before parsing, that a complete JSON value nests at most
 * MAX_JSON_DEPTH levels: one pass over the bytes, jumping over strings.
 */
export function assertJsonDepth(bytes: Uint8Array, where: string): void {
  if (opensAtMost(bytes, MAX_JSON_DEPTH)) return;
  let depth = 0;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === QUOTE) i = skipString(bytes, i + 1) - 1;
    else if (b === 0x7b || b === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) tooDeep(where);
    } else if (b === 0x7d || b === 0x5d) depth--;
  }
}
