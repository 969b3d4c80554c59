import type { CheckResponse } from '@kordon/contracts';
import { formatPssVersion, pssCheckVersions, type CheckDefinition } from '@kordon/engine';

export function toCheckView(c: CheckDefinition): CheckResponse {
  const versions = c.upstreamId ? pssCheckVersions(c.upstreamId) : undefined;
  return {
    id: c.id,
    family: c.family,
    title: c.title,
    severity: c.severity,
    remediation: c.remediation,
    docsUrl: c.docsUrl,
    pssLevel: c.pssLevel ?? null,
    upstreamId: c.upstreamId ?? null,
    versions: versions
      ? { since: formatPssVersion(versions.since), through: formatPssVersion(versions.through) }
      : null,
  } satisfies CheckResponse;
}
