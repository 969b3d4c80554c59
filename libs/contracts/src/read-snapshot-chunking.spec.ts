import fc from 'fast-check';
import { aHeader, aPod, bytesOf, chunked, readAll } from './__fixtures__/snapshot-fixtures';
import { snapshotEndLine, snapshotHeaderLine, snapshotObjectLine } from './write-snapshot';

const labels = fc.dictionary(
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  {
    maxKeys: 4,
  },
);
const cuts = (length: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 6 })
    .map((xs) => xs.sort((a, b) => a - b));

describe('readSnapshot chunk independence', () => {
  it('reads any labels identically however an items document is cut', async () => {
    await fc.assert(
      fc.asyncProperty(labels, fc.nat(), async (podLabels, seed) => {
        const pod = aPod('p', 'shop', podLabels);
        const bytes = bytesOf(JSON.stringify({ ...aHeader(), items: [pod, pod] }));
        const at = fc.sample(cuts(bytes.length), { seed, numRuns: 1 })[0] ?? [];
        const events = await readAll(chunked(bytes, at));
        expect(events[1]).toEqual({ type: 'object', object: pod, index: 0 });
        expect(events).toHaveLength(4);
      }),
      { numRuns: 200 },
    );
  });

  it('reads any labels identically however NDJSON is cut', async () => {
    await fc.assert(
      fc.asyncProperty(labels, fc.nat(), async (podLabels, seed) => {
        const pod = aPod('p', 'shop', podLabels);
        const bytes = bytesOf(
          snapshotHeaderLine(aHeader()) + snapshotObjectLine(pod) + snapshotEndLine(1),
        );
        const at = fc.sample(cuts(bytes.length), { seed, numRuns: 1 })[0] ?? [];
        const events = await readAll(chunked(bytes, at));
        expect(events[1]).toEqual({ type: 'object', object: pod, line: 2, index: 0 });
      }),
      { numRuns: 200 },
    );
  });
});
