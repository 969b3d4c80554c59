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
    'is the JSON of the pairs that are not %s, one pair per line',
    (skip) => {
      const pairs = [...namespacePairs(table, skip)];
      const text = written(skip, '    ');
      expect(JSON.parse(text)).toEqual(pairs);
      const lines = text.split('\n');
      expect(lines).toHaveLength(pairs.length + 2);
      expect(lines[0]).toBe('[');
      expect(lines[lines.length - 1]).toBe('    ]');
      lines.slice(1, -1).forEach((line, i) => {
        expect(line.startsWith('      {"from":')).toBe(true);
        expect(JSON.parse(line.trim().replace(/,$/, ''))).toEqual(pairs[i]);
      });
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
