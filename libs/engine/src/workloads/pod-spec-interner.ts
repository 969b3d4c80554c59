import type { PodShape } from '../model/kube';
import { podSpecKey } from './pod-spec-key';
import { samePodShape } from './same-pod-shape';

/** Distinct specs compared one by one within a group before the group switches to string keys. */
const MAX_COMPARED = 8;

/**
 * Stores each distinct pod spec once. Pods are grouped (by owner): a new pod is
 * compared structurally with its group's few distinct specs, which is about 3×
 * cheaper than building its `podSpecKey`; a group with many distinct specs
 * (per-pod mutations) falls back to the string key map, so the cost never
 * grows quadratically.
 */
export class PodSpecInterner {
  readonly specs: PodShape[] = [];
  private readonly groups = new Map<string, number[] | null>();
  private readonly byKey = new Map<string, number>();

  intern(shape: PodShape, group: string): number {
    const candidates = this.groups.get(group);
    if (candidates === null) return this.internByKey(shape);
    if (candidates === undefined) {
      const index = this.add(shape);
      this.groups.set(group, [index]);
      return index;
    }
    for (const i of candidates) if (samePodShape(this.specs[i] as PodShape, shape)) return i;
    if (candidates.length < MAX_COMPARED) {
      const index = this.add(shape);
      candidates.push(index);
      return index;
    }
    for (const i of candidates) this.byKey.set(podSpecKey(this.specs[i] as PodShape), i);
    this.groups.set(group, null);
    return this.internByKey(shape);
  }

  private internByKey(shape: PodShape): number {
    const key = podSpecKey(shape);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const index = this.add(shape);
    this.byKey.set(key, index);
    return index;
  }

  private add(shape: PodShape): number {
    this.specs.push(shape);
    return this.specs.length - 1;
  }
}
