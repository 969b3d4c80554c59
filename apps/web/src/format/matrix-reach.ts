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
