/**
 * `/settings` (admins): tokens created and revoked, users, suppressions, webhooks and the
 * audit log — each change made in the browser checked against the API.
 */
import type { Locator } from 'playwright-core';
import { useDashboard } from './support/dashboard-fixture';

const dash = useDashboard('settings');

function section(id: string): Locator {
  return dash.page.locator(`section#${id}`);
}

async function auditActions(prefix: string): Promise<string[]> {
  await dash.open(`/settings?action=${encodeURIComponent(prefix)}`);
  return section('audit')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action') ?? ''));
}

it('lists the seeded users with their roles and the viewer restricted to demo', async () => {
  const url = await dash.open('/settings');
  expect(url.pathname).toBe('/settings');
  const users = section('users');
  const emails = await users.locator('tbody th').allInnerTexts();
  expect([...emails].sort()).toEqual([
    'admin@kordon.local',
    'triager@example.test',
    'viewer@example.test',
  ]);
  const viewer = users.locator('tr[data-user="viewer@example.test"] td');
  expect(await viewer.allInnerTexts()).toEqual(
    expect.arrayContaining(['viewer', 'demo', 'password']),
  );
  await dash.expectAccessible();
});

it('creates a read token for demo that works once, then revokes it, both in the audit log', async () => {
  await dash.open('/settings');
  const form = dash.page.getByRole('form', { name: 'Create a token' });
  await form.getByLabel('Name', { exact: true }).fill('ci-prod');
  await form.getByLabel('scan', { exact: true }).check();
  await form.getByLabel('Clusters (names, comma-separated; empty: all)').fill('demo');
  await form.getByRole('button', { name: 'Create token' }).click();
  const secret = form.locator('code.secret');
  await secret.waitFor();
  const token = await secret.innerText();
  expect(token).toMatch(/^kordon_/);
  await dash.screenshot('token-created');
  const row = section('tokens').locator('tr[data-token="ci-prod"]');
  await row.waitFor();
  expect(await row.locator('td').first().innerText()).toBe('read, scan');

  const asToken = (await fetch(`${dash.stack.apiUrl}/api/v1/clusters`, {
    headers: { authorization: `Bearer ${token}` },
  }).then((r) => r.json())) as { items: { name: string }[] };
  expect(asToken.items.map((c) => c.name)).toEqual(['demo']);

  await row.getByRole('button', { name: 'Revoke' }).click();
  await row.waitFor({ state: 'detached' });
  const after = await fetch(`${dash.stack.apiUrl}/api/v1/clusters`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(after.status).toBe(401);
  const actions = await auditActions('token.');
  expect(actions.slice(0, 2)).toEqual(['token.revoke', 'token.create']);
  expect(actions.every((action) => action.startsWith('token.'))).toBe(true);
});

it('creates a user whose first password is shown once and signs them in', async () => {
  await dash.open('/settings');
  const form = dash.page.getByRole('form', { name: 'Create a user' });
  await form.getByLabel('Email').fill('auditor@example.test');
  await form.getByLabel('Role').selectOption('viewer');
  await form.getByRole('button', { name: 'Create user' }).click();
  const secret = form.locator('code.secret');
  await secret.waitFor();
  const password = await secret.innerText();
  expect(password.length).toBeGreaterThanOrEqual(12);
  expect(await section('users').locator('tr[data-user="auditor@example.test"]').count()).toBe(1);
  const signIn = await fetch(`${dash.stack.apiUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'auditor@example.test', password }),
  });
  expect(signIn.status).toBeLessThan(400);
  // newest first: their sign-in, then the creation
  expect((await auditActions('user.')).slice(0, 2)).toEqual(['user.sign_in', 'user.create']);
});

it('lists a suppression with its reason and deletes it from the page', async () => {
  const { api } = dash.stack;
  const created = await api.data(
    api.client.POST('/api/v1/suppressions', {
      body: {
        check: 'pss.baseline.privileged',
        cluster: 'demo',
        namespace: 'kube-system',
        workload: 'DaemonSet/calico-node',
        reason: 'the CNI needs it',
      },
    }),
  );
  await dash.open('/settings#suppressions', 'suppressions');
  const row = section('suppressions').locator(`tr[data-suppression="${created.id}"]`);
  expect(await row.locator('th').innerText()).toBe('pss.baseline.privileged');
  expect(await row.innerText()).toContain('the CNI needs it');
  expect(await row.getByRole('link', { name: 'demo' }).getAttribute('href')).toBe(
    '/clusters/demo/issues?status=suppressed',
  );
  await row.getByRole('button', { name: 'Delete' }).click();
  await row.waitFor({ state: 'detached' });
  const left = await api.data(
    api.client.GET('/api/v1/suppressions', { params: { query: { includeExpired: 'true' } } }),
  );
  expect(left.items.map((s) => s.id)).not.toContain(created.id);
  expect((await auditActions('suppression.')).slice(0, 2)).toEqual([
    'suppression.delete',
    'suppression.create',
  ]);
});

it('adds a webhook for demo and deletes it', async () => {
  await dash.open('/settings#webhooks');
  const form = dash.page.getByRole('form', { name: 'Add a webhook' });
  await form.getByLabel('URL').fill('https://hooks.example.test/kordon');
  await form.getByLabel('Cluster (empty: every cluster)').fill('demo');
  await form.getByLabel('score.dropped').check();
  await form.getByRole('button', { name: 'Add webhook' }).click();
  await form.locator('.result-ok').waitFor();
  const row = section('webhooks').locator('tr[data-webhook="https://hooks.example.test/kordon"]');
  await row.waitFor();
  expect(await row.locator('td').allInnerTexts()).toEqual(
    expect.arrayContaining(['demo', 'score.dropped']),
  );
  const { api } = dash.stack;
  const hooks = await api.data(api.client.GET('/api/v1/webhooks'));
  expect(hooks.items.map((h) => h.url)).toEqual(['https://hooks.example.test/kordon']);
  await row.getByRole('button', { name: 'Delete' }).click();
  await row.waitFor({ state: 'detached' });
  expect((await api.data(api.client.GET('/api/v1/webhooks'))).items).toEqual([]);
});

it('says why a token without a scope is not created', async () => {
  await dash.open('/settings');
  const form = dash.page.getByRole('form', { name: 'Create a token' });
  await form.getByLabel('Name', { exact: true }).fill('nothing');
  await form.getByLabel('read', { exact: true }).uncheck();
  await form.getByRole('button', { name: 'Create token' }).click();
  expect(await form.getByRole('alert').innerText()).toBe('Choose at least one scope.');
});

it('keeps settings from a triager: no link, and the page says it is for administrators', async () => {
  const page = await dash.signedInAs('triager');
  await page.goto(`${dash.stack.webUrl}/settings`);
  expect(await page.locator('main').innerText()).toContain('Settings are for administrators.');
  expect(await page.locator('main table').count()).toBe(0);
  await dash.screenshot('settings-triager', page);
});
