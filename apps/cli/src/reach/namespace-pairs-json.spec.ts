import { namespacePairs, type NamespaceReachTable, type Reach } from '@kordon/engine';
import { writeNamespacePairsJson } from './namespace-pairs-json';

const table: NamespaceReachTable = {
  namespaces: ['a', 'b', 'c "quoted"', 'd'],
  sourceProfile: Int32Array.from([0, 1, 1, 0]),
  destProfile: Int32Array.from([0, 1, 0, 1]),
  destProfileCount: 2,
  cells: Uint8Array.from([2, 0, 1, 2]),
  self: Uint8Array.from([2, 1, 0, 2]),
};

function written(skip: Reach, indent: string): string {
  const parts: string[] = [];
  writeNamespacePairsJson(table, skip, indent, (t) => parts.push(t));
  return parts.join('');
}

describe('namespace pairs as JSON text', () => {
  it.each(['all', 'none', 'partial'] as const)(
    'is exactly JSON.stringify of the pairs that are not %s',
    (skip) => {
      const expected = JSON.stringify([...namespacePairs(table, skip)], null, 2).replace(
        /\n/g,
        '\n    ',
      );
      expect(written(skip, '    ')).toBe(expected);
    },
  );

  it('writes [] when every pair is skipped', () => {
    const same: NamespaceReachTable = {
      ...table,
      cells: Uint8Array.from([2, 2, 2, 2]),
      self: Uint8Array.from([2, 2, 2, 2]),
    };
    const parts: string[] = [];
    writeNamespacePairsJson(same, 'all', '', (t) => parts.push(t));
    expect(parts.join('')).toBe('[]');
  });
});
