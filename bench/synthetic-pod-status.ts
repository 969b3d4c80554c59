/** The `status` of a running synthetic pod, shaped like the kubelet reports it. */
import { hexOf } from './seeded-random';

type Json = Record<string, unknown>;

const CONDITIONS = [
  'PodReadyToStartContainers',
  'Initialized',
  'Ready',
  'ContainersReady',
  'PodScheduled',
];

function imageRef(image: string): string {
  const name = image.split(':')[0] ?? image;
  return name.includes('/') ? name : `docker.io/library/${name}`;
}

/** Status of pod `p` of Deployment `d`; `containers` are the spec's containers. */
export function podStatus(
  containers: readonly Json[],
  d: number,
  p: number,
  ip: string,
  hostIP: string,
  startedAt: string,
): Json {
  const containerStatuses = containers.map((c, i) => {
    const image = String(c['image']);
    return {
      containerID: `containerd://${hexOf(d * 16 + p, i + 1, 64)}`,
      image: image.includes(':')
        ? imageRef(image) + image.slice(image.indexOf(':'))
        : `${imageRef(image)}:latest`,
      imageID: `${imageRef(image)}@sha256:${hexOf(image.length * 7919 + i, d % 97, 64)}`,
      lastState: {},
      name: c['name'],
      ready: true,
      restartCount: (d + p + i) % 7 === 0 ? 1 : 0,
      started: true,
      state: { running: { startedAt } },
    };
  });
  return {
    phase: 'Running',
    conditions: CONDITIONS.map((type) => ({
      type,
      status: 'True',
      lastProbeTime: null,
      lastTransitionTime: startedAt,
    })),
    hostIP,
    hostIPs: [{ ip: hostIP }],
    podIP: ip,
    podIPs: [{ ip }],
    startTime: startedAt,
    containerStatuses,
    qosClass: 'Burstable',
  };
}
