import { ALL_PSS_CHECKS } from './pss-checks';
import { LATEST_PSS_VERSION, type PssVersion } from './pss-version';

/** The policy versions at which PSA runs an upstream check: from its first variant to the newest implemented. */
export interface PssCheckVersions {
  since: PssVersion;
  /** The newest version this engine implements (PSA never retired a check). */
  through: PssVersion;
}

const BY_ID = new Map(ALL_PSS_CHECKS.map((c) => [c.id, c]));

/** Version range of an upstream PSS check id (`runAsNonRoot`), or undefined for an unknown id. */
export function pssCheckVersions(upstreamId: string): PssCheckVersions | undefined {
  const first = BY_ID.get(upstreamId)?.variants[0];
  return first ? { since: first.minimumVersion, through: LATEST_PSS_VERSION } : undefined;
}
