/**
 * `/clusters/{name}` — posture over time: charts with their numbers, the date-range picker,
 * the CNI banner, the namespaces that regressed most and the snapshots list.
 */
import type { Page } from 'playwright-core';
import { useDashboard } from './support/dashboard-fixture';

const dash = useDashboard('posture');
const DAY_MS = 86_400_000;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The days (rows) of a chart's "Show the numbers" table. */
async function chartDays(page: Page, chart: string): Promise<string[]> {
  return page.locator(`#${chart} table tbody th`).allTextContents();
}

async function chartColumn(page: Page, chart: string, series: string): Promise<number[]> {
  const cells = await page.locator(`#${chart} td[data-series="${series}"]`).allTextContents();
  return cells.map((text) => Number.parseFloat(text));
}

async function apiPoints(cluster: string, from: string, to: string) {
  const { api } = dash.stack;
  const posture = await api.data(
    api.client.GET('/api/v1/clusters/{name}/posture', {
      params: { path: { name: cluster }, query: { from, to, namespaces: 'true' } },
    }),
  );
  return posture;
}

it('charts the last 30 days of demo by default: five snapshots, the levels the API reports', async () => {
  const url = await dash.open('/clusters/demo', 'demo-30-days');
  expect(url.pathname).toBe('/clusters/demo');
  expect(await dash.page.getByRole('heading', { level: 1 }).innerText()).toBe(
    'Posture over time · demo',
  );
  const seeded = ['demo-28d', 'demo-21d', 'demo-14d', 'demo-8d', 'demo-latest'].map((label) =>
    dash.seed.snapshot(label).collectedAt.slice(0, 10),
  );
  expect(await chartDays(dash.page, 'chart-levels')).toEqual(seeded);
  const now = new Date();
  const truth = await apiPoints('demo', isoDay(new Date(now.getTime() - 29 * DAY_MS)), isoDay(now));
  expect(await chartColumn(dash.page, 'chart-levels', 'privileged')).toEqual(
    truth.points.map((p) => p.levels.privileged),
  );
  expect(await chartColumn(dash.page, 'chart-severities', 'critical')).toEqual(
    truth.points.map((p) => p.severities.critical),
  );
  expect(await chartColumn(dash.page, 'chart-isolation', 'ingressCoverage')).toEqual(
    truth.points.map((p) => Math.round(p.isolation.ingressCoverage * 1000) / 10),
  );
  // the pictures render in the browser too
  await dash.page.locator('#chart-exposure .recharts-wrapper > svg').waitFor();
  expect(await dash.page.locator('.time-chart .recharts-wrapper > svg').count()).toBe(4);
  expect(await dash.page.locator('#chart-levels .recharts-area-area').count()).toBe(3);
  expect(await dash.page.locator('#chart-isolation .recharts-line-curve').count()).toBe(2);
  const latest = truth.points.at(-1);
  expect(await dash.page.locator('[data-fact="score"] .value').innerText()).toBe(
    String(latest?.score),
  );
  await dash.expectAccessible();
});

it('narrows and widens the range with the presets and the from–to form', async () => {
  await dash.open('/clusters/demo');
  await Promise.all([
    dash.page.waitForURL(/from=/),
    dash.page.getByRole('link', { name: 'Last 90 days' }).click(),
  ]);
  expect(await chartDays(dash.page, 'chart-levels')).toHaveLength(6);
  await Promise.all([
    dash.page.waitForURL((url) => url.searchParams.get('from') !== null),
    dash.page.getByRole('link', { name: 'Last 7 days' }).click(),
  ]);
  await dash.page
    .getByRole('link', { name: 'Last 7 days' })
    .and(dash.page.locator('[aria-current="page"]'))
    .waitFor();
  expect(await chartDays(dash.page, 'chart-levels')).toEqual([
    dash.seed.snapshot('demo-latest').collectedAt.slice(0, 10),
  ]);

  const from = dash.seed.snapshot('demo-21d').collectedAt.slice(0, 10);
  const to = dash.seed.snapshot('demo-14d').collectedAt.slice(0, 10);
  const form = dash.page.getByRole('form', { name: 'Date range' });
  await form.getByLabel('From').fill(from);
  await form.getByLabel('To').fill(to);
  await Promise.all([
    dash.page.waitForURL((url) => url.searchParams.get('to') === to),
    form.getByRole('button', { name: 'Show' }).click(),
  ]);
  expect(new URL(dash.page.url()).searchParams.get('from')).toBe(from);
  expect(await chartDays(dash.page, 'chart-levels')).toEqual([from, to]);
  await dash.screenshot('demo-custom-range');
});

it('explains a wrong date and shows the default range instead', async () => {
  await dash.open('/clusters/demo?from=2026-02-30&to=2026-03-01', 'demo-bad-range');
  expect(await dash.page.locator('.range-picker [role="alert"]').innerText()).toContain(
    'Dates must be written YYYY-MM-DD.',
  );
  expect(await chartDays(dash.page, 'chart-levels')).toHaveLength(5);
});

it('lists shop as the namespace that regressed most (cart privileged again), linked to its issues', async () => {
  await dash.open('/clusters/demo');
  const now = new Date();
  const truth = await apiPoints('demo', isoDay(new Date(now.getTime() - 29 * DAY_MS)), isoDay(now));
  const shop = truth.namespaces?.find((n) => n.namespace === 'shop')?.points ?? [];
  const rows = dash.page.locator('table.regressions tbody tr');
  await rows.first().waitFor(); // streamed after the charts
  expect(await rows.locator('th').allInnerTexts()).toEqual(['shop']);
  expect(await rows.locator('td').allInnerTexts()).toEqual([
    String(shop[0]?.score),
    String(shop.at(-1)?.score),
    `−${(shop[0]?.score ?? 0) - (shop.at(-1)?.score ?? 0)}`,
  ]);
  expect(await rows.getByRole('link', { name: 'shop' }).getAttribute('href')).toBe(
    '/clusters/demo/issues?namespace=shop',
  );
});

it('lists the snapshots newest first, each linked, with the changes since the one before', async () => {
  await dash.open('/clusters/demo');
  const ids = await dash.page
    .locator('table.snapshots tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-snapshot-id')));
  const seeded = dash.seed.snapshots.filter((s) => s.cluster === 'demo').map((s) => s.id);
  expect(ids).toEqual([...seeded].reverse());
  const latest = dash.seed.snapshot('demo-latest').id;
  const previous = dash.seed.snapshot('demo-8d').id;
  const row = dash.page.locator(`tr[data-snapshot-id="${latest}"]`);
  expect(await row.locator('th a').getAttribute('href')).toBe(`/snapshots/${latest}`);
  expect(
    await row.getByRole('link', { name: 'Changes since the one before' }).getAttribute('href'),
  ).toBe(`/clusters/demo/diff?from=${previous}&to=${latest}`);
});

it('warns that NetworkPolicy is not enforced on staging (flannel), not on demo (calico)', async () => {
  await dash.open('/clusters/staging', 'staging');
  const banner = dash.page.locator('.cni-banner');
  expect(await banner.getByRole('heading').innerText()).toBe(
    'NetworkPolicy is not enforced in staging',
  );
  await dash.expectAccessible();
  await dash.open('/clusters/demo');
  expect(await dash.page.locator('.cni-banner').count()).toBe(0);
});

it('renders in the dark theme without serious axe violations', async () => {
  const page = await dash.signedInAs('viewer', { colorScheme: 'dark' });
  await page.goto(`${dash.stack.webUrl}/clusters/demo`);
  await page.locator('#chart-levels .recharts-wrapper > svg').waitFor();
  await dash.screenshot('demo-dark-viewer', page);
  await dash.expectAccessible(page);
});
