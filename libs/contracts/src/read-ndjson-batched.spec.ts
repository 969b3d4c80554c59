import { aHeader, aPod, bytesOf, inChunksOf, readAll } from './__fixtures__/snapshot-fixtures';
import { readNdjsonLine } from './ndjson-line';
import type { NdjsonBatch, NdjsonLineReader, ReadSnapshotOptions } from './snapshot-event';
import { snapshotEndLine, snapshotHeaderLine, snapshotObjectLine } from './write-snapshot';

/** Reads batches here, but finishes them out of order, as threads would. */
function scrambledReader(batchBytes: number): NdjsonLineReader & { batches: number } {
  let seed = 3;
  const reader = {
    batches: 0,
    batchBytes,
    read(batch: NdjsonBatch) {
      reader.batches += 1;
      let start = 0;
      const lines = batch.ends.map((end, i) => {
        const line = readNdjsonLine(batch.bytes.subarray(start, end), batch.firstLine + i, null);
        start = end;
        return line;
      });
      seed = (seed * 48271) % 2147483647;
      const delay = seed % 5;
      return new Promise<typeof lines>((resolve) => setTimeout(() => resolve(lines), delay));
    },
  };
  return reader;
}

async function outcome(text: string, chunk: number, options: ReadSnapshotOptions) {
  try {
    return { events: await readAll(inChunksOf(bytesOf(text), chunk), options) };
  } catch (error) {
    const { code, message, details } = error as { code: string; message: string; details: unknown };
    return { error: { code, message, details } };
  }
}

const pods = Array.from({ length: 40 }, (_, i) => aPod(`web-${i}`));
const head = snapshotHeaderLine(aHeader());
const body = pods.map(snapshotObjectLine).join('');
const end = snapshotEndLine(pods.length);

const inputs: [string, string, ReadSnapshotOptions][] = [
  ['a valid snapshot', head + body + end, {}],
  [
    'CRLF, blank lines, no final newline',
    (head + body + end).replace(/\n/g, '\r\n\r\n').trimEnd(),
    {},
  ],
  ['a line that is not JSON', head + body.replace('"web-17"', 'web-17') + end, {}],
  [
    'a line that fails validation',
    head + body.replace('"containers":[', '"containers":{"x":[').replace('}]}}\n', '}]}}}\n') + end,
    {},
  ],
  [
    'two bad lines: the first is reported',
    head + body.replace('"web-5"', 'web-5').replace('"web-30"', 'web-30') + end,
    {},
  ],
  ['content after the end line', head + body + end + snapshotObjectLine(aPod('late')), {}],
  ['no end line', head + body, {}],
  ['an end line with the wrong count', head + body + snapshotEndLine(3), {}],
  ['a second header', head + body.slice(0, 400) + head + body.slice(400) + end, {}],
  ['content after the header on its line', head.trimEnd() + ' x\n' + body + end, {}],
  [
    'an object above maxObjectBytes',
    head + body + snapshotObjectLine(aPod('x'.repeat(400))) + snapshotEndLine(41),
    { maxObjectBytes: 300 },
  ],
  [
    'an unterminated line above maxObjectBytes',
    head + body + 'y'.repeat(600),
    { maxObjectBytes: 300 },
  ],
  [
    'a bad line before an oversized one',
    head +
      body.replace('"web-3"', 'web-3') +
      snapshotObjectLine(aPod('x'.repeat(400))) +
      snapshotEndLine(41),
    { maxObjectBytes: 300 },
  ],
];

describe('readSnapshot with a lineReader (lines read in batches, finished out of order)', () => {
  it.each(inputs)('gives what reading one line at a time gives: %s', async (_name, text, extra) => {
    for (const chunk of [7, 100, 1 << 16]) {
      for (const batchBytes of [1, 90, 1 << 20]) {
        const reader = scrambledReader(batchBytes);
        const batched = await outcome(text, chunk, { ...extra, lineReader: reader });
        expect(batched).toEqual(await outcome(text, chunk, { ...extra }));
      }
    }
  });

  it('hands lines over in many batches when they are small', async () => {
    const reader = scrambledReader(90);
    const events = await readAll(inChunksOf(bytesOf(head + body + end), 100), {
      lineReader: reader,
    });
    expect(events).toHaveLength(pods.length + 2);
    expect(reader.batches).toBeGreaterThan(10);
  });
});
