import type { AnalysisResult } from '../analyzer/analysis-types';
import { namespaceReach, type NamespaceReach } from './namespace-reach';
import { postureScore, type PostureScore } from './posture-score';
import { tallyPosture, type PostureTally, type TalliedFinding } from './posture-tally';

/** A namespace's (or the cluster's) posture at one snapshot: its tally, score and score parts. */
export interface NamespacePosture extends PostureTally {
  /** The CNI verdict, on the cluster total only (null on namespaces). */
  cni: string | null;
  score: number;
  scoreParts: PostureScore['parts'];
  /** The sparse namespace reachability matrix, on the cluster total only. */
  reach: NamespaceReach | null;
}

/**
 * The posture of one analysis: the cluster total first (namespace ''), then one
 * entry per namespace by name, each scored with the cluster's CNI verdict.
 */
export function snapshotPosture(
  result: AnalysisResult,
  findings: readonly TalliedFinding[],
): NamespacePosture[] {
  const tallies = tallyPosture(result, findings);
  const cni = result.network.cni.verdict;
  const scored = (t: PostureTally, isTotal: boolean): NamespacePosture => {
    const s = postureScore({ ...t, cni });
    return {
      ...t,
      cni: isTotal ? cni : null,
      score: s.score,
      scoreParts: s.parts,
      reach: isTotal ? namespaceReach(result) : null,
    };
  };
  return [scored(tallies.total, true), ...tallies.namespaces.map((t) => scored(t, false))];
}
