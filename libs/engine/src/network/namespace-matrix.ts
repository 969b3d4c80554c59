import type { NetworkModel } from './network-model';
import { namespaceReachTable, reachAt, type NamespaceReachTable } from './namespace-reach-table';
import { REACH_ALL, REACH_NONE, reachName, type Reach } from './reach';

export interface NamespacePair {
  from: string;
  to: string;
  reach: Reach;
}

/**
 * The rectangle `from × to` minus its diagonal: each `from` namespace reaches
 * each `to` namespace *other than itself* with `reach`. A namespace may be listed
 * on both sides (namespaces sharing a profile); a block never says anything
 * about a namespace reaching itself — that is `pairs`, else `default`.
 */
export interface NamespaceBlock {
  from: string[];
  to: string[];
  reach: Reach;
}

/**
 * Sparse namespace matrix. `all` = every workload of `from` can reach every
 * workload of `to` on every port; `none` = nothing; `partial` otherwise. Only
 * namespaces with workloads appear. Reach of (from, to):
 * 1. a `pairs` entry, if any: only diagonal cells (a namespace to itself) are
 *    listed there, when they differ from `default`;
 * 2. else, for distinct namespaces only, the `blocks` entry containing them;
 * 3. else `default`.
 * So a diagonal cell is `pairs` or `default`, even when that namespace is in a
 * block's `from` and `to` (blocks exclude the diagonal).
 * Blocks keep the answer small: namespaces sharing policy templates share rows
 * and columns, so 5,000 namespaces need tens of blocks, not millions of pairs.
 * `namespacePairs()` lists the differing pairs one by one when needed.
 */
export interface NamespaceMatrix {
  default: 'all' | 'none';
  namespaces: string[];
  blocks: NamespaceBlock[];
  pairs: NamespacePair[];
}

function groupBy(profileOf: Int32Array, count: number, names: readonly string[]): string[][] {
  const groups: string[][] = Array.from({ length: count }, () => []);
  profileOf.forEach((p, i) => groups[p]?.push(names[i] ?? ''));
  return groups;
}

/** A block must say something about two different namespaces: `[a] × [a]` is only the diagonal. */
function coversDistinctPair(from: readonly string[], to: readonly string[]): boolean {
  if (from.length === 0 || to.length === 0) return false;
  return from.length > 1 || to.length > 1 || from[0] !== to[0];
}

export function namespaceMatrixFromTable(table: NamespaceReachTable): NamespaceMatrix {
  const names = table.namespaces;
  const d = table.destProfileCount;
  const from = groupBy(table.sourceProfile, d === 0 ? 0 : table.cells.length / d, names);
  const to = groupBy(table.destProfile, d, names);
  let all = 0;
  let none = 0;
  table.cells.forEach((code, i) => {
    const weight = (from[Math.floor(i / d)]?.length ?? 0) * (to[i % d]?.length ?? 0);
    if (code === REACH_ALL) all += weight;
    if (code === REACH_NONE) none += weight;
  });
  // The profile cells count each diagonal cell at its profile's reach; a namespace reaches itself with `self`.
  table.self.forEach((code, i) => {
    const off = table.cells[(table.sourceProfile[i] ?? 0) * d + (table.destProfile[i] ?? 0)];
    all += (code === REACH_ALL ? 1 : 0) - (off === REACH_ALL ? 1 : 0);
    none += (code === REACH_NONE ? 1 : 0) - (off === REACH_NONE ? 1 : 0);
  });
  // The default is the commoner of all/none, so `namespacePairs(table, default)` lists the fewest pairs.
  const defaultCode = all >= none ? REACH_ALL : REACH_NONE;
  const blocks: NamespaceBlock[] = [];
  table.cells.forEach((code, i) => {
    const f = from[Math.floor(i / d)] ?? [];
    const t = to[i % d] ?? [];
    if (code !== defaultCode && coversDistinctPair(f, t))
      blocks.push({ from: f, to: t, reach: reachName(code) });
  });
  const pairs: NamespacePair[] = [];
  table.self.forEach((code, i) => {
    if (code !== defaultCode)
      pairs.push({ from: names[i] ?? '', to: names[i] ?? '', reach: reachName(code) });
  });
  return { default: defaultCode === REACH_ALL ? 'all' : 'none', namespaces: names, blocks, pairs };
}

export function namespaceMatrix(model: NetworkModel): NamespaceMatrix {
  return namespaceMatrixFromTable(namespaceReachTable(model));
}

/** Every (from, to) pair, diagonal included, whose reach is not `skip`. Lazy: there may be millions. */
export function* namespacePairs(
  table: NamespaceReachTable,
  skip: Reach | null = null,
): Generator<NamespacePair> {
  const names = table.namespaces;
  for (let i = 0; i < names.length; i++) {
    for (let j = 0; j < names.length; j++) {
      const reach = reachName(reachAt(table, i, j));
      if (reach !== skip) yield { from: names[i] ?? '', to: names[j] ?? '', reach };
    }
  }
}

/** Looks a pair up in a sparse matrix (see `NamespaceMatrix` for the precedence). */
export function matrixReach(matrix: NamespaceMatrix, from: string, to: string): Reach {
  const pair = matrix.pairs.find((p) => p.from === from && p.to === to);
  if (pair) return pair.reach;
  if (from !== to) {
    const block = matrix.blocks.find((b) => b.from.includes(from) && b.to.includes(to));
    if (block) return block.reach;
  }
  return matrix.default;
}
