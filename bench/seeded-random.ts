/** Seeded, deterministic randomness for the synthetic cluster: same seed, same bytes. */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(x: number): number {
  let h = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** `length` lowercase hex digits derived from `a` and `b` (container ids, image digests, uids). */
export function hexOf(a: number, b: number, length: number): string {
  let out = '';
  let h = mix(a * 0x9e3779b1 + b);
  while (out.length < length) {
    h = mix(h + 0x6d2b79f5);
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

/** A UUID-shaped id derived from `a` and `b`. */
export function uuidOf(a: number, b: number): string {
  const h = hexOf(a, b, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

/** `length` characters of Kubernetes' random-suffix alphabet (`kube-api-access-xxxxx`, pod names). */
export function suffixOf(a: number, b: number, length: number): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let h = mix(a * 0x9e3779b1 + b);
  let out = '';
  for (let i = 0; i < length; i++) {
    out += alphabet[h % alphabet.length];
    h = mix(h + i + 1);
  }
  return out;
}
