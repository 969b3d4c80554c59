import { gzipSync } from 'node:zlib';
import {
  aHeader,
  aPod,
  bytesOf,
  chunked,
  readAll,
  readError,
} from './__fixtures__/snapshot-fixtures';
import { KordonError } from './kordon-error';
import { snapshotEndLine, snapshotHeaderLine, snapshotObjectLine } from './write-snapshot';

function ndjson(objects: object[], end = objects.length): string {
  return (
    snapshotHeaderLine(aHeader()) + objects.map(snapshotObjectLine).join('') + snapshotEndLine(end)
  );
}

const unicodePod = aPod('cafe', 'shop', { team: 'ünïcødé 🚀', cup: 'café-☕' });

describe('readSnapshot over NDJSON', () => {
  it('reads the header, each object with its line and index, then the end', async () => {
    const events = await readAll(chunked(bytesOf(ndjson([aPod('a'), aPod('b')]))));
    expect(events).toEqual([
      { type: 'header', format: 'ndjson', header: aHeader() },
      { type: 'object', object: aPod('a'), line: 2, index: 0 },
      { type: 'object', object: aPod('b'), line: 3, index: 1 },
      { type: 'end', objects: 2 },
    ]);
  });

  it('reads a gzip-compressed snapshot', async () => {
    const events = await readAll(chunked(gzipSync(bytesOf(ndjson([aPod('a')])))));
    expect(events.map((e) => e.type)).toEqual(['header', 'object', 'end']);
  });

  it('gives the same events whatever byte the chunks are split at, mid-UTF-8 included', async () => {
    const bytes = bytesOf(ndjson([unicodePod, aPod('b')]));
    const expected = await readAll(chunked(bytes));
    for (let cut = 1; cut < bytes.length; cut++) {
      await expect(readAll(chunked(bytes, [cut]))).resolves.toEqual(expected);
    }
    await expect(
      readAll(
        chunked(
          bytes,
          Array.from({ length: bytes.length - 1 }, (_, i) => i + 1),
        ),
      ),
    ).resolves.toEqual(expected);
  });

  it('gives the same events for gzip split at every byte', async () => {
    const gz = gzipSync(bytesOf(ndjson([unicodePod])));
    const expected = await readAll(chunked(gz));
    for (let cut = 1; cut < gz.length; cut++) {
      await expect(readAll(chunked(gz, [cut]))).resolves.toEqual(expected);
    }
  });

  it('accepts CRLF line ends, blank lines and a missing final newline', async () => {
    const text = ndjson([aPod('a')])
      .replace(/\n/g, '\r\n\r\n')
      .trimEnd();
    const events = await readAll(chunked(bytesOf(text)));
    expect(events).toEqual([
      expect.objectContaining({ type: 'header' }),
      { type: 'object', object: aPod('a'), line: 3, index: 0 },
      { type: 'end', objects: 1 },
    ]);
  });

  it('ignores unknown header fields and counts unknown kinds', async () => {
    const header = JSON.stringify({ ...aHeader(), extra: { nested: true } });
    const crd = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } };
    const events = await readAll(
      chunked(bytesOf(`${header}\n${JSON.stringify(crd)}\n${snapshotEndLine(1)}`)),
    );
    expect(events[0]).toEqual({ type: 'header', format: 'ndjson', header: aHeader() });
    expect(events[1]).toEqual({ type: 'object', object: crd, line: 2, index: 0 });
  });

  it('rejects a truncated gzip stream as truncated', async () => {
    const gz = gzipSync(bytesOf(ndjson([aPod('a'), aPod('b')])));
    const error = await readError(chunked(gz.subarray(0, gz.length - 12)));
    expect(error).toBeInstanceOf(KordonError);
    expect(error).toMatchObject({
      code: 'snapshot_truncated',
      message: expect.stringMatching(/^gzip stream is truncated/),
    });
  });

  it('rejects a snapshot without its end line as truncated', async () => {
    const text = snapshotHeaderLine(aHeader()) + snapshotObjectLine(aPod('a'));
    await expect(readError(chunked(bytesOf(text)))).resolves.toMatchObject({
      code: 'snapshot_truncated',
    });
  });

  it('rejects an end line whose count differs from the objects read', async () => {
    const error = await readError(chunked(bytesOf(ndjson([aPod('a'), aPod('b')], 3))));
    expect(error).toMatchObject({
      code: 'snapshot_truncated',
      message: 'line 4: ClusterSnapshotEnd counts 3 objects, but 2 were read',
    });
  });

  it('rejects a line that is not JSON, naming the line', async () => {
    const text = `${snapshotHeaderLine(aHeader())}${snapshotObjectLine(aPod('a'))}{"kind": Pod}\n${snapshotEndLine(2)}`;
    const error = await readError(chunked(bytesOf(text)));
    expect(error).toMatchObject({
      code: 'invalid_snapshot',
      message: expect.stringMatching(/^line 3: not valid JSON \(.+\)$/),
    });
  });

  it('rejects a header whose cluster name is not a DNS-1123 label, naming the field', async () => {
    const header = { ...aHeader(), cluster: { name: 'Prod_EU', kubernetesVersion: 'v1.31.2' } };
    const error = await readError(
      chunked(bytesOf(`${JSON.stringify(header)}\n${snapshotEndLine(0)}`)),
    );
    expect(error).toMatchObject({
      code: 'invalid_snapshot',
      message: expect.stringContaining('cluster.name: must be a DNS-1123 label'),
      details: [{ path: 'cluster.name', problem: 'must be a DNS-1123 label' }],
    });
  });

  it('rejects a header whose collectedAt is not RFC 3339 UTC', async () => {
    const header = { ...aHeader(), collectedAt: '2025-01-31 12:00' };
    const error = await readError(
      chunked(bytesOf(`${JSON.stringify(header)}\n${snapshotEndLine(0)}`)),
    );
    expect(error).toMatchObject({
      code: 'invalid_snapshot',
      details: [expect.objectContaining({ path: 'collectedAt' })],
    });
  });

  it('rejects content after the end line', async () => {
    const text = `${ndjson([])}${snapshotObjectLine(aPod('late'))}`;
    await expect(readError(chunked(bytesOf(text)))).resolves.toMatchObject({
      message: expect.stringMatching(/^line 3: content after/),
    });
  });

  it('rejects an object line above maxObjectBytes', async () => {
    const error = await readError(chunked(bytesOf(ndjson([aPod('a'.repeat(500))]))), {
      maxObjectBytes: 300,
    });
    expect(error).toMatchObject({ code: 'payload_too_large', details: [{ path: 'line 2' }] });
  });

  it('rejects input that is not a snapshot', async () => {
    await expect(readError(chunked(bytesOf('hello')))).resolves.toMatchObject({
      code: 'invalid_snapshot',
    });
    await expect(readError(chunked(bytesOf('')))).resolves.toMatchObject({
      code: 'invalid_snapshot',
    });
    await expect(readError(chunked(bytesOf('{"kind":"Pod"}\n')))).resolves.toMatchObject({
      code: 'invalid_snapshot',
    });
  });
});
