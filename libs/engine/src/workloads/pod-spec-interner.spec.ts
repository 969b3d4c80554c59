import type { PodShape } from '../model/kube';
import { PodSpecInterner } from './pod-spec-interner';
import { podSpecKey } from './pod-spec-key';
import { samePodShape } from './same-pod-shape';

function pod(token: string, node: string, extra: Record<string, unknown> = {}): PodShape {
  return {
    metadata: {
      annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'runtime/default' },
    },
    spec: {
      nodeName: node,
      containers: [
        {
          name: 'app',
          image: 'nginx:1.27',
          volumeMounts: [
            { name: token, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' },
          ],
          ...extra,
        },
      ],
      volumes: [{ name: token, projected: { sources: [] } }],
    },
  } as PodShape;
}

describe('pod spec dedupe', () => {
  it('treats pods differing only in node and token volume suffix as the same spec, both ways', () => {
    const a = pod('kube-api-access-abcde', 'node-1');
    const b = pod('kube-api-access-x9z2k', 'node-2');
    expect(samePodShape(a, b)).toBe(true);
    expect(podSpecKey(a)).toBe(podSpecKey(b));
  });

  it('keeps a pod whose security context differs apart, both ways', () => {
    const a = pod('kube-api-access-abcde', 'node-1');
    const b = pod('kube-api-access-abcde', 'node-1', { securityContext: { privileged: true } });
    expect(samePodShape(a, b)).toBe(false);
    expect(samePodShape(b, a)).toBe(false);
    expect(podSpecKey(a)).not.toBe(podSpecKey(b));
  });

  it('does not treat other names as token volumes', () => {
    expect(samePodShape(pod('config-abcde', 'n'), pod('config-vwxyz', 'n'))).toBe(false);
  });

  it('interns within a group by comparison and keeps deduplicating after falling back to keys', () => {
    const interner = new PodSpecInterner();
    const variants = Array.from({ length: 12 }, (_, i) =>
      pod('kube-api-access-abcde', 'n', { image: `nginx:1.${i}` }),
    );
    const first = variants.map((v) => interner.intern(v, 'g'));
    const again = variants.map((v) =>
      interner.intern(
        pod('kube-api-access-zzzzz', 'm', { image: v.spec?.containers?.[0]?.image }),
        'g',
      ),
    );
    expect(new Set(first).size).toBe(12);
    expect(again).toEqual(first);
    expect(interner.specs).toHaveLength(12);
  });
});
