import { SharedPodSpecs } from './shared-pod-specs';

type Json = Record<string, unknown>;

function aPodLine(
  name: string,
  options: { node?: string; token?: string; image?: string; owner?: string; extra?: Json } = {},
): string {
  const token = `kube-api-access-${options.token ?? 'abcde'}`;
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'shop',
      labels: { app: 'web' },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: options.owner ?? 'web-7f9c',
          uid: `uid-${options.owner ?? 'web-7f9c'}`,
          controller: true,
        },
      ],
    },
    spec: {
      volumes: [{ name: token, projected: { sources: [] } }],
      containers: [
        {
          name: 'web',
          image: options.image ?? 'shop/web:1.0',
          volumeMounts: [
            { name: token, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' },
          ],
        },
      ],
      nodeName: options.node ?? 'node-1',
      ...options.extra,
    },
    status: {
      phase: 'Running',
      podIP: '10.0.0.1',
      conditions: [{ type: 'Ready', status: 'True' }],
    },
  });
}

/** `count` seeded variants of `base`, each with one character deleted or one from `alphabet` inserted. */
function* mutations(
  base: string,
  seed: number,
  alphabet: string,
  count: number,
): Generator<string> {
  let state = seed;
  const random = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  for (let i = 0; i < count; i++) {
    const at = random(base.length);
    const char = alphabet[random(alphabet.length)] as string;
    yield random(2) === 0
      ? base.slice(0, at) + base.slice(at + 1)
      : base.slice(0, at) + char + base.slice(at);
  }
}

/** The parsed line without the per-pod fields the sharing may take from another pod. */
function withoutPerPod(value: unknown): Json {
  const object = structuredClone(value) as Json & { spec: Json };
  delete object.spec.nodeName;
  delete object.spec.hostname;
  delete object.spec.subdomain;
  return JSON.parse(
    JSON.stringify(object).replace(/kube-api-access-[a-z0-9]{5}/g, 'kube-api-access'),
  ) as Json;
}

describe('SharedPodSpecs', () => {
  it('gives pods of one owner that differ only in node and token volume one spec object', () => {
    const shared = new SharedPodSpecs();
    const lines = [
      aPodLine('web-1'),
      aPodLine('web-2', { node: 'node-2', token: 'x9z8q' }),
      aPodLine('web-3', { node: 'node-3', token: 'k2k2k' }),
    ];
    const pods = lines.map((line) => shared.parse(line));
    expect(pods[1]?.spec).toBe(pods[0]?.spec);
    expect(pods[2]?.spec).toBe(pods[0]?.spec);
    expect(pods[0]).toEqual(JSON.parse(lines[0] as string));
    lines.forEach((line, i) => {
      expect(withoutPerPod(pods[i])).toEqual(withoutPerPod(JSON.parse(line)));
      expect((pods[i] as Json).metadata).toEqual((JSON.parse(line) as Json).metadata);
      expect((pods[i] as Json).status).toEqual((JSON.parse(line) as Json).status);
    });
  });

  it('parses a spec that differs in anything else on its own', () => {
    const shared = new SharedPodSpecs();
    const first = shared.parse(aPodLine('web-1'));
    const line = aPodLine('web-2', { image: 'shop/web:1.1' });
    const second = shared.parse(line);
    expect(second?.spec).not.toBe(first?.spec);
    expect(second).toEqual(JSON.parse(line));
  });

  it('never shares between owners', () => {
    const shared = new SharedPodSpecs();
    const first = shared.parse(aPodLine('web-1'));
    const second = shared.parse(aPodLine('api-1', { owner: 'api-5d4b' }));
    expect(second?.spec).not.toBe(first?.spec);
  });

  it('does not share specs whose only difference is a nested member named like a per-pod field', () => {
    const shared = new SharedPodSpecs();
    const csi = (node: string) => ({
      volumes: [{ name: 'data', csi: { driver: 'x', volumeAttributes: { nodeName: node } } }],
    });
    const a = aPodLine('web-1', { extra: csi('a') });
    const b = aPodLine('web-2', { extra: csi('b') });
    shared.parse(a);
    expect(shared.parse(b)).toEqual(JSON.parse(b));
  });

  it('reads a node name with escapes exactly', () => {
    const shared = new SharedPodSpecs();
    const a = aPodLine('web-1', { node: 'node "1"' });
    const b = aPodLine('web-2', { node: 'node "2"' });
    expect(shared.parse(a)).toEqual(JSON.parse(a));
    expect(shared.parse(b)).toEqual(JSON.parse(b));
  });

  it('leaves lines it cannot split exactly to a whole parse', () => {
    const shared = new SharedPodSpecs();
    const pod = JSON.parse(aPodLine('web-1')) as Json;
    const statusFirst = JSON.stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: pod.metadata,
      status: pod.status,
      spec: pod.spec,
    });
    expect(shared.parse(statusFirst)).toBeNull();
    const noStatus = JSON.stringify({ ...pod, status: undefined });
    expect(shared.parse(noStatus)).toBeNull();
    const service = JSON.stringify({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 's' },
      spec: {},
      status: {},
    });
    expect(shared.parse(service)).toBeNull();
  });

  it('takes a spec key inside the metadata for what it is', () => {
    const shared = new SharedPodSpecs();
    const pod = JSON.parse(aPodLine('web-1')) as Json & { metadata: Json };
    const tricky = JSON.stringify({
      ...pod,
      metadata: { ...pod.metadata, annotations: { a: '1', spec: '{"x":1}' } },
    });
    // The first `,"spec":` is the annotation's: the head does not parse, so the line is left whole.
    expect(shared.parse(tricky)).toBeNull();
  });

  it('accepts no line that JSON.parse rejects, and reads every other one as JSON.parse does', () => {
    const shared = new SharedPodSpecs();
    const base = aPodLine('web-1');
    shared.parse(base);
    let checked = 0;
    let i = 0;
    for (const mutated of mutations(base, 7, '{}[]",:\\ 0aekn-\u0001', 3000)) {
      const replacedNode = mutated.replace('"nodeName":"node-1"', `"nodeName":"node-${i++}"`);
      let expected: unknown;
      try {
        expected = JSON.parse(replacedNode);
      } catch {
        expect(shared.parse(replacedNode)).toBeNull();
        checked += 1;
        continue;
      }
      const read = shared.parse(replacedNode);
      if (read === null) continue;
      expect(withoutPerPod(read)).toEqual(withoutPerPod(expected));
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('remembers only the most recent owners when bounded, and leaves controllers alone', () => {
    const shared = new SharedPodSpecs(1);
    const a1 = shared.parse(aPodLine('web-1'));
    const b1 = shared.parse(aPodLine('api-1', { owner: 'api-5d4b' }));
    const a2 = shared.parse(aPodLine('web-2', { node: 'node-2' }));
    const b2 = shared.parse(aPodLine('api-2', { owner: 'api-5d4b', node: 'node-2' }));
    expect(a2?.spec).not.toBe(a1?.spec);
    expect(b2?.spec).not.toBe(b1?.spec);
    const a3 = shared.parse(aPodLine('web-3', { owner: 'api-5d4b', node: 'node-3' }));
    expect(a3?.spec).toBe(b2?.spec);
    const deployment = JSON.stringify({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd', namespace: 'n' },
      spec: {},
      status: {},
    });
    expect(shared.parse(deployment)).toBeNull();
  });

  describe('ReplicaSets of a Deployment', () => {
    const templateSpec = {
      containers: [{ name: 'web', image: 'shop/web:1.0' }],
      restartPolicy: 'Always',
    };
    const deployment = (spec: Json = templateSpec) =>
      JSON.stringify({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'shop', uid: 'd-1' },
        spec: {
          replicas: 2,
          template: { metadata: { labels: { app: 'web' } }, spec },
          strategy: {},
        },
        status: { replicas: 2 },
      });
    const replicaSet = (spec: Json = templateSpec, extra: Json = {}) =>
      JSON.stringify({
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: 'web-7f9c',
          namespace: 'shop',
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'Deployment',
              name: 'web',
              uid: 'd-1',
              controller: true,
            },
          ],
          ...extra,
        },
        spec: {
          replicas: 2,
          template: { metadata: { labels: { app: 'web', 'pod-template-hash': '7f9c' } }, spec },
        },
        status: { replicas: 2 },
      });

    it('gives a ReplicaSet whose template spec is its Deployment’s that very spec object', () => {
      const shared = new SharedPodSpecs();
      const d = shared.parse(deployment()) as { spec: { template: { spec: unknown } } };
      expect(d).toEqual(JSON.parse(deployment()));
      const line = replicaSet();
      const rs = shared.parse(line) as { spec: { template: { spec: unknown } } };
      expect(rs).toEqual(JSON.parse(line));
      expect(rs.spec.template.spec).toBe(d.spec.template.spec);
    });

    it('parses a ReplicaSet with another template, or an escaped NUL anywhere, on its own', () => {
      const shared = new SharedPodSpecs();
      shared.parse(deployment());
      const other = replicaSet({ ...templateSpec, restartPolicy: 'Never' });
      expect(shared.parse(other)).toBeNull();
      const nul = replicaSet(templateSpec, { annotations: { note: '\u0000' } });
      expect(shared.parse(nul)).toBeNull();
    });

    it('accepts no ReplicaSet line that JSON.parse rejects, and reads the others as JSON.parse does', () => {
      const shared = new SharedPodSpecs();
      shared.parse(deployment());
      const base = replicaSet();
      for (const mutated of mutations(base, 11, '{}[]",:\\ 0aekn-u', 2000)) {
        let expected: unknown;
        try {
          expected = JSON.parse(mutated);
        } catch {
          expect(shared.parse(mutated)).toBeNull();
          continue;
        }
        const read = shared.parse(mutated);
        if (read !== null) expect(read).toEqual(expected);
      }
    });
  });
});
