import { z } from 'zod';
import { SNAPSHOT_API_VERSION } from './snapshot-header';

export const reachProtocolSchema = z.enum(['TCP', 'UDP', 'SCTP']);

/** `port: null` = every port of the protocol; `endPort` closes a range. */
export const reachPortSchema = z.object({
  protocol: reachProtocolSchema,
  port: z.number().int().nullable(),
  endPort: z.number().int().optional(),
});

export const reachPortsSchema = z.union([z.literal('all'), z.array(reachPortSchema)]);

export const reachWorkloadSchema = z.object({
  /** `namespace/Kind/name`. */
  id: z.string(),
  namespace: z.string(),
  kind: z.string(),
  name: z.string(),
  hostNetwork: z.boolean(),
  ingressIsolated: z.boolean(),
  egressIsolated: z.boolean(),
});

export const reachConnectionSchema = z.object({
  from: z.string(),
  to: z.string(),
  allowed: reachPortsSchema,
});

export const reachValueSchema = z.enum(['all', 'partial', 'none']);

export const namespaceMatrixReportSchema = z.object({
  /** Reach of every namespace pair not listed in `pairs`. */
  default: z.enum(['all', 'none']),
  namespaces: z.array(z.string()),
  pairs: z.array(z.object({ from: z.string(), to: z.string(), reach: reachValueSchema })),
});

export const ruleRefSchema = z.object({
  policy: z.string(),
  direction: z.enum(['ingress', 'egress']),
  ruleIndex: z.number().int(),
});

export const reachDirectionSchema = z.object({
  isolated: z.boolean(),
  allowed: z.boolean(),
  /** Policies selecting the workload for this direction (`namespace/name`). */
  policies: z.array(z.string()),
  /** The rules that allow the asked traffic; any one suffices. */
  rules: z.array(ruleRefSchema),
  ports: reachPortsSchema,
});

export const reachQuestionSchema = z.object({
  from: z.string(),
  to: z.string(),
  port: z.number().int().nullable(),
  protocol: reachProtocolSchema.nullable(),
  allowed: z.boolean(),
  ports: reachPortsSchema,
  egress: reachDirectionSchema,
  ingress: reachDirectionSchema,
});

export const reachCniSchema = z.object({
  verdict: z.enum(['enforces', 'does-not-enforce', 'unknown']),
  plugins: z.array(z.string()),
  evidence: z.array(z.string()),
});

/** `kordon reach --format json`. */
export const reachReportSchema = z.object({
  apiVersion: z.literal(SNAPSHOT_API_VERSION),
  kind: z.literal('ReachReport'),
  cni: reachCniSchema,
  workloads: z.array(reachWorkloadSchema),
  connections: z.array(reachConnectionSchema).optional(),
  namespaceMatrix: namespaceMatrixReportSchema.optional(),
  question: reachQuestionSchema.optional(),
});

export type ReachPorts = z.infer<typeof reachPortsSchema>;
export type ReachWorkload = z.infer<typeof reachWorkloadSchema>;
export type ReachConnection = z.infer<typeof reachConnectionSchema>;
export type NamespaceMatrixReport = z.infer<typeof namespaceMatrixReportSchema>;
export type ReachDirection = z.infer<typeof reachDirectionSchema>;
export type ReachQuestion = z.infer<typeof reachQuestionSchema>;
export type ReachReport = z.infer<typeof reachReportSchema>;
