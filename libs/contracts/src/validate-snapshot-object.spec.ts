import { aHeader, aPod, bytesOf, chunked, readError } from './__fixtures__/snapshot-fixtures';
import { checkSnapshotObject } from './validate-snapshot-object';
import { snapshotEndLine, snapshotHeaderLine, snapshotObjectLine } from './write-snapshot';

function template(containers: unknown) {
  return { metadata: { labels: { app: 'x' } }, spec: { containers } };
}

describe('structural validation of snapshot objects', () => {
  it('rejects a snapshot whose pods are not an array, naming line and path', async () => {
    const bad = { ...aPod('p'), spec: { containers: { name: 'app' } } };
    const lines = [aPod('a'), aPod('b'), aPod('c'), aPod('d'), aPod('e'), bad]
      .map(snapshotObjectLine)
      .join('');
    const error = await readError(
      chunked(bytesOf(snapshotHeaderLine(aHeader()) + lines + snapshotEndLine(6))),
    );
    expect(error).toMatchObject({
      code: 'invalid_snapshot',
      message: 'line 7: spec.containers: expected an array',
      details: [{ path: 'line 7: spec.containers', problem: 'expected an array' }],
    });
  });

  it('names the item index in documents', async () => {
    const bad = { ...aPod('p'), spec: { containers: 'app' } };
    const error = await readError(
      chunked(bytesOf(JSON.stringify({ ...aHeader(), items: [aPod('a'), bad] }))),
    );
    expect(error).toMatchObject({
      details: [{ path: 'items[1]: spec.containers', problem: 'expected an array' }],
    });
  });

  it.each([
    ['Deployment', { spec: { template: template(null) } }, 'spec.template.spec.containers'],
    ['StatefulSet', { spec: {} }, 'spec.template'],
    [
      'Job',
      { spec: { template: template([{ image: 'x' }]) } },
      'spec.template.spec.containers[0].name',
    ],
    [
      'CronJob',
      { spec: { jobTemplate: { spec: { template: template(5) } } } },
      'spec.jobTemplate.spec.template.spec.containers',
    ],
    ['NetworkPolicy', { spec: { podSelector: {}, ingress: {} } }, 'spec.ingress'],
    [
      'NetworkPolicy',
      { spec: { podSelector: {}, egress: [{ to: [{ ipBlock: {} }] }] } },
      'spec.egress[0].to[0].ipBlock.cidr',
    ],
    [
      'Pod',
      { spec: { containers: [], initContainers: [{ name: 'i', securityContext: [] }] } },
      'spec.initContainers[0].securityContext',
    ],
  ])('rejects a %s with a malformed %#', (kind, body, path) => {
    const object = { apiVersion: 'v1', kind, metadata: { name: 'x', namespace: 'shop' }, ...body };
    expect(checkSnapshotObject(object)).toMatchObject({ path });
  });

  it('requires string labels and a namespace for namespaced kinds', () => {
    const pod = aPod('a');
    expect(
      checkSnapshotObject({ ...pod, metadata: { name: 'a', namespace: 's', labels: { n: 1 } } }),
    ).toEqual({
      path: 'metadata.labels.n',
      problem: 'expected a string',
    });
    expect(checkSnapshotObject({ ...pod, metadata: { name: 'a' } })).toMatchObject({
      path: 'metadata.namespace',
    });
    expect(
      checkSnapshotObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } }),
    ).toBeNull();
  });

  it('accepts unknown kinds with only apiVersion and kind', () => {
    expect(checkSnapshotObject({ apiVersion: 'example.com/v1', kind: 'Widget' })).toBeNull();
    expect(checkSnapshotObject({ kind: 'Widget' })).toMatchObject({ path: 'apiVersion' });
  });
});
