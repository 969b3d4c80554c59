import type { WebhookEvent, WebhookFormat } from '@kordon/contracts';

export interface WebhookRecord {
  id: string;
  scopeKind: 'cluster' | 'repository';
  scopeName: string;
  url: string;
  format: WebhookFormat;
  secret: string | null;
  events: WebhookEvent[];
  scoreDropThreshold: number;
  silentAfterMinutes: number;
  createdAt: Date;
}

export type NewWebhook = Omit<WebhookRecord, 'id' | 'createdAt'>;

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface DeliveryRecord {
  id: string;
  webhookId: string;
  event: WebhookEvent;
  payload: Record<string, unknown>;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}
