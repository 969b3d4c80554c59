import type { KubeObject, PodShape } from '../model/kube';
import { controllerRef, type ControllerRecord, type PodRecord } from './owner-records';
import { desiredReplicasOf, podTemplateOf, toPodShape } from './pod-template-of';
import { PodSpecInterner } from './pod-spec-interner';
import { resolveWorkloads } from './resolve-workloads';
import { securityAnnotations } from './security-annotations';
import { CONTROLLER_KINDS, type SourceLocation, type Workload } from './workload';

const CONTROLLERS = new Set<string>(CONTROLLER_KINDS);

/**
 * Streams pods and controllers in, keeps a compact projection of each (distinct
 * pod specs are stored once), and resolves workloads at the end, so memory grows
 * with the number of workloads and distinct specs, not with the input's size.
 */
export class WorkloadCollector {
  private readonly controllers: ControllerRecord[] = [];
  private readonly pods: PodRecord[] = [];
  private readonly specs = new PodSpecInterner();
  /** Controller templates: a Deployment's and its ReplicaSets' specs are usually one. */
  private readonly templates = new PodSpecInterner();

  /** True when the object was a pod or controller and has been taken in. */
  add(object: KubeObject, namespace: string, source: SourceLocation | null = null): boolean {
    if (object.kind === 'Pod') {
      this.addPod(object, namespace, source);
      return true;
    }
    if (object.kind && CONTROLLERS.has(object.kind)) {
      this.addController(object, namespace, source);
      return true;
    }
    return false;
  }

  finish(): Workload[] {
    return resolveWorkloads(this.controllers, this.pods, this.specs.specs);
  }

  private addPod(object: KubeObject, namespace: string, source: SourceLocation | null): void {
    const metadata = object.metadata ?? {};
    const shape = toPodShape(
      { metadata, spec: object.spec as PodShape['spec'] },
      securityAnnotations(metadata.annotations),
    );
    const status = object.status as { podIP?: unknown } | undefined;
    const owner = controllerRef(metadata.ownerReferences);
    this.pods.push({
      namespace,
      name: metadata.name ?? '',
      uid: metadata.uid ?? null,
      owner,
      specIndex: this.specs.intern(
        shape,
        owner ? `${namespace}/${owner.kind}/${owner.name}` : namespace,
      ),
      labels: metadata.labels ?? {},
      ip: typeof status?.podIP === 'string' ? status.podIP : null,
      source,
    });
  }

  private addController(
    object: KubeObject,
    namespace: string,
    source: SourceLocation | null,
  ): void {
    const metadata = object.metadata ?? {};
    const template = podTemplateOf(object);
    const owner = controllerRef(metadata.ownerReferences);
    const name = metadata.name ?? '';
    this.controllers.push({
      kind: object.kind as string,
      namespace,
      name,
      uid: metadata.uid ?? null,
      owner,
      desiredReplicas: desiredReplicasOf(object),
      template: template
        ? this.internTemplate(
            toPodShape(template, securityAnnotations(template.metadata?.annotations)),
            `${namespace}/${owner?.name ?? name}`,
          )
        : null,
      source,
    });
  }

  /** The template with its own labels over the spec of an equal template seen before (see `samePodShape`). */
  private internTemplate(shape: PodShape, group: string): PodShape {
    const shared = this.templates.specs[this.templates.intern(shape, group)] as PodShape;
    return shared === shape ? shape : { metadata: shape.metadata, spec: shared.spec };
  }
}
