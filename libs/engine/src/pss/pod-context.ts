import type { Container, PodShape, PodSpec } from '../model/kube';
import type { ContainerKind, PodContext, VisitedContainer } from './pss-types';

const EMPTY_SPEC: PodSpec = {};
const EMPTY_ANNOTATIONS: Readonly<Record<string, string>> = {};

function pushAll(
  out: VisitedContainer[],
  list: Container[] | null | undefined,
  kind: ContainerKind,
): void {
  if (!list) return;
  for (const container of list) {
    if (container) out.push({ container, kind, name: container.name ?? '' });
  }
}

/**
 * Builds the view every check reads, once per pod: init, regular and ephemeral
 * containers in PSA's visiting order (`policy/visitor.go`).
 */
export function podContext(pod: PodShape): PodContext {
  const spec = pod.spec ?? EMPTY_SPEC;
  const containers: VisitedContainer[] = [];
  pushAll(containers, spec.initContainers, 'initContainers');
  pushAll(containers, spec.containers, 'containers');
  pushAll(containers, spec.ephemeralContainers, 'ephemeralContainers');
  return { spec, annotations: pod.metadata?.annotations ?? EMPTY_ANNOTATIONS, containers, pod };
}

/** `spec.containers[name=app]` */
export function containerPath(visited: VisitedContainer): string {
  return `spec.${visited.kind}[name=${visited.name}]`;
}

/** `metadata.annotations['key']` */
export function annotationPath(key: string): string {
  return `metadata.annotations['${key}']`;
}
