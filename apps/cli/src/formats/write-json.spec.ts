import { writeJson } from './write-json';

function written(value: unknown, lazy?: Map<string, () => Iterable<unknown>>): string {
  const parts: string[] = [];
  writeJson(value, (t) => parts.push(t), lazy);
  return parts.join('');
}

describe('writeJson', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes', () => {
    const report = {
      kind: 'ScanReport',
      empty: [],
      none: {},
      skipped: undefined,
      findings: [
        { id: 'a', observed: { nested: [1, { x: 'line\nbreak' }] }, source: null, gone: undefined },
        { id: 'b', list: [] },
      ],
      summary: {
        counts: { total: 2 },
        inputErrors: [],
        exitCode: 0,
        deep: { deeper: { deepest: [1, 2] } },
      },
      matrix: { default: 'all', pairs: [{ from: 'a', to: 'b', reach: 'none' }] },
    };
    expect(written(report)).toBe(JSON.stringify(report, null, 2) + '\n');
    expect(written([1, 'two', null])).toBe(JSON.stringify([1, 'two', null], null, 2) + '\n');
  });

  it('writes a lazy array in place of the value at its path', () => {
    const pairs = [{ from: 'a', to: 'b', reach: 'none' }];
    const lazy = new Map([['matrix.pairs', () => pairs.values()]]);
    const value = { matrix: { default: 'all', pairs: [] } };
    expect(written(value, lazy)).toBe(
      JSON.stringify({ matrix: { default: 'all', pairs } }, null, 2) + '\n',
    );
  });
});

describe('writeJson with a text writer', () => {
  it('lets the writer write the array text in place, at its indent', () => {
    const pairs = [{ from: 'a', to: 'b', reach: 'none' }];
    const writeText = (indent: string, write: (text: string) => void) =>
      write(JSON.stringify(pairs, null, 2).replace(/\n/g, `\n${indent}`));
    const parts: string[] = [];
    writeJson(
      { matrix: { default: 'all', pairs: [] } },
      (t) => parts.push(t),
      new Map([['matrix.pairs', { writeText }]]),
    );
    expect(parts.join('')).toBe(
      JSON.stringify({ matrix: { default: 'all', pairs } }, null, 2) + '\n',
    );
  });
});
