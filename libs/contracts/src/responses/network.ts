import { z } from 'zod';
import {
  reachCniSchema,
  reachPortsSchema,
  reachQuestionSchema,
  reachValueSchema,
  ruleRefSchema,
} from '../reach-report';
import { exposureSchema } from './workload';

export const namespaceIsolationSchema = z
  .object({
    namespace: z.string(),
    defaultDenyIngress: z.boolean(),
    defaultDenyEgress: z.boolean(),
    workloads: z.number().int(),
    /** Share (0–1) of the namespace's workloads isolated for ingress/egress. */
    ingressIsolatedShare: z.number(),
    egressIsolatedShare: z.number(),
  })
  .meta({ id: 'NamespaceIsolation' });

export const namespaceMatrixSchema = z
  .object({
    /** Reach of every pair no block or pair names. */
    default: z.enum(['all', 'none']),
    namespaces: z.array(z.string()),
    /** `from × to` (distinct namespaces only) reach `reach`. */
    blocks: z.array(
      z.object({ from: z.array(z.string()), to: z.array(z.string()), reach: reachValueSchema }),
    ),
    /** A namespace to itself, when that differs from `default`. */
    pairs: z.array(z.object({ from: z.string(), to: z.string(), reach: reachValueSchema })),
  })
  .meta({ id: 'NamespaceMatrix' });

export const attackPathSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    exposures: z.array(z.string()),
    hops: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        ports: reachPortsSchema,
        egressRules: z.array(ruleRefSchema),
        ingressRules: z.array(ruleRefSchema),
      }),
    ),
  })
  .meta({ id: 'AttackPath' });

export const networkViewSchema = z
  .object({
    snapshotId: z.string(),
    cni: reachCniSchema,
    isolation: z.array(namespaceIsolationSchema),
    matrix: namespaceMatrixSchema,
    exposures: z.array(exposureSchema),
    danglingBackends: z.array(exposureSchema),
    attackPaths: z.array(attackPathSchema),
    /**
     * How many items each list has in all: the lists above hold at most the request's `limit`
     * (default 500) each, in the stored order.
     */
    totals: z.object({
      isolation: z.number().int(),
      exposures: z.number().int(),
      danglingBackends: z.number().int(),
      attackPaths: z.number().int(),
    }),
  })
  .meta({ id: 'NetworkView' });

export const matrixCellSchema = z
  .object({
    snapshotId: z.string(),
    from: z.string(),
    to: z.string(),
    reach: reachValueSchema,
    /** Workload pairs that can connect, each with the ports and the rules that allow it. */
    pairs: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        ports: reachPortsSchema,
        egressRules: z.array(ruleRefSchema),
        ingressRules: z.array(ruleRefSchema),
      }),
    ),
    complete: z.boolean(),
  })
  .meta({ id: 'MatrixCell' });

/** `kordon reach --from --to [--port --protocol]`'s `question`, for a stored snapshot. */
export const reachAnswerSchema = reachQuestionSchema
  .extend({ snapshotId: z.string() })
  .meta({ id: 'ReachAnswer' });

export const defaultDenySchema = z
  .object({
    namespace: z.string(),
    defaultDenyIngress: z.boolean(),
    defaultDenyEgress: z.boolean(),
    /** A NetworkPolicy denying all ingress and egress except DNS; `null` when both are denied already. */
    yaml: z.string().nullable(),
  })
  .meta({ id: 'DefaultDenyPolicy' });

export type NetworkViewResponse = z.infer<typeof networkViewSchema>;
export type MatrixCellResponse = z.infer<typeof matrixCellSchema>;
export type ReachAnswerResponse = z.infer<typeof reachAnswerSchema>;
export type DefaultDenyResponse = z.infer<typeof defaultDenySchema>;
