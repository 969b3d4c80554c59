/**
 * /clusters/{name}/network against the seeded history: the namespace matrix (heat map and
 * graph), a cell's workload pairs with the rules allowing them, the reachability question,
 * isolation and the default-deny policies to apply, exposures and attack paths.
 */
import { useDashboard } from './support/dashboard-fixture';

const dash = useDashboard('network');

function networkTruth() {
  return dash.stack.api.data(
    dash.stack.api.client.GET('/api/v1/snapshots/{id}/network', {
      params: { path: { id: dash.seed.snapshot('demo-latest').id } },
    }),
  );
}

it('shows the namespace matrix as a heat map and as a graph', async () => {
  const url = await dash.open('/clusters/demo/network', 'matrix');
  expect(url.pathname).toBe('/clusters/demo/network');
  const cell = (from: string, to: string) =>
    dash.page.locator(`table.heatmap td[data-from="${from}"][data-to="${to}"]`);
  // payments denies all ingress but what api-from-shop allows; monitoring is open to everyone
  expect(await cell('shop', 'payments').innerText()).toContain('partial');
  expect(await cell('monitoring', 'payments').innerText()).toContain('none');
  expect(await cell('payments', 'monitoring').innerText()).toContain('none');
  expect(await cell('shop', 'monitoring').innerText()).toContain('all');
  const namespaces = (await networkTruth()).matrix.namespaces;
  expect(namespaces).toEqual(['kube-system', 'monitoring', 'payments', 'shop']);
  expect(await dash.page.locator('table.heatmap tbody tr').count()).toBe(namespaces.length);
  const graph = dash.page.getByRole('group', { name: 'Namespace reachability graph' });
  expect(await graph.locator('a[aria-label="shop to payments: partial"]').count()).toBe(1);
  expect(await graph.locator('a[aria-label^="monitoring to payments"]').count()).toBe(0);
  expect(await graph.locator('.graph-node text').allTextContents()).toEqual(namespaces);
  await dash.expectAccessible();
});

it('opens a cell: its workload pairs, ports and the policy rules allowing them', async () => {
  await dash.open('/clusters/demo/network', 'matrix');
  await Promise.all([
    dash.page.waitForURL((url) => url.searchParams.get('cellFrom') === 'shop'),
    dash.page.locator('table.heatmap td[data-from="shop"][data-to="payments"] a').click(),
  ]);
  const url = new URL(dash.page.url());
  expect(url.searchParams.get('cellTo')).toBe('payments');
  const rows = dash.page.locator('#cell table tbody tr');
  expect(await rows.count()).toBe(1);
  const cells = await rows.first().locator('td').allInnerTexts();
  expect(cells).toEqual([
    'shop/Deployment/cart',
    'payments/Deployment/payments-api',
    'TCP 8443',
    'no egress policy (not isolated)',
    'payments/api-from-shop (ingress rule 0)',
  ]);
  // the pair's names link to the workload pages
  expect(
    await rows.first().getByRole('link', { name: 'shop/Deployment/cart' }).getAttribute('href'),
  ).toBe('/clusters/demo/workloads/shop/Deployment/cart');
  await dash.screenshot('cell-shop-payments');
  await dash.expectAccessible();
});

it('answers a reachability question with the allowing or denying rules', async () => {
  await dash.open('/clusters/demo/network');
  const form = dash.page.getByRole('form', { name: 'Reachability question' });
  await form.getByLabel('From workload').fill('shop/Deployment/cart');
  await form.getByLabel('To workload').fill('payments/Deployment/payments-api');
  await form.getByLabel('Port (optional)').fill('8443');
  await Promise.all([
    dash.page.waitForURL((url) => url.searchParams.get('port') === '8443'),
    form.getByRole('button', { name: 'Ask' }).click(),
  ]);
  const answer = dash.page.locator('.reach-answer');
  expect(await answer.locator('h3').innerText()).toBe(
    'Allowed: shop/Deployment/cart → payments/Deployment/payments-api on TCP 8443',
  );
  expect(await answer.innerText()).toContain('payments/api-from-shop (ingress rule 0)');
  await dash.screenshot('reach-allowed');

  await form.getByLabel('From workload').fill('monitoring/Deployment/grafana');
  await Promise.all([
    dash.page.waitForURL((url) => url.searchParams.get('from') === 'monitoring/Deployment/grafana'),
    form.getByRole('button', { name: 'Ask' }).click(),
  ]);
  expect(await answer.locator('h3').innerText()).toMatch(
    /^Denied: monitoring\/Deployment\/grafana/,
  );
  expect(await answer.innerText()).toContain('payments/default-deny-all');
  await dash.screenshot('reach-denied');
  await dash.expectAccessible();
});

it('names an unknown workload in the question instead of failing the page', async () => {
  await dash.open('/clusters/demo/network?from=shop/Deployment/nope&to=payments/payments-api');
  const alert = dash.page.locator('section.notice-error[role="alert"]');
  expect(await alert.innerText()).toContain('shop/Deployment/nope');
  // the rest of the page is still there
  expect(await dash.page.locator('table.heatmap').count()).toBe(1);
});

it('lists isolation per namespace and the default-deny policy for each namespace lacking one', async () => {
  await dash.open('/clusters/demo/network', 'isolation');
  const truth = await networkTruth();
  const open = truth.isolation
    .filter((n) => !n.defaultDenyIngress || !n.defaultDenyEgress)
    .map((n) => n.namespace);
  expect(open).toEqual(['kube-system', 'monitoring', 'shop']);
  const items = dash.page.locator('ul.default-deny > li');
  expect(
    await items.evaluateAll((els) =>
      els.map((el) => (el as { dataset: { namespace?: string } }).dataset.namespace),
    ),
  ).toEqual(open);
  const monitoring = dash.page.locator('ul.default-deny > li[data-namespace="monitoring"]');
  await monitoring.locator('summary').click();
  const yaml = await monitoring.locator('pre').innerText();
  expect(yaml).toContain('kind: NetworkPolicy');
  expect(yaml).toContain('namespace: "monitoring"');
  expect(
    await dash.page.locator('table.isolation tr[data-namespace="payments"]').innerText(),
  ).toMatch(/payments\s+1\s+yes\s+yes\s+100%\s+100%/);
  await dash.expectAccessible();
});

it('lists the exposed workloads and every attack path', async () => {
  await dash.open('/clusters/demo/network', 'exposures');
  const truth = await networkTruth();
  const exposures = dash.page.locator('table.exposures').first().locator('tbody tr');
  expect(await exposures.count()).toBe(truth.exposures.length);
  const nodePort = exposures.filter({ hasText: 'NodePort Service' });
  expect(await nodePort.innerText()).toContain('shop/Deployment/frontend');
  expect(await dash.page.locator('ol.attack-paths > li').count()).toBe(truth.attackPaths.length);
  expect(truth.attackPaths.length).toBeGreaterThan(0);
});

it('draws only the namespaces a filter matches, and says how many of all', async () => {
  await dash.open('/clusters/demo/network?nsq=pay', 'filtered');
  expect(await dash.page.getByTestId('matrix-count').innerText()).toBe(
    '1 of 4 namespaces matching, the most connected first.',
  );
  expect(await dash.page.locator('table.heatmap tbody tr').count()).toBe(1);
  expect(
    await dash.page
      .locator('table.heatmap td[data-from="payments"][data-to="payments"]')
      .innerText(),
  ).toContain('all');
});
