/** How much of namespace B namespace A can reach. */
export type Reach = 'all' | 'partial' | 'none';

export const REACH_NONE = 0;
export const REACH_PARTIAL = 1;
export const REACH_ALL = 2;
export type ReachCode = typeof REACH_NONE | typeof REACH_PARTIAL | typeof REACH_ALL;

export const REACH_NAMES: readonly Reach[] = ['none', 'partial', 'all'];

export function reachName(code: number): Reach {
  return REACH_NAMES[code] ?? 'partial';
}

/** Combines two verdicts about parts of the same pair: all+all=all, none+none=none, else partial. */
export function combineReach(a: number, b: number): ReachCode {
  return a === b ? (a as ReachCode) : REACH_PARTIAL;
}
