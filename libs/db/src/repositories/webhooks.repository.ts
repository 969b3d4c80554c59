import type { Pool } from 'pg';
import { poolOf, type Database } from '../database';
import { z } from 'zod';
import { decodeCursor, type Page, type WebhookEvent } from '@kordon/contracts';
import type { DeliveryRecord, DeliveryStatus, NewWebhook, WebhookRecord } from './webhook-record';
import { keysetPage } from './keyset-page';

interface WebhookRow {
  id: string;
  scope_kind: WebhookRecord['scopeKind'];
  scope_name: string;
  url: string;
  format: WebhookRecord['format'];
  secret: string | null;
  events: WebhookEvent[];
  score_drop_threshold: number;
  silent_after_minutes: number;
  created_at: Date;
}

interface DeliveryRow {
  id: string;
  webhook_id: string;
  event: WebhookEvent;
  payload: Record<string, unknown>;
  status: DeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
}

function toWebhook(r: WebhookRow): WebhookRecord {
  return {
    id: r.id,
    scopeKind: r.scope_kind,
    scopeName: r.scope_name,
    url: r.url,
    format: r.format,
    secret: r.secret,
    events: r.events,
    scoreDropThreshold: r.score_drop_threshold,
    silentAfterMinutes: r.silent_after_minutes,
    createdAt: r.created_at,
  };
}

function toDelivery(r: DeliveryRow): DeliveryRecord {
  return {
    id: r.id,
    webhookId: r.webhook_id,
    event: r.event,
    payload: r.payload,
    status: r.status,
    attempts: r.attempts,
    lastStatusCode: r.last_status_code,
    lastError: r.last_error,
    createdAt: r.created_at,
    deliveredAt: r.delivered_at,
  };
}

const cursorSchema = z.object({ t: z.string(), id: z.string().uuid() });

/** Webhooks (admin-configured) and their delivery log. */
export class WebhooksRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  async createWebhook(w: NewWebhook): Promise<WebhookRecord> {
    const { rows } = await this.pool.query<WebhookRow>(
      `INSERT INTO webhook (scope_kind, scope_name, url, format, secret, events, score_drop_threshold, silent_after_minutes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [
        w.scopeKind,
        w.scopeName,
        w.url,
        w.format,
        w.secret,
        w.events,
        w.scoreDropThreshold,
        w.silentAfterMinutes,
      ],
    );
    return toWebhook(rows[0] as WebhookRow);
  }

  async findWebhook(id: string): Promise<WebhookRecord | null> {
    const { rows } = await this.pool.query<WebhookRow>('SELECT * FROM webhook WHERE id = $1', [id]);
    return rows[0] ? toWebhook(rows[0]) : null;
  }

  async listWebhooks(): Promise<WebhookRecord[]> {
    const { rows } = await this.pool.query<WebhookRow>(
      'SELECT * FROM webhook ORDER BY created_at, id',
    );
    return rows.map(toWebhook);
  }

  async deleteWebhook(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM webhook WHERE id = $1', [id]);
    return (rowCount ?? 0) > 0;
  }

  /** The webhooks of a cluster or repository that subscribe to `event`. */
  async subscribers(
    scopeKind: WebhookRecord['scopeKind'],
    scopeName: string,
    event: WebhookEvent,
  ): Promise<WebhookRecord[]> {
    const { rows } = await this.pool.query<WebhookRow>(
      `SELECT * FROM webhook WHERE scope_kind = $1 AND scope_name = $2 AND $3 = ANY(events)`,
      [scopeKind, scopeName, event],
    );
    return rows.map(toWebhook);
  }

  /** Every webhook subscribed to `event`, whatever its scope. */
  async subscribersOf(event: WebhookEvent): Promise<WebhookRecord[]> {
    const { rows } = await this.pool.query<WebhookRow>(
      'SELECT * FROM webhook WHERE $1 = ANY(events)',
      [event],
    );
    return rows.map(toWebhook);
  }

  /**
   * Records an event for a webhook once: a second call with the same key is a
   * no-op and returns null (so each event fires once, however often it is seen).
   */
  async recordDelivery(
    webhookId: string,
    event: WebhookEvent,
    eventKey: string,
    payload: Record<string, unknown>,
  ): Promise<string | null> {
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO webhook_delivery (webhook_id, event, event_key, payload) VALUES ($1, $2, $3, $4)
       ON CONFLICT (webhook_id, event_key) DO NOTHING RETURNING id`,
      [webhookId, event, eventKey, JSON.stringify(payload)],
    );
    return rows[0]?.id ?? null;
  }

  async findDelivery(id: string): Promise<DeliveryRecord | null> {
    const { rows } = await this.pool.query<DeliveryRow>(
      'SELECT * FROM webhook_delivery WHERE id = $1',
      [id],
    );
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  /** Records one attempt: delivered, failed for good, or still pending (a retry follows). */
  async recordAttempt(
    id: string,
    outcome: { status: DeliveryStatus; statusCode: number | null; error: string | null },
  ): Promise<void> {
    await this.pool.query(
      `UPDATE webhook_delivery SET attempts = attempts + 1, status = $2, last_status_code = $3,
              last_error = $4, delivered_at = CASE WHEN $2 = 'delivered' THEN now() ELSE delivered_at END
       WHERE id = $1`,
      [id, outcome.status, outcome.statusCode, outcome.error],
    );
  }

  /** A webhook's deliveries, newest first. */
  async listDeliveries(
    webhookId: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<DeliveryRecord>> {
    const params: unknown[] = [webhookId, limit + 1];
    let after = '';
    if (cursor) {
      const c = decodeCursor(cursor, cursorSchema);
      params.push(c.t, c.id);
      after = 'AND (created_at, id) < ($3::timestamptz, $4::uuid)';
    }
    const { rows } = await this.pool.query<DeliveryRow>(
      `SELECT * FROM webhook_delivery WHERE webhook_id = $1 ${after}
       ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
    return keysetPage(rows, limit, toDelivery, (last) => ({
      t: last.createdAt.toISOString(),
      id: last.id,
    }));
  }
}
