import { z } from 'zod';

const countsSchema = z.object({
  critical: z.number(),
  high: z.number(),
  medium: z.number(),
  low: z.number(),
  info: z.number(),
  total: z.number(),
});

/** `POST /api/v1/clusters/{name}/snapshots`: 202 queued, 200 when already uploaded. */
export const uploadAnswerSchema = z.object({ snapshotId: z.string(), status: z.string() });

/** `GET /api/v1/snapshots/{id}`, read leniently (unknown fields ignored). */
export const snapshotStatusSchema = z.object({
  id: z.string(),
  clusterName: z.string().nullish(),
  status: z.string(),
  objectCount: z.number().nullish(),
  failureReason: z.string().nullish(),
  counts: countsSchema.nullish(),
  timings: z.object({ queuedMs: z.number().nullish(), analysisMs: z.number().nullish() }).nullish(),
});

export type SnapshotStatus = z.infer<typeof snapshotStatusSchema>;

export function describeStatus(s: SnapshotStatus): string {
  const lines = [
    `snapshot ${s.id}: ${s.status}${s.objectCount != null ? ` (${s.objectCount} objects)` : ''}`,
  ];
  if (s.failureReason) lines.push(`reason: ${s.failureReason}`);
  if (s.counts) {
    const c = s.counts;
    lines.push(
      `findings: ${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.low} low, ${c.info} info (${c.total} total)`,
    );
  }
  if (s.timings)
    lines.push(
      `timings: queued ${s.timings.queuedMs ?? '?'} ms, analysis ${s.timings.analysisMs ?? '?'} ms`,
    );
  return lines.join('\n') + '\n';
}
