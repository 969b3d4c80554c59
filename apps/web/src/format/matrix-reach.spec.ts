import type { NamespaceMatrix } from '../server/read-model-types';
import { matrixEdges, matrixReach } from './matrix-reach';

const matrix: NamespaceMatrix = {
  default: 'all',
  namespaces: ['monitoring', 'payments', 'shop'],
  blocks: [
    { from: ['monitoring', 'shop'], to: ['payments'], reach: 'none' },
    { from: ['shop'], to: ['monitoring'], reach: 'partial' },
  ],
  pairs: [{ from: 'shop', to: 'shop', reach: 'partial' }],
};

describe('matrixReach', () => {
  it('reads a namespace to itself from pairs, other pairs from the block holding them', () => {
    expect(matrixReach(matrix, 'shop', 'shop')).toBe('partial');
    expect(matrixReach(matrix, 'monitoring', 'payments')).toBe('none');
    expect(matrixReach(matrix, 'shop', 'monitoring')).toBe('partial');
  });

  it('falls back to the default for a pair nothing names, itself included', () => {
    expect(matrixReach(matrix, 'payments', 'shop')).toBe('all');
    expect(matrixReach(matrix, 'payments', 'payments')).toBe('all');
    expect(matrixReach({ ...matrix, default: 'none' }, 'payments', 'shop')).toBe('none');
  });
});

describe('matrixEdges', () => {
  it('lists the pairs that can connect, leaving out the unreachable ones', () => {
    const edges = matrixEdges(matrix);
    expect(edges).toContainEqual({ from: 'shop', to: 'monitoring', reach: 'partial' });
    expect(edges).toContainEqual({ from: 'payments', to: 'shop', reach: 'all' });
    expect(edges.some((edge) => edge.to === 'payments' && edge.from !== 'payments')).toBe(false);
    expect(edges).toHaveLength(9 - 2);
  });
});
