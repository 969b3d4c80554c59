/**
 * `/snapshots/{id}` — status, counts and the findings of one snapshot, with the severity
 * filter and paging.
 */
import type { Locator } from 'playwright-core';
import { privilegedDemoDaemonSets } from './support/demo-cluster';
import { useDashboard } from './support/dashboard-fixture';

const dash = useDashboard('snapshot');
const PRIVILEGED_CHECK = 'pss.baseline.privileged';
// calico-node (kube-system) is privileged in every seeded demo snapshot
const calico = privilegedDemoDaemonSets().find((w) => w.name === 'calico-node');

function privilegedRows(): Locator {
  if (!calico) throw new Error('examples/demo-cluster.ndjson has no privileged calico-node');
  return dash.page
    .locator(`table.findings tbody tr[data-check-id="${PRIVILEGED_CHECK}"]`)
    .filter({ hasText: `${calico.namespace}/${calico.kind}/${calico.name}` });
}

it("shows the privileged calico-node DaemonSet's finding on the latest demo snapshot", async () => {
  const id = dash.seed.snapshot('demo-latest').id;
  const url = await dash.open(`/snapshots/${id}`, 'snapshot-demo-latest');
  expect(url.pathname).toBe(`/snapshots/${id}`);
  expect(await dash.page.getByRole('heading', { name: 'Snapshot of demo' }).count()).toBe(1);
  for (let pages = 1; (await privilegedRows().count()) === 0 && pages < 20; pages += 1) {
    const next = dash.page.getByRole('link', { name: /Next page/ });
    if ((await next.count()) === 0) break;
    await Promise.all([dash.page.waitForURL(/cursor=/), next.click()]);
  }
  expect(await privilegedRows().count()).toBeGreaterThan(0);
  expect(await privilegedRows().first().innerText()).toContain(PRIVILEGED_CHECK);
  await dash.expectAccessible();
});

it('keeps only critical findings when filtered, as many as the snapshot counts', async () => {
  const id = dash.seed.snapshot('demo-latest').id;
  const { api } = dash.stack;
  const snapshot = await api.data(
    api.client.GET('/api/v1/snapshots/{id}', { params: { path: { id } } }),
  );
  const url = await dash.open(`/snapshots/${id}?severity=critical`, 'snapshot-critical');
  expect(url.searchParams.get('severity')).toBe('critical');
  const badges = await dash.page
    .locator('table.findings tbody tr td:first-child .badge')
    .evaluateAll((elements) => elements.map((element) => element.className));
  expect(badges.length).toBe(snapshot.counts?.critical);
  expect(badges.every((name) => name.includes('severity-critical'))).toBe(true);
  expect(
    await dash.page
      .locator('nav[aria-label="Filter findings by severity"] a[aria-current="page"]')
      .innerText(),
  ).toBe(`Critical (${snapshot.counts?.critical})`);
});

it('links the snapshot back to its cluster, and the header picks that cluster', async () => {
  const id = dash.seed.snapshot('staging-latest').id;
  await dash.open(`/snapshots/${id}`, 'snapshot-staging-latest');
  const crumb = dash.page.getByRole('navigation', { name: 'Breadcrumb' });
  expect(await crumb.getByRole('link', { name: 'staging' }).getAttribute('href')).toBe(
    '/clusters/staging',
  );
  const switcher = dash.page.locator('.cluster-switcher summary');
  await switcher.filter({ hasText: 'staging' }).waitFor();
  expect(await switcher.innerText()).toBe('Cluster: staging');
});

it('answers 404 to an unknown snapshot id', async () => {
  const response = await dash.page.goto(
    `${dash.stack.webUrl}/snapshots/00000000-0000-4000-8000-000000000000`,
  );
  expect(response?.status()).toBe(404);
  expect(await dash.page.getByRole('heading', { name: 'Not found' }).count()).toBe(1);
});

it('fits the findings table in a 1280 px wide window, the path under the message', async () => {
  const page = await dash.signedInAs('triager', { viewport: { width: 1280, height: 900 } });
  await page.goto(`${dash.stack.webUrl}/snapshots/${dash.seed.snapshot('demo-latest').id}`);
  const table = page.getByRole('table', { name: 'All findings' });
  await table.waitFor();
  expect(await table.locator('thead th').allInnerTexts()).not.toContain('Path');
  expect(await table.locator('td.message code.path').count()).toBeGreaterThan(0);
  const overflow = await table.evaluate((element) => {
    const box = element.parentElement as HTMLElement; // .table-scroll
    return box.scrollWidth - box.clientWidth;
  });
  expect(overflow).toBe(0);
  await dash.screenshot('snapshot-1280', page);
});

it('answers Not found to a viewer restricted to demo for a staging snapshot', async () => {
  const page = await dash.signedInAs('viewer');
  const response = await page.goto(
    `${dash.stack.webUrl}/snapshots/${dash.seed.snapshot('staging-latest').id}`,
  );
  expect(response?.status()).toBe(404);
  await page.getByRole('heading', { name: 'Not found' }).waitFor();
  expect(await page.locator('main').innerText()).not.toContain('staging');
  await page.goto(`${dash.stack.webUrl}/snapshots/${dash.seed.snapshot('demo-latest').id}`);
  await page.getByRole('heading', { name: 'Snapshot of demo' }).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Snapshot of demo');
});
