/**
 * /clusters/{name}/workloads/{namespace}/{kind}/{workload} against the seeded history: each
 * container's effective securityContext against baseline and restricted, violations with
 * their field path and source, the remediation snippet, reach both ways and the history.
 */
import { useDashboard } from './support/dashboard-fixture';

const dash = useDashboard('workload');

function workloadTruth(snapshot: string, namespace: string, kind: string, name: string) {
  return dash.stack.api.data(
    dash.stack.api.client.GET('/api/v1/snapshots/{id}/workloads/{namespace}/{kind}/{name}', {
      params: { path: { id: dash.seed.snapshot(snapshot).id, namespace, kind, name } },
    }),
  );
}

function field(container: string, key: string) {
  return dash.page.locator(`section[data-container="${container}"] tr[data-field="${key}"]`);
}

it('shows the privileged container of shop/Deployment/cart, where it is set and how to fix it', async () => {
  const url = await dash.open('/clusters/demo/workloads/shop/Deployment/cart', 'cart');
  expect(url.pathname).toBe('/clusters/demo/workloads/shop/Deployment/cart');
  const truth = await workloadTruth('demo-latest', 'shop', 'Deployment', 'cart');
  expect(truth.level).toBe('privileged');
  expect(await dash.page.getByTestId('workload-level').innerText()).toBe('privileged');
  const privileged = field('cart', 'privileged');
  const cells = await privileged.locator('td').allInnerTexts();
  expect(cells[0]).toBe('true');
  expect(cells[1]).toBe('container');
  expect(await privileged.getAttribute('class')).toBe('violation');
  expect(cells[4]).toContain('violates baseline');
  expect(cells[4]).toContain('spec.containers[name=cart].securityContext.privileged');
  const snippet = await dash.page.locator('section[data-container="cart"] pre').innerText();
  expect(snippet).toContain('securityContext:\n  privileged: false');
  await dash.expectAccessible();
});

it('shows monitoring/DaemonSet/log-agent privileged at an older snapshot and fixed at the latest', async () => {
  const old = dash.seed.snapshot('demo-21d').id;
  await dash.open(
    `/clusters/demo/workloads/monitoring/DaemonSet/log-agent?snapshot=${old}`,
    'log-agent-21d',
  );
  expect(await dash.page.locator('.snapshot-line time').getAttribute('datetime')).toBe(
    dash.seed.snapshot('demo-21d').collectedAt,
  );
  const before = await field('fluent-bit', 'privileged').locator('td').allInnerTexts();
  expect(before.slice(0, 2)).toEqual(['true', 'container']);
  // the pod-level hostPath volume is listed on its own, with its path
  expect(await dash.page.getByText('spec.volumes[name=varlog].hostPath').count()).toBeGreaterThan(
    0,
  );

  await dash.open('/clusters/demo/workloads/monitoring/DaemonSet/log-agent', 'log-agent-latest');
  const after = field('fluent-bit', 'privileged');
  expect((await after.locator('td').allInnerTexts()).slice(0, 2)).toEqual([
    '—',
    'unset (runtime or image decides)',
  ]);
  expect(await after.getAttribute('class')).toBeNull();
  // its history shows the issue resolved as fixed
  const resolved = dash.page
    .locator('table.issue-history tbody tr')
    .filter({ hasText: 'pss.baseline.privileged' })
    .filter({ hasText: 'fixed' });
  expect(await resolved.count()).toBe(1);
});

it('lists what can reach payments-api, on which port and through which rule', async () => {
  await dash.open('/clusters/demo/workloads/payments/Deployment/payments-api', 'payments-api');
  const truth = await workloadTruth('demo-latest', 'payments', 'Deployment', 'payments-api');
  const from = dash.page.locator('table.peers').nth(1).locator('tbody tr');
  expect(await from.count()).toBe(truth.reach.reachableFrom.length);
  const cart = from.filter({ hasText: 'shop/Deployment/cart' });
  expect(await cart.locator('td').allInnerTexts()).toEqual([
    'shop/Deployment/cart',
    'TCP 8443',
    'not isolated',
    'payments/api-from-shop (ingress rule 0)',
  ]);
  // exposed through its host port
  expect(await dash.page.locator('table.exposures').innerText()).toContain('Host port');
  await dash.expectAccessible();
});

it('shows the level history of the workload', async () => {
  await dash.open('/clusters/demo/workloads/shop/Deployment/cart', 'cart');
  const truth = await workloadTruth('demo-latest', 'shop', 'Deployment', 'cart');
  const rows = dash.page.locator('table.level-history tbody tr');
  expect(await rows.count()).toBe(truth.history.levelChanges.length);
  expect(truth.history.levelChanges.length).toBeGreaterThan(1);
  const last = truth.history.levelChanges.at(-1);
  expect(await rows.last().locator('td').nth(2).innerText()).toBe(last?.to ?? 'gone');
});

it('shows the not-found page for a workload the snapshot does not have', async () => {
  // the cluster layout streams (loading.tsx), so the status is already sent: the content says it
  await dash.page.goto(`${dash.stack.webUrl}/clusters/demo/workloads/shop/Deployment/nope`);
  await dash.page.locator('#not-found-heading').waitFor();
  expect(await dash.page.locator('section[data-container]').count()).toBe(0);
});
