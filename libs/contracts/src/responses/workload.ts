import { z } from 'zod';
import { pageSchema } from '../pagination';
import { reachPortsSchema, ruleRefSchema } from '../reach-report';
import {
  instantSchema,
  pssLevelSchema as levelSchema,
  resolveReasonSchema,
  severitySchema,
} from './vocabulary';

/** A value with where it came from: `container`, `pod`, or `unset` (the runtime or image decides). */
function sourced<T extends z.ZodType>(value: T) {
  return z.object({ value: value.nullable(), source: z.enum(['container', 'pod', 'unset']) });
}

export const effectiveContainerSchema = z
  .object({
    name: z.string(),
    type: z.enum(['initContainer', 'container', 'ephemeralContainer']),
    image: z.string().nullable(),
    privileged: sourced(z.boolean()),
    allowPrivilegeEscalation: sourced(z.boolean()),
    runAsNonRoot: sourced(z.boolean()),
    runAsUser: sourced(z.number()),
    runAsGroup: sourced(z.number()),
    readOnlyRootFilesystem: sourced(z.boolean()),
    seccompProfile: sourced(z.record(z.string(), z.unknown())),
    appArmorProfile: sourced(z.record(z.string(), z.unknown())),
    seLinuxOptions: sourced(z.record(z.string(), z.unknown())),
    capabilities: z.object({
      add: sourced(z.array(z.string())),
      drop: sourced(z.array(z.string())),
    }),
    procMount: sourced(z.string()),
  })
  .meta({ id: 'EffectiveContainer' });

export const pssVerdictSchema = z
  .object({
    allowed: z.boolean(),
    violations: z.array(
      z.object({
        check: z.string(),
        checkLevel: z.enum(['baseline', 'restricted']),
        reason: z.string(),
        detail: z.string(),
        fields: z.array(
          z.object({
            container: z.string().nullable(),
            /** Path that names containers: `spec.containers[name=app].securityContext.privileged`. */
            path: z.string(),
            observed: z.unknown(),
            expected: z.string(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'PssVerdict' });

export const exposureSchema = z
  .object({
    kind: z.string(),
    subject: z.object({ kind: z.string(), namespace: z.string(), name: z.string() }),
    workloads: z.array(z.string()),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Exposure' });

export const workloadSummarySchema = z
  .object({
    /** `namespace/Kind/name`. */
    id: z.string(),
    namespace: z.string(),
    kind: z.string(),
    name: z.string(),
    level: levelSchema,
    exposed: z.boolean(),
  })
  .meta({ id: 'WorkloadSummary' });

export const workloadPageSchema = pageSchema(workloadSummarySchema).meta({ id: 'WorkloadPage' });

export const workloadPeerSchema = z
  .object({
    workload: z.string(),
    ports: reachPortsSchema,
    egressRules: z.array(ruleRefSchema),
    ingressRules: z.array(ruleRefSchema),
  })
  .meta({ id: 'WorkloadPeer' });

export const workloadLevelChangeSchema = z
  .object({
    at: instantSchema,
    snapshotId: z.string(),
    /** `null`: the workload first appeared. */
    from: levelSchema.nullable(),
    /** `null`: the workload disappeared. */
    to: levelSchema.nullable(),
  })
  .meta({ id: 'WorkloadLevelChange' });

export const workloadIssueEventSchema = z
  .object({
    issueId: z.string(),
    checkId: z.string(),
    severity: severitySchema,
    container: z.string().nullable(),
    path: z.string(),
    openedAt: instantSchema,
    openedSnapshotId: z.string(),
    resolvedAt: instantSchema.nullable(),
    resolvedSnapshotId: z.string().nullable(),
    resolvedReason: resolveReasonSchema.nullable(),
  })
  .meta({ id: 'WorkloadIssueEvent' });

export const workloadDetailSchema = z
  .object({
    snapshotId: z.string(),
    id: z.string(),
    namespace: z.string(),
    kind: z.string(),
    name: z.string(),
    desiredReplicas: z.number().int().nullable(),
    observedPods: z.number().int(),
    level: levelSchema,
    pssVersion: z.string(),
    pss: z.object({ baseline: pssVerdictSchema, restricted: pssVerdictSchema }),
    containers: z.array(effectiveContainerSchema),
    pod: z.record(z.string(), z.unknown()).nullable(),
    isolation: z
      .object({
        hostNetwork: z.boolean(),
        ingressIsolated: z.boolean(),
        egressIsolated: z.boolean(),
        ingressPolicies: z.array(z.string()),
        egressPolicies: z.array(z.string()),
      })
      .nullable(),
    exposures: z.array(exposureSchema),
    reach: z.object({
      /** Workloads this one can open a connection to (on some port), and the rules allowing it. */
      canReach: z.array(workloadPeerSchema),
      reachableFrom: z.array(workloadPeerSchema),
      /** False when a list was cut at `limit`. */
      complete: z.boolean(),
    }),
    history: z.object({
      levelChanges: z.array(workloadLevelChangeSchema),
      issues: z.array(workloadIssueEventSchema),
    }),
  })
  .meta({ id: 'WorkloadDetail' });

export type WorkloadSummaryResponse = z.infer<typeof workloadSummarySchema>;
export type WorkloadPageResponse = z.infer<typeof workloadPageSchema>;
export type WorkloadPeerResponse = z.infer<typeof workloadPeerSchema>;
export type WorkloadLevelChangeResponse = z.infer<typeof workloadLevelChangeSchema>;
export type WorkloadIssueEventResponse = z.infer<typeof workloadIssueEventSchema>;
export type WorkloadDetailResponse = z.infer<typeof workloadDetailSchema>;
