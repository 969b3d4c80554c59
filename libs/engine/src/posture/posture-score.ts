/**
 * The posture score (0–100) of a namespace or a whole cluster, defined here and
 * only here: the worker stores it, the API returns it with its parts, and
 * docs/history.md explains it. Pure: plain counts in, numbers out.
 */
export interface PostureScoreInput {
  workloads: number;
  levels: { privileged: number; baseline: number; restricted: number };
  severities: { critical: number; high: number; medium: number; low: number; info: number };
  ingressIsolated: number;
  egressIsolated: number;
  exposed: number;
  attackPaths: number;
  /** The CNI verdict; `does-not-enforce` makes every policy decorative (isolation counts 0). */
  cni?: string | null;
}

export interface PostureScorePart {
  /** Points this part can give at most; the weights add up to 100. */
  weight: number;
  /** 0–1, rounded to 3 decimals. */
  value: number;
  /** weight × value, rounded to 1 decimal. */
  points: number;
}

export type PostureScorePartName = 'podSecurity' | 'findings' | 'isolation' | 'exposure';

export interface PostureScore {
  score: number;
  parts: Record<PostureScorePartName, PostureScorePart>;
}

export const POSTURE_SCORE_WEIGHTS: Record<PostureScorePartName, number> = {
  podSecurity: 40,
  findings: 30,
  isolation: 20,
  exposure: 10,
};

/** Weight of one open violation of each severity, per workload, in the findings part. */
export const POSTURE_SEVERITY_WEIGHTS = {
  critical: 10,
  high: 5,
  medium: 2,
  low: 0.5,
  info: 0,
} as const;

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

function partValues(input: PostureScoreInput): Record<PostureScorePartName, number> {
  const n = input.workloads;
  if (n === 0) return { podSecurity: 1, findings: 1, isolation: 1, exposure: 1 };
  const podSecurity = (input.levels.restricted + 0.6 * input.levels.baseline) / n;
  const s = input.severities;
  const w = POSTURE_SEVERITY_WEIGHTS;
  const density =
    (w.critical * s.critical +
      w.high * s.high +
      w.medium * s.medium +
      w.low * s.low +
      w.info * s.info) /
    n;
  const findings = 1 / (1 + density);
  const isolation =
    input.cni === 'does-not-enforce' ? 0 : (input.ingressIsolated + input.egressIsolated) / (2 * n);
  const exposure = 1 - (input.exposed + 2 * input.attackPaths) / n;
  return { podSecurity, findings, isolation, exposure };
}

/**
 * score = Σ weight × part, rounded to an integer, where (n = workloads; every part is 1 when n = 0):
 * - podSecurity = (restricted + 0.6 × baseline) / n
 * - findings    = 1 / (1 + (10·critical + 5·high + 2·medium + 0.5·low) / n)
 * - isolation   = (ingressIsolated + egressIsolated) / 2n, 0 when the CNI does not enforce policies
 * - exposure    = 1 − (exposed + 2·attackPaths) / n, at least 0
 */
export function postureScore(input: PostureScoreInput): PostureScore {
  const values = partValues(input);
  const parts = {} as Record<PostureScorePartName, PostureScorePart>;
  let total = 0;
  for (const name of Object.keys(POSTURE_SCORE_WEIGHTS) as PostureScorePartName[]) {
    const weight = POSTURE_SCORE_WEIGHTS[name];
    const value = clamp01(values[name]);
    total += weight * value;
    parts[name] = { weight, value: round(value, 3), points: round(weight * value, 1) };
  }
  return { score: Math.round(total), parts };
}
