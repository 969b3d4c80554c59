import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * `X-Kordon-Signature`: `sha256=` + hex HMAC-SHA256, keyed with the webhook's
 * secret, of `<X-Kordon-Timestamp>.<raw body>` (docs/notifications.md).
 */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/** Constant-time check of a received signature. */
export function verifyWebhookSignature(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(webhookSignature(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
