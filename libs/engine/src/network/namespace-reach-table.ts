import { classPairVerdict } from './class-pair-verdict';
import type { NetworkModel } from './network-model';
import { isAllPorts, isEmptyPorts, type PortSet } from './port-set';
import { combineReach, REACH_ALL, REACH_NONE, REACH_PARTIAL, type ReachCode } from './reach';
import type { WorkloadClass } from './workload-class';

/**
 * The namespace reachability matrix in factored form. Between two different
 * namespaces, reach depends only on each side's profile: the set of
 * (canonical policy behaviour, namespace-independent class signature) of its
 * workload classes. Identical policies in many namespaces (default-deny
 * templates) and namespaces without policies collapse into few profiles, so the
 * work is profiles², not namespaces².
 */
export interface NamespaceReachTable {
  /** Namespaces that have workloads, sorted. Empty namespaces carry no traffic. */
  namespaces: string[];
  sourceProfile: Int32Array;
  destProfile: Int32Array;
  destProfileCount: number;
  /** `cells[s * destProfileCount + d]`: reach from source profile s to dest profile d (distinct namespaces). */
  cells: Uint8Array;
  /** Reach of each namespace to itself (a pod is never blocked from itself). */
  self: Uint8Array;
}

function reachOf(ports: PortSet): ReachCode {
  if (isEmptyPorts(ports)) return REACH_NONE;
  return isAllPorts(ports) ? REACH_ALL : REACH_PARTIAL;
}

class Interner<T> {
  readonly ids = new Map<string, number>();
  readonly values: T[] = [];
  id(key: string, value: () => T): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push(value());
    }
    return id;
  }
}

function behaviourKey(
  policies: WorkloadClass['ingressPolicies'],
  direction: 'ingress' | 'egress',
  content: Map<object, number>,
  interner: Interner<null>,
): string {
  if (policies.length === 0) return 'open';
  const ids = new Set<number>();
  for (const p of policies) {
    let id = content.get(p);
    if (id === undefined) {
      id = interner.id(`${direction}:${JSON.stringify(p[direction])}`, () => null);
      content.set(p, id);
    }
    ids.add(id);
  }
  return [...ids].sort((a, b) => a - b).join(',');
}

interface Keys {
  src: Interner<WorkloadClass>;
  dst: Interner<WorkloadClass>;
  srcOpen: boolean[];
  dstOpen: boolean[];
  classSrc: Int32Array;
  classDst: Int32Array;
}

function classKeys(model: NetworkModel): Keys {
  const policyIds = new Interner<null>();
  const content = new Map<object, number>();
  const keys: Keys = {
    src: new Interner(),
    dst: new Interner(),
    srcOpen: [],
    dstOpen: [],
    classSrc: new Int32Array(model.classes.length),
    classDst: new Int32Array(model.classes.length),
  };
  for (const cls of model.classes) {
    const e = behaviourKey(cls.egressPolicies, 'egress', content, policyIds);
    const i = behaviourKey(cls.ingressPolicies, 'ingress', content, policyIds);
    const s = keys.src.id(`${e}#${cls.signature}`, () => cls);
    const d = keys.dst.id(`${i}#${cls.signature}`, () => cls);
    keys.srcOpen[s] = e === 'open';
    keys.dstOpen[d] = i === 'open';
    keys.classSrc[cls.index] = s;
    keys.classDst[cls.index] = d;
  }
  return keys;
}

function profiles(
  byNs: WorkloadClass[][],
  keyOf: Int32Array,
): { of: Int32Array; members: number[][] } {
  const interner = new Interner<number[]>();
  const of = new Int32Array(byNs.length);
  byNs.forEach((classes, i) => {
    const ids = [...new Set(classes.map((c) => keyOf[c.index] ?? 0))].sort((a, b) => a - b);
    of[i] = interner.id(ids.join(','), () => ids);
  });
  return { of, members: interner.values };
}

function selfReach(classes: WorkloadClass[]): ReachCode {
  let reach: ReachCode | null = null;
  for (const a of classes) {
    for (const b of classes) {
      if (a === b && a.members.length < 2) continue;
      const r = reachOf(classPairVerdict(a, b).allowed);
      reach = reach === null ? r : combineReach(reach, r);
      if (reach === REACH_PARTIAL) return reach;
    }
  }
  return reach ?? REACH_ALL;
}

function profileReach(
  srcKeys: number[],
  dstKeys: number[],
  keys: Keys,
  memo: Map<number, ReachCode>,
): ReachCode {
  let reach: ReachCode | null = null;
  for (const s of srcKeys) {
    for (const d of dstKeys) {
      let r: ReachCode | undefined =
        keys.srcOpen[s] && keys.dstOpen[d] ? REACH_ALL : memo.get(s * keys.dst.values.length + d);
      if (r === undefined) {
        const src = keys.src.values[s];
        const dst = keys.dst.values[d];
        r = src && dst ? reachOf(classPairVerdict(src, dst, true).allowed) : REACH_NONE;
        memo.set(s * keys.dst.values.length + d, r);
      }
      reach = reach === null ? r : combineReach(reach, r);
      if (reach === REACH_PARTIAL) return reach;
    }
  }
  return reach ?? REACH_NONE;
}

export function namespaceReachTable(model: NetworkModel): NamespaceReachTable {
  const byName = new Map<string, WorkloadClass[]>();
  for (const cls of model.classes)
    byName.set(cls.namespace, [...(byName.get(cls.namespace) ?? []), cls]);
  const namespaces = [...byName.keys()].sort();
  const byNs = namespaces.map((n) => byName.get(n) ?? []);
  const keys = classKeys(model);
  const src = profiles(byNs, keys.classSrc);
  const dst = profiles(byNs, keys.classDst);
  const cells = new Uint8Array(src.members.length * dst.members.length);
  const memo = new Map<number, ReachCode>();
  src.members.forEach((sk, s) =>
    dst.members.forEach((dk, d) => {
      cells[s * dst.members.length + d] = profileReach(sk, dk, keys, memo);
    }),
  );
  const self = Uint8Array.from(byNs.map(selfReach));
  return {
    namespaces,
    sourceProfile: src.of,
    destProfile: dst.of,
    destProfileCount: dst.members.length,
    cells,
    self,
  };
}

/** Reach between the namespaces at positions `from` and `to` of `table.namespaces`. */
export function reachAt(table: NamespaceReachTable, from: number, to: number): ReachCode {
  if (from === to) return (table.self[from] ?? REACH_NONE) as ReachCode;
  const s = table.sourceProfile[from] ?? 0;
  const d = table.destProfile[to] ?? 0;
  return (table.cells[s * table.destProfileCount + d] ?? REACH_NONE) as ReachCode;
}
