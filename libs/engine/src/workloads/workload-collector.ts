import type { KubeObject, PodShape } from '../model/kube';
import { controllerRef, type ControllerRecord, type PodRecord } from './owner-records';
import { desiredReplicasOf, podTemplateOf, toPodShape } from './pod-template-of';
import { podSpecKey } from './pod-spec-key';
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
  private readonly specs: PodShape[] = [];
  private readonly specIndex = new Map<string, number>();

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
    return resolveWorkloads(this.controllers, this.pods, this.specs);
  }

  private addPod(object: KubeObject, namespace: string, source: SourceLocation | null): void {
    const metadata = object.metadata ?? {};
    const shape = toPodShape(
      { metadata, spec: object.spec as PodShape['spec'] },
      securityAnnotations(metadata.annotations),
    );
    const status = object.status as { podIP?: unknown } | undefined;
    this.pods.push({
      namespace,
      name: metadata.name ?? '',
      uid: metadata.uid ?? null,
      owner: controllerRef(metadata.ownerReferences),
      specIndex: this.internSpec(shape),
      labels: metadata.labels ?? {},
      ip: typeof status?.podIP === 'string' ? status.podIP : null,
      source,
    });
  }

  private addController(object: KubeObject, namespace: string, source: SourceLocation | null): void {
    const metadata = object.metadata ?? {};
    const template = podTemplateOf(object);
    this.controllers.push({
      kind: object.kind as string,
      namespace,
      name: metadata.name ?? '',
      uid: metadata.uid ?? null,
      owner: controllerRef(metadata.ownerReferences),
      desiredReplicas: desiredReplicasOf(object),
      template: template ? toPodShape(template, securityAnnotations(template.metadata?.annotations)) : null,
      source,
    });
  }

  private internSpec(shape: PodShape): number {
    const key = podSpecKey(shape);
    const known = this.specIndex.get(key);
    if (known !== undefined) return known;
    const index = this.specs.length;
    this.specs.push(shape);
    this.specIndex.set(key, index);
    return index;
  }
}
