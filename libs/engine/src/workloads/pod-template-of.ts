import type { KubeObject, ObjectMeta, PodShape, PodSpec } from '../model/kube';

interface TemplateLike {
  metadata?: ObjectMeta;
  spec?: PodSpec;
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The pod template of a controller object (CronJob: `spec.jobTemplate.spec.template`). */
export function podTemplateOf(object: KubeObject): TemplateLike | undefined {
  let spec = asObject(object.spec);
  if (object.kind === 'CronJob') spec = asObject(asObject(spec?.['jobTemplate'])?.['spec']);
  const template = asObject(spec?.['template']);
  return template as TemplateLike | undefined;
}

/** What the controller asks for: `spec.replicas` (default 1), Job parallelism, else null. */
export function desiredReplicasOf(object: KubeObject): number | null {
  const spec = asObject(object.spec);
  switch (object.kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet':
    case 'ReplicationController': {
      const replicas = spec?.['replicas'];
      return typeof replicas === 'number' ? replicas : 1;
    }
    case 'Job': {
      const parallelism = spec?.['parallelism'];
      return typeof parallelism === 'number' ? parallelism : 1;
    }
    default:
      return null;
  }
}

/** A pod (or template) reduced to what the checks read. */
export function toPodShape(
  source: TemplateLike,
  securityAnnotations?: Record<string, string>,
): PodShape {
  const metadata: PodShape['metadata'] = {};
  if (source.metadata?.labels) metadata.labels = source.metadata.labels;
  if (securityAnnotations) metadata.annotations = securityAnnotations;
  return { metadata, spec: source.spec ?? {} };
}
