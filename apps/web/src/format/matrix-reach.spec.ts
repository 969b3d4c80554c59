import type { NamespaceMatrix } from '../server/read-model-types';
import {
  matrixEdges,
  matrixReach,
  namespaceDegrees,
  pickNamespaces,
  subMatrix,
} from './matrix-reach';

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

describe('namespaceDegrees, pickNamespaces and subMatrix', () => {
  it('counts the pairs each namespace can reach or be reached by, blocks and default alike', () => {
    const degrees = namespaceDegrees(matrix);
    // monitoring: out to shop (default all) ; in from payments (default) and shop (partial)
    expect(degrees.get('monitoring')).toBe(1 + 2);
    // payments: out to monitoring and shop (default); in from nobody (blocked)
    expect(degrees.get('payments')).toBe(2 + 0);
    expect(degrees.get('shop')).toBe(1 + 2);
  });

  it('picks the most connected namespaces, or the named ones, or those matching a filter', () => {
    expect(pickNamespaces(matrix, { max: 2 })).toEqual(['monitoring', 'shop']);
    expect(pickNamespaces(matrix, { names: ['payments', 'nope'], max: 20 })).toEqual(['payments']);
    expect(pickNamespaces(matrix, { query: 'PAY', max: 20 })).toEqual(['payments']);
  });

  it('keeps the reach of every pair of the subset', () => {
    const small = subMatrix(matrix, ['payments', 'shop']);
    expect(small.namespaces).toEqual(['payments', 'shop']);
    for (const from of small.namespaces)
      for (const to of small.namespaces)
        expect(matrixReach(small, from, to)).toBe(matrixReach(matrix, from, to));
  });
});
