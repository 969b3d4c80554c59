import type { NamespaceReach } from './namespace-reach';
import { diffReach } from './diff-reach';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function aMatrix(r: () => number, pool: string[], dflt: NamespaceReach['default']): NamespaceReach {
  const names = pool.filter(() => r() < 0.8).sort();
  const except: [string, string][] = [];
  for (const a of names) for (const b of names) if (r() < 0.1) except.push([a, b]);
  return { default: dflt, except, names, truncated: false, cap: 10_000 };
}

/** The definition: every ordered pair of the union of namespaces, in name order. */
function bruteForce(before: NamespaceReach, after: NamespaceReach) {
  const reach = (m: NamespaceReach, a: string, b: string) =>
    m.names.includes(a) &&
    m.names.includes(b) &&
    (m.default === 'reachable') !== m.except.some(([x, y]) => x === a && y === b);
  const names = [...new Set([...before.names, ...after.names])].sort();
  const became = { reachable: [] as [string, string][], unreachable: [] as [string, string][] };
  for (const a of names)
    for (const b of names) {
      const then = reach(before, a, b);
      const now = reach(after, a, b);
      if (then !== now) (now ? became.reachable : became.unreachable).push([a, b]);
    }
  return became;
}

describe('diffReach', () => {
  const pool = ['api', 'db', 'kube-system', 'payments', 'shop', 'web'];

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'finds exactly the pairs a pair-by-pair comparison finds (seed %i), in name order',
    (seed) => {
      const r = random(seed);
      const defaults = ['reachable', 'unreachable'] as const;
      const before = aMatrix(r, pool, defaults[seed % 2] as NamespaceReach['default']);
      const after = aMatrix(r, pool, defaults[seed % 3 === 0 ? 1 - (seed % 2) : seed % 2]!);
      const expected = bruteForce(before, after);
      const got = diffReach(before, after, 1000);
      expect(got.becameReachable).toEqual(expected.reachable);
      expect(got.becameUnreachable).toEqual(expected.unreachable);
      expect(got.counts).toEqual({
        becameReachable: expected.reachable.length,
        becameUnreachable: expected.unreachable.length,
      });
    },
  );

  it('caps the lists at limit but counts every change', () => {
    const before: NamespaceReach = {
      default: 'reachable',
      except: [],
      names: ['a', 'b', 'c'],
      truncated: false,
      cap: 10,
    };
    const after = { ...before, default: 'unreachable' as const };
    const got = diffReach(before, after, 2);
    expect(got.becameUnreachable).toEqual([
      ['a', 'a'],
      ['a', 'b'],
    ]);
    expect(got.counts.becameUnreachable).toBe(9);
  });
});
