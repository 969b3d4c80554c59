import {
  aHeader,
  aPod,
  bytesOf,
  chunked,
  readAll,
  readError,
} from './__fixtures__/snapshot-fixtures';

const { apiVersion: _a, kind: _k, ...rawPod } = aPod('raw', 'kube-system');

describe('readSnapshot over an items document or a Kubernetes List', () => {
  it('reads a header document with items; header fields come first, items one by one', async () => {
    const text = JSON.stringify({ ...aHeader(), items: [aPod('a'), aPod('b')] }, null, 2);
    const events = await readAll(chunked(bytesOf(text)));
    expect(events).toEqual([
      { type: 'header', format: 'document', header: aHeader() },
      { type: 'object', object: aPod('a'), index: 0 },
      { type: 'object', object: aPod('b'), index: 1 },
      { type: 'end', objects: 2 },
    ]);
  });

  it('reads an API list, giving items the kind and apiVersion of the list', async () => {
    const text = JSON.stringify({
      kind: 'PodList',
      apiVersion: 'v1',
      metadata: { resourceVersion: '1' },
      items: [rawPod],
    });
    const events = await readAll(chunked(bytesOf(text)));
    expect(events).toEqual([
      {
        type: 'header',
        format: 'list',
        header: {
          apiVersion: 'kordon.dev/v1',
          kind: 'ClusterSnapshot',
          cluster: { name: null, kubernetesVersion: null },
          collectedAt: null,
          collector: null,
          coverage: {},
        },
      },
      { type: 'object', object: aPod('raw', 'kube-system'), index: 0 },
      { type: 'end', objects: 1 },
    ]);
  });

  it("reads kubectl's List, whose kind follows the items", async () => {
    const text = JSON.stringify({
      apiVersion: 'v1',
      items: [aPod('a')],
      kind: 'List',
      metadata: {},
    });
    const events = await readAll(chunked(bytesOf(text)));
    expect(events.map((e) => e.type)).toEqual(['header', 'object', 'end']);
  });

  it('reads an empty list', async () => {
    const events = await readAll(chunked(bytesOf('{"kind":"List","apiVersion":"v1","items":[]}')));
    expect(events).toEqual([
      expect.objectContaining({ type: 'header' }),
      { type: 'end', objects: 0 },
    ]);
  });

  it('gives the same events whatever byte the chunks are split at', async () => {
    const pod = aPod('split', 'shop', {
      name: 'ünï-"quoted"-\\-{[',
      emoji: '🚀,}]',
      trail: 'ends-with\\',
      q: '\\"',
    });
    const bytes = bytesOf(JSON.stringify({ ...aHeader(), items: [pod, aPod('b')] }, null, 1));
    const expected = await readAll(chunked(bytes));
    expect(expected).toHaveLength(4);
    for (let cut = 1; cut < bytes.length; cut++) {
      await expect(readAll(chunked(bytes, [cut]))).resolves.toEqual(expected);
    }
  });

  it('rejects an item without kind in a List that names none', async () => {
    const text = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [rawPod] });
    const error = await readError(chunked(bytesOf(text)));
    expect(error).toMatchObject({
      code: 'invalid_snapshot',
      details: [{ path: 'items[0]: kind' }],
    });
  });

  it('rejects an item that is not JSON, naming its index', async () => {
    const text = `{"kind":"List","apiVersion":"v1","items":[${JSON.stringify(aPod('a'))}, {"kind": Pod}]}`;
    const error = await readError(chunked(bytesOf(text)));
    expect(error).toMatchObject({
      code: 'invalid_snapshot',
      message: expect.stringMatching(/^items\[1\]: not valid JSON/),
    });
  });

  it('rejects a document cut short as truncated', async () => {
    const text = JSON.stringify({ ...aHeader(), items: [aPod('a'), aPod('b')] });
    await expect(readError(chunked(bytesOf(text.slice(0, -40))))).resolves.toMatchObject({
      code: 'snapshot_truncated',
    });
  });

  it('rejects a document whose header fields are missing before the items', async () => {
    const { coverage, ...early } = aHeader();
    const text = JSON.stringify({ ...early, items: [], coverage });
    await expect(readError(chunked(bytesOf(text)))).resolves.toMatchObject({
      code: 'invalid_snapshot',
      details: [{ path: 'coverage', problem: 'is required' }],
    });
  });

  it('rejects header fields repeated after the items', async () => {
    const text = `${JSON.stringify({ ...aHeader(), items: [] }).slice(0, -1)},"collectedAt":"2025-02-01T00:00:00Z"}`;
    await expect(readError(chunked(bytesOf(text)))).resolves.toMatchObject({
      details: [{ path: 'collectedAt', problem: 'header fields must precede items' }],
    });
  });

  it('rejects a document whose items is not an array', async () => {
    const text = JSON.stringify({ ...aHeader(), items: {} });
    await expect(readError(chunked(bytesOf(text)))).resolves.toMatchObject({
      details: [{ path: 'items' }],
    });
  });

  it('rejects content after the document', async () => {
    const text = `${JSON.stringify({ kind: 'List', items: [] })} {}`;
    await expect(readError(chunked(bytesOf(text)))).resolves.toMatchObject({
      code: 'invalid_snapshot',
    });
  });
});
