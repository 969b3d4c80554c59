import { z } from 'zod';

/**
 * What a webhook can be told. Cluster webhooks: new critical/high issues, a
 * score drop beyond the threshold, a collector silent beyond its interval.
 * Repository webhooks: a failed CI gate.
 */
export const CLUSTER_EVENTS = ['issues.opened', 'score.dropped', 'collector.silent'] as const;
export const REPOSITORY_EVENTS = ['ci.gate_failed'] as const;
export const WEBHOOK_EVENTS = [...CLUSTER_EVENTS, ...REPOSITORY_EVENTS] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_FORMATS = ['generic', 'slack'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

const httpUrl = z
  .string()
  .url('must be a URL')
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http or https URL');

/** The body of `POST /api/v1/webhooks` (admin): exactly one of `cluster` or `repository`. */
export const webhookInputSchema = z
  .strictObject({
    cluster: z.string().min(1).max(253).optional(),
    repository: z.string().min(1).max(300).optional(),
    url: httpUrl,
    format: z.enum(WEBHOOK_FORMATS).default('generic'),
    /** HMAC-SHA256 key for `X-Kordon-Signature`; generated (and returned once) when omitted. */
    secret: z.string().min(16, 'must be at least 16 characters').max(256).optional(),
    /** Default: every event of the scope. */
    events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).optional(),
    /** `score.dropped` fires when the score falls by more than this many points. */
    scoreDropThreshold: z.number().int().min(1).max(100).default(10),
    /** `collector.silent` fires when no snapshot arrived for this many minutes. */
    silentAfterMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .default(120),
  })
  .refine((w) => (w.cluster === undefined) !== (w.repository === undefined), {
    message: 'give exactly one of cluster or repository',
    path: ['cluster'],
  });

export type WebhookInput = z.input<typeof webhookInputSchema>;
export type ParsedWebhookInput = z.infer<typeof webhookInputSchema>;

/** The generic JSON payload (what `X-Kordon-Signature` signs, byte for byte). */
export interface WebhookPayload {
  id: string;
  event: WebhookEvent;
  occurredAt: string;
  scope: { cluster: string } | { repository: string };
  summary: string;
  data: Record<string, unknown>;
}
