import type { OwnerReference, PodShape } from '../model/kube';
import type { ControllerRecord, PodRecord } from './owner-records';
import { workloadId, type Workload } from './workload';

const MAX_CHAIN = 16;

interface Top {
  kind: string;
  name: string;
  record: ControllerRecord | null;
}

class ControllerIndex {
  private readonly byUid = new Map<string, ControllerRecord>();
  private readonly byName = new Map<string, ControllerRecord>();

  constructor(records: ControllerRecord[]) {
    for (const r of records) {
      if (r.uid) this.byUid.set(r.uid, r);
      this.byName.set(workloadId(r.namespace, r.kind, r.name), r);
    }
  }

  /** Owner by uid when the reference has one and it is present, else by kind and name. */
  find(namespace: string, ref: OwnerReference): ControllerRecord | undefined {
    if (ref.uid) {
      const byUid = this.byUid.get(ref.uid);
      if (byUid) return byUid;
    }
    return this.byName.get(workloadId(namespace, ref.kind ?? '', ref.name ?? ''));
  }

  /** Follows `controller: true` references upward through owners present in the input. */
  top(namespace: string, start: OwnerReference): Top {
    let ref = start;
    for (let depth = 0; depth < MAX_CHAIN; depth += 1) {
      const record = this.find(namespace, ref);
      if (!record) return { kind: ref.kind ?? '', name: ref.name ?? '', record: null };
      if (!record.owner || record.owner.kind === 'Node')
        return { kind: record.kind, name: record.name, record };
      ref = record.owner;
    }
    return { kind: ref.kind ?? '', name: ref.name ?? '', record: null };
  }
}

interface Draft {
  workload: Workload;
  specIndexes: Set<number>;
  template: PodShape | null;
}

function newDraft(
  namespace: string,
  kind: string,
  name: string,
  record: ControllerRecord | null,
): Draft {
  return {
    specIndexes: new Set(),
    template: record?.template ?? null,
    workload: {
      id: workloadId(namespace, kind, name),
      kind,
      namespace,
      name,
      uid: record?.uid ?? null,
      labels: record?.template?.metadata?.labels ?? {},
      desiredReplicas: record?.desiredReplicas ?? null,
      observedPods: 0,
      podSpecs: [],
      fromTemplate: false,
      podIPs: [],
      ownerMissing: record === null,
      source: record?.source ?? null,
    },
  };
}

/**
 * Groups pods under their workloads (DESIGN §2 "Workloads, not pods") and fills
 * each workload's distinct pod specs, else its template.
 */
export function resolveWorkloads(
  controllers: ControllerRecord[],
  pods: PodRecord[],
  specs: PodShape[],
): Workload[] {
  const index = new ControllerIndex(controllers);
  const drafts = new Map<string, Draft>();
  const draftFor = (namespace: string, top: Top): Draft => {
    const id = workloadId(namespace, top.kind, top.name);
    let draft = drafts.get(id);
    if (!draft) {
      draft = newDraft(namespace, top.kind, top.name, top.record);
      drafts.set(id, draft);
    }
    return draft;
  };
  for (const c of controllers) {
    const top: Top =
      c.owner && c.owner.kind !== 'Node'
        ? index.top(c.namespace, c.owner)
        : { kind: c.kind, name: c.name, record: c };
    draftFor(c.namespace, top);
  }
  for (const pod of pods) {
    const standsAlone = !pod.owner || pod.owner.kind === 'Node';
    const top: Top = standsAlone
      ? { kind: 'Pod', name: pod.name, record: null }
      : index.top(pod.namespace, pod.owner as OwnerReference);
    const draft = draftFor(pod.namespace, top);
    if (standsAlone) {
      draft.workload.ownerMissing = false;
      draft.workload.source ??= pod.source;
    }
    addPod(draft, pod);
  }
  return [...drafts.values()].map((d) => finishDraft(d, specs));
}

function addPod(draft: Draft, pod: PodRecord): void {
  const w = draft.workload;
  if (w.observedPods === 0) w.labels = pod.labels;
  w.observedPods += 1;
  draft.specIndexes.add(pod.specIndex);
  if (pod.ip) w.podIPs.push(pod.ip);
}

function finishDraft(draft: Draft, specs: PodShape[]): Workload {
  const w = draft.workload;
  if (draft.specIndexes.size > 0) {
    w.podSpecs = [...draft.specIndexes].map((i) => specs[i] as PodShape);
  } else if (draft.template) {
    w.podSpecs = [draft.template];
    w.fromTemplate = true;
  }
  return w;
}
