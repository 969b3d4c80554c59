import { encodeCursor, type IssueSort } from '@kordon/contracts';
import { SEVERITIES, type Severity } from '@kordon/engine';

/**
 * The cursor that resumes a list right after one item, in the positions the
 * repositories' list queries decode (GraphQL gives every edge its own cursor).
 */
export const pageCursors = {
  /** Clusters, by name. */
  cluster: (c: { name: string }) => encodeCursor({ name: c.name }),
  /** A cluster's snapshots, newest first. */
  snapshot: (s: { collectedAt: string; id: string }) =>
    encodeCursor({ t: new Date(s.collectedAt).toISOString(), id: s.id }),
  /** Findings and issues in the default order (`sort=severity`: most severe first). */
  issue: (i: { severity: Severity; id: string }) =>
    encodeCursor({ s: 'severity', v: [SEVERITIES.indexOf(i.severity)], id: i.id }),
  /** Findings and issues in `sort`'s order (the keys `queryIssuePage` decodes). */
  issueIn:
    (sort: IssueSort) =>
    (i: {
      severity: Severity;
      id: string;
      firstSeenAt: string;
      namespace: string;
      name: string;
      checkId: string;
    }) => {
      const v: Record<IssueSort, (string | number)[]> = {
        severity: [SEVERITIES.indexOf(i.severity)],
        firstSeen: [new Date(i.firstSeenAt).toISOString()],
        '-firstSeen': [new Date(i.firstSeenAt).toISOString()],
        namespace: [i.namespace, i.name],
        check: [i.checkId],
      };
      return encodeCursor({ s: sort, v: v[sort], id: i.id });
    },
  /** Suppressions, newest first. */
  suppression: (s: { createdAt: string; id: string }) =>
    encodeCursor({ at: new Date(s.createdAt).toISOString(), id: s.id }),
  /** The audit log, newest first. */
  auditEvent: (e: { at: string; id: string }) =>
    encodeCursor({ at: new Date(e.at).toISOString(), id: e.id }),
  /** CI scans, newest first. */
  scan: (s: { receivedAt: string; id: string }) =>
    encodeCursor({ t: new Date(s.receivedAt).toISOString(), id: s.id }),
  /** A scan's findings, most severe first (`array_position`: 1-based), then by fingerprint. */
  scanFinding: (f: { severity: string; fingerprint: string }) =>
    encodeCursor({
      r: (SEVERITIES as readonly string[]).indexOf(f.severity) + 1,
      f: f.fingerprint,
    }),
};
