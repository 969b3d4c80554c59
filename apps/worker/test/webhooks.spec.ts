import { createHmac } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import type { WebhookInput, WebhookPayload } from '@kordon/contracts';
import { startApi, type ApiHarness } from '../../api/test/api-harness';
import {
  demoLines,
  editContainers,
  serialize,
  uploadAndWait,
} from '../../api/test/history-fixtures';
import { CollectorSilenceJob } from '../src/notifications/collector-silence.job';
import { DeliverWebhookProcessor } from '../src/notifications/deliver-webhook.processor';
import { WebhookReceiver, type ReceivedHook } from './support/webhook-receiver';
import { startWorker } from './worker-harness';

const ENV = { KORDON_WEBHOOK_RETRY_DELAY_S: '1', KORDON_QUEUE_MAINTENANCE_S: '1' };
const SECRET = 'a-shared-secret-of-32-characters';

/** What a receiver does: recompute the HMAC over `<timestamp>.<body>` with the shared secret. */
function signatureIsValid(hook: ReceivedHook | undefined): boolean {
  if (!hook) return false;
  const timestamp = String(hook.headers['x-kordon-timestamp']);
  const expected = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${hook.body}`).digest('hex')}`;
  return hook.headers['x-kordon-signature'] === expected;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('webhooks to a local receiver', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    api = await startApi(ENV);
    worker = await startWorker(api.databaseUrl, ENV);
    await worker.get(DeliverWebhookProcessor).start();
    receiver = await WebhookReceiver.start();
  });
  afterAll(async () => {
    await worker.close();
    await receiver.close();
    await api.close();
  });
  beforeEach(() => receiver.reset());

  const createWebhook = async (body: WebhookInput) =>
    (
      await request(api.server)
        .post('/api/v1/webhooks')
        .set('Authorization', `Bearer ${api.adminToken}`)
        .send(body)
        .expect(201)
    ).body as { id: string; secret: string | null; hasSecret: boolean };

  it('fires once per new critical/high issues event, signed, and retries after the receiver fails once', async () => {
    const hook = await createWebhook({
      cluster: 'shop-prod',
      url: receiver.url,
      secret: SECRET,
      events: ['issues.opened'],
    });
    expect(hook).toMatchObject({ hasSecret: true, secret: null });
    receiver.failFirst = 1;
    const demo = demoLines();
    const header = { ...demo.header, cluster: { name: 'shop-prod', kubernetesVersion: 'v1.31.4' } };
    await uploadAndWait(api, 'shop-prod', serialize(header, demo.objects));
    const [first, second] = await receiver.waitFor(2);
    await sleep(2500); // a third request would be a duplicate
    expect(receiver.received).toHaveLength(2);
    expect(first?.answeredWith).toBe(500);
    expect(second?.answeredWith).toBe(200);
    expect(second?.headers['x-kordon-delivery']).toBe(first?.headers['x-kordon-delivery']);
    expect(second?.headers['x-kordon-event']).toBe('issues.opened');
    expect(signatureIsValid(second)).toBe(true);
    expect(signatureIsValid(second && { ...second, body: `${second.body} ` })).toBe(false);
    const payload = JSON.parse(second?.body ?? '{}') as WebhookPayload;
    expect(payload).toMatchObject({ event: 'issues.opened', scope: { cluster: 'shop-prod' } });
    const log = await request(api.server)
      .get(`/api/v1/webhooks/${hook.id}/deliveries`)
      .set('Authorization', `Bearer ${api.adminToken}`)
      .expect(200);
    expect(log.body.items).toEqual([
      expect.objectContaining({
        status: 'delivered',
        attempts: 2,
        lastStatusCode: 200,
        event: 'issues.opened',
      }),
    ]);

    // the next snapshot adds one privileged container: one more event, naming it
    receiver.reset();
    editContainers(demo.objects, 'shop', 'cart', (c) => {
      c.securityContext = { ...c.securityContext, privileged: true };
    });
    await uploadAndWait(
      api,
      'shop-prod',
      serialize({ ...header, collectedAt: '2026-11-21T09:00:00Z' }, demo.objects),
    );
    const [next] = await receiver.waitFor(1);
    const issues = (JSON.parse(next?.body ?? '{}') as WebhookPayload).data['issues'] as {
      checkId: string;
      name: string;
    }[];
    expect(issues.map((i) => `${i.checkId} ${i.name}`)).toEqual(['pss.baseline.privileged cart']);
  });

  it('reports a score drop beyond the threshold to the webhooks whose threshold it exceeds', async () => {
    const sensitive = await createWebhook({
      cluster: 'scores',
      url: receiver.url,
      secret: SECRET,
      events: ['score.dropped'],
      scoreDropThreshold: 1,
    });
    await createWebhook({
      cluster: 'scores',
      url: `${receiver.url}?lenient`,
      secret: SECRET,
      events: ['score.dropped'],
      scoreDropThreshold: 100,
    });
    const demo = demoLines();
    const header = { ...demo.header, cluster: { name: 'scores', kubernetesVersion: 'v1.31.4' } };
    await uploadAndWait(api, 'scores', serialize(header, demo.objects));
    for (const ns of ['shop', 'payments', 'monitoring'])
      editContainers(demo.objects, ns, '', (c) => {
        c.securityContext = { ...c.securityContext, privileged: true };
      });
    await uploadAndWait(
      api,
      'scores',
      serialize({ ...header, collectedAt: '2026-11-21T09:00:00Z' }, demo.objects),
    );
    const [hook] = await receiver.waitFor(1);
    await sleep(1500);
    expect(receiver.received).toHaveLength(1);
    const payload = JSON.parse(hook?.body ?? '{}') as WebhookPayload;
    expect(payload.event).toBe('score.dropped');
    expect(payload.data['drop']).toBeGreaterThan(1);
    expect(payload.data['score']).toBe(
      (payload.data['previousScore'] as number) - (payload.data['drop'] as number),
    );
    const log = await request(api.server)
      .get(`/api/v1/webhooks/${sensitive.id}/deliveries`)
      .set('Authorization', `Bearer ${api.adminToken}`)
      .expect(200);
    expect(log.body.items).toHaveLength(1);
  });

  it('tells a Slack-compatible webhook about a failed CI gate', async () => {
    await createWebhook({ repository: 'acme/shop', url: receiver.url, format: 'slack' });
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'kubelinter' } },
          results: [
            {
              ruleId: 'privileged-container',
              level: 'error',
              message: { text: 'container "app" is privileged' },
            },
          ],
        },
      ],
    };
    await request(api.server)
      .post('/api/v1/scans')
      .set('Authorization', `Bearer ${api.adminToken}`)
      .send({ repository: 'acme/shop', branch: 'feature/x', failOnNew: 'high', sarif })
      .expect(201)
      .expect((res) => expect(res.body.verdict).toBe('fail'));
    const [hook] = await receiver.waitFor(1);
    expect(hook?.headers['x-kordon-event']).toBe('ci.gate_failed');
    const body = JSON.parse(hook?.body ?? '{}') as { text: string };
    expect(body.text).toContain(
      'CI gate failed for acme/shop on feature/x: 1 new kubelinter finding at or above high',
    );
  });

  it('reports a collector silent beyond its interval once, not on every check', async () => {
    await createWebhook({
      cluster: 'edge',
      url: receiver.url,
      secret: SECRET,
      events: ['collector.silent'],
      silentAfterMinutes: 5,
    });
    const demo = demoLines();
    await uploadAndWait(
      api,
      'edge',
      serialize(
        { ...demo.header, cluster: { name: 'edge', kubernetesVersion: 'v1.31.4' } },
        demo.objects,
      ),
    );
    const job = worker.get(CollectorSilenceJob);
    expect(await job.run(new Date(Date.now() + 4 * 60_000))).toBe(0);
    expect(await job.run(new Date(Date.now() + 6 * 60_000))).toBe(1);
    expect(await job.run(new Date(Date.now() + 7 * 60_000))).toBe(0);
    const [hook] = await receiver.waitFor(1);
    expect(hook?.headers['x-kordon-event']).toBe('collector.silent');
    expect(signatureIsValid(hook)).toBe(true);
  });

  it('rejects a webhook without a scope or with an event its scope does not have, naming the field', async () => {
    const none = await request(api.server)
      .post('/api/v1/webhooks')
      .set('Authorization', `Bearer ${api.adminToken}`)
      .send({ url: receiver.url })
      .expect(400);
    expect(none.body.details[0]).toMatchObject({ path: 'body.cluster' });
    const wrong = await request(api.server)
      .post('/api/v1/webhooks')
      .set('Authorization', `Bearer ${api.adminToken}`)
      .send({ repository: 'acme/shop', url: receiver.url, events: ['score.dropped'] })
      .expect(400);
    expect(wrong.body.details[0]).toMatchObject({ path: 'body.events' });
    const doomed = await createWebhook({
      repository: 'acme/old',
      url: receiver.url,
      format: 'slack',
    });
    const auth = { Authorization: `Bearer ${api.adminToken}` };
    await request(api.server).delete(`/api/v1/webhooks/${doomed.id}`).set(auth).expect(200);
    await request(api.server).get(`/api/v1/webhooks/${doomed.id}`).set(auth).expect(404);
    const reader = await api.issueToken(['read']);
    await request(api.server)
      .get('/api/v1/webhooks')
      .set('Authorization', `Bearer ${reader}`)
      .expect(403);
  });
});
