/**
 * /clusters/{name}/namespaces against the seeded history: each namespace's Pod Security labels
 * against the highest level it could enforce, with the kubectl label command.
 */
import { useDashboard } from './support/dashboard-fixture';

const dash = useDashboard('namespaces');

it('shows the labels, the level each namespace could enforce and the command', async () => {
  const url = await dash.open('/clusters/demo/namespaces');
  expect(url.pathname).toBe('/clusters/demo/namespaces');
  const truth = await dash.stack.api.data(
    dash.stack.api.client.GET('/api/v1/snapshots/{id}/namespaces', {
      params: { path: { id: dash.seed.snapshot('demo-latest').id } },
    }),
  );
  const rows = dash.page.locator('table.namespaces tbody tr');
  expect(
    await rows.evaluateAll((els) =>
      els.map((el) => (el as unknown as { dataset: { namespace?: string } }).dataset.namespace),
    ),
  ).toEqual(['kube-system', 'monitoring', 'payments', 'shop']);
  for (const item of truth.items) {
    const row = dash.page.locator(`tr[data-namespace="${item.name}"]`);
    expect(await row.getByTestId('recommended').innerText()).toContain(item.recommendedEnforce);
    const command = dash.page.locator(`ul.commands li[data-namespace="${item.name}"] pre`);
    expect(await command.innerText()).toBe(item.command);
  }
  // payments carries an enforce=baseline label; the others fall back to the cluster default
  const payments = await dash.page.locator('tr[data-namespace="payments"] td').nth(1).innerText();
  expect(payments).toMatch(/^baseline v1\.\d+\s+label$/);
  const monitoring = await dash.page
    .locator('tr[data-namespace="monitoring"] td')
    .nth(1)
    .innerText();
  expect(monitoring).toContain('cluster default');
  expect(await dash.page.locator('ul.commands li[data-namespace="shop"] pre').innerText()).toMatch(
    /^kubectl label --overwrite namespace shop pod-security\.kubernetes\.io\/enforce=\w+ /,
  );
  await dash.expectAccessible();
});

it('links each namespace of the network page to its row here', async () => {
  await dash.open('/clusters/demo/network');
  const link = dash.page.locator('table.isolation').getByRole('link', { name: 'payments' });
  expect(await link.getAttribute('href')).toBe('/clusters/demo/namespaces#ns-payments');
  await Promise.all([dash.page.waitForURL((u) => u.hash === '#ns-payments'), link.click()]);
  await dash.page.locator('#ns-payments').waitFor();
  expect(await dash.page.locator('#ns-payments').getByTestId('recommended').count()).toBe(1);
});
