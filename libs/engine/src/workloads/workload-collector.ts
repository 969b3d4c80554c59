import type { KubeObject, PodShape } from '../model/kube';
import { controllerRef, type ControllerRecord, type PodRecord } from './owner-records';
import { desiredReplicasOf, podTemplateOf, toPodShape } from './pod-template-of';
import { PodSpecInterner } from './pod-spec-interner';
import { resolveWorkloads } from './resolve-workloads';
import { securityAnnotations } from './security-annotations';
import {
  CONTROLLER_KINDS,
  workloadId,
  type DuplicateIdentity,
  type SourceLocation,
  type Workload,
} from './workload';

const CONTROLLERS = new Set<string>(CONTROLLER_KINDS);

/** What `finish` resolves: the workloads, and the objects that repeat an identity seen before. */
export interface CollectedWorkloads {
  workloads: Workload[];
  /** Each repeated controller or bare pod as a workload of its own (its template or its spec). */
  repeated: Workload[];
  duplicates: DuplicateIdentity[];
}

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
  /** Where each controller and bare pod identity was first seen. */
  private readonly seen = new Map<string, SourceLocation | null>();
  private readonly repeatedControllers: ControllerRecord[] = [];
  private readonly repeatedPods: PodRecord[] = [];
  private readonly duplicates: DuplicateIdentity[] = [];

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

  finish(): CollectedWorkloads {
    const specs = this.specs.specs;
    return {
      workloads: resolveWorkloads(this.controllers, this.pods, specs),
      repeated: [
        ...this.repeatedControllers.map((c) => resolveWorkloads([c], [], specs)[0] as Workload),
        ...this.repeatedPods.map((p) => resolveWorkloads([], [p], specs)[0] as Workload),
      ],
      duplicates: this.duplicates,
    };
  }

  /** True (and recorded) when this identity was seen before. */
  private repeats(id: string, source: SourceLocation | null): boolean {
    if (!this.seen.has(id)) {
      this.seen.set(id, source);
      return false;
    }
    this.duplicates.push({ id, first: this.seen.get(id) ?? null, second: source });
    return true;
  }

  private addPod(object: KubeObject, namespace: string, source: SourceLocation | null): void {
    const metadata = object.metadata ?? {};
    const shape = toPodShape(
      { metadata, spec: object.spec as PodShape['spec'] },
      securityAnnotations(metadata.annotations),
    );
    const status = object.status as { podIP?: unknown } | undefined;
    const owner = controllerRef(metadata.ownerReferences);
    const name = metadata.name ?? '';
    const repeated = this.repeats(workloadId(namespace, 'Pod', name), source);
    if (repeated && owner && owner.kind !== 'Node') return;
    (repeated ? this.repeatedPods : this.pods).push({
      namespace,
      name,
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
    const kind = object.kind as string;
    const repeated = this.repeats(workloadId(namespace, kind, name), source);
    (repeated ? this.repeatedControllers : this.controllers).push({
      kind,
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
