import type { NamespaceMatrix, ReachValue } from '../server/read-model-types';

/**
 * The reach from namespace `from` to namespace `to` as the API's compact matrix states it
 * (docs/reach-report.md): a namespace to itself is its `pairs` entry, another pair is the
 * block holding it; anything unnamed is the matrix's `default`.
 */
export function matrixReach(matrix: NamespaceMatrix, from: string, to: string): ReachValue {
  const pair = matrix.pairs.find((entry) => entry.from === from && entry.to === to);
  if (pair) return pair.reach;
  if (from !== to) {
    const block = matrix.blocks.find((entry) => entry.from.includes(from) && entry.to.includes(to));
    if (block) return block.reach;
  }
  return matrix.default;
}

export interface MatrixEdge {
  from: string;
  to: string;
  reach: Exclude<ReachValue, 'none'>;
}

/** Every ordered namespace pair that can connect at all, self-pairs included. */
export function matrixEdges(matrix: NamespaceMatrix): MatrixEdge[] {
  const edges: MatrixEdge[] = [];
  for (const from of matrix.namespaces) {
    for (const to of matrix.namespaces) {
      const reach = matrixReach(matrix, from, to);
      if (reach !== 'none') edges.push({ from, to, reach });
    }
  }
  return edges;
}

/** How many other namespaces each namespace can reach (out) and be reached from (in). */
export function namespaceDegrees(matrix: NamespaceMatrix): Map<string, number> {
  const n = matrix.namespaces.length;
  const out = new Map<string, number>();
  const inbound = new Map<string, number>();
  const coveredOut = new Map<string, number>();
  const coveredIn = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, by: number) =>
    map.set(key, (map.get(key) ?? 0) + by);
  for (const block of matrix.blocks) {
    const toCount = block.to.length;
    const fromCount = block.from.length;
    for (const from of block.from) {
      add(coveredOut, from, toCount);
      if (block.reach !== 'none') add(out, from, toCount);
    }
    for (const to of block.to) {
      add(coveredIn, to, fromCount);
      if (block.reach !== 'none') add(inbound, to, fromCount);
    }
  }
  const degrees = new Map<string, number>();
  for (const namespace of matrix.namespaces) {
    const rest = matrix.default === 'all' ? n - 1 : 0;
    const outside = (covered: Map<string, number>) =>
      matrix.default === 'all' ? rest - (covered.get(namespace) ?? 0) : 0;
    degrees.set(
      namespace,
      (out.get(namespace) ?? 0) +
        outside(coveredOut) +
        (inbound.get(namespace) ?? 0) +
        outside(coveredIn),
    );
  }
  return degrees;
}

/**
 * The namespaces the page draws: those named (in the matrix), else those whose name contains
 * `query`, else all — the most connected first, at most `max`.
 */
export function pickNamespaces(
  matrix: NamespaceMatrix,
  options: { names?: string[]; query?: string | null; max: number },
): string[] {
  const known = new Set(matrix.namespaces);
  if (options.names && options.names.length > 0)
    return options.names.filter((name) => known.has(name)).slice(0, options.max);
  const query = options.query?.trim().toLowerCase();
  const candidates = query
    ? matrix.namespaces.filter((name) => name.toLowerCase().includes(query))
    : matrix.namespaces;
  const degrees = namespaceDegrees(matrix);
  return [...candidates]
    .sort((a, b) => (degrees.get(b) ?? 0) - (degrees.get(a) ?? 0) || a.localeCompare(b))
    .slice(0, options.max)
    .sort((a, b) => a.localeCompare(b));
}

/** The matrix restricted to `names`, every pair spelled out (cheap to read for a few namespaces). */
export function subMatrix(matrix: NamespaceMatrix, names: string[]): NamespaceMatrix {
  const wanted = new Set(names);
  const blocks = matrix.blocks
    .map((block) => ({
      from: block.from.filter((name) => wanted.has(name)),
      to: block.to.filter((name) => wanted.has(name)),
      reach: block.reach,
    }))
    .filter((block) => block.from.length > 0 && block.to.length > 0);
  const pairs = matrix.pairs.filter((pair) => wanted.has(pair.from) && wanted.has(pair.to));
  const small: NamespaceMatrix = { default: matrix.default, namespaces: names, blocks, pairs };
  const spelled: NamespaceMatrix['pairs'] = [];
  for (const from of names)
    for (const to of names) spelled.push({ from, to, reach: matrixReach(small, from, to) });
  return { default: matrix.default, namespaces: names, blocks: [], pairs: spelled };
}
