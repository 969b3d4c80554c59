import { webhookSignature, type WebhookPayload } from '@kordon/contracts';
import type { DeliveryRecord, WebhookRecord } from '@kordon/db';

export interface WebhookRequest {
  body: string;
  headers: Record<string, string>;
}

function detailLines(payload: WebhookPayload): string[] {
  const issues = payload.data['issues'];
  if (!Array.isArray(issues)) return [];
  return (
    issues as { severity: string; checkId: string; kind: string; namespace: string; name: string }[]
  )
    .slice(0, 10)
    .map((i) => `• ${i.severity.toUpperCase()} ${i.checkId} — ${i.kind} ${i.namespace}/${i.name}`);
}

/** Slack incoming-webhook shape: `text` (also what Mattermost and Teams' Slack mode read). */
function slackBody(payload: WebhookPayload): string {
  const lines = [`*Kordon*: ${payload.summary}`, ...detailLines(payload)];
  return JSON.stringify({ text: lines.join('\n') });
}

/** The body and headers of one delivery; signed when the webhook has a secret. */
export function webhookRequest(
  webhook: WebhookRecord,
  delivery: DeliveryRecord,
  now: Date,
): WebhookRequest {
  const payload = delivery.payload as unknown as WebhookPayload;
  const body = webhook.format === 'slack' ? slackBody(payload) : JSON.stringify(payload);
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'User-Agent': 'kordon-webhooks',
    'X-Kordon-Event': delivery.event,
    'X-Kordon-Delivery': delivery.id,
    'X-Kordon-Timestamp': timestamp,
  };
  if (webhook.secret)
    headers['X-Kordon-Signature'] = webhookSignature(webhook.secret, timestamp, body);
  return { body, headers };
}
