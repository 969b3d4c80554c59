/**
 * `/` — the overview — and the shell around every page: navigation, cluster switcher,
 * themes, skip link, small screens; what a viewer restricted to one cluster sees.
 */
import type { Locator, Page } from 'playwright-core';
import { useDashboard } from './support/dashboard-fixture';

const dash = useDashboard('overview');

function row(page: Page, cluster: string): Locator {
  return page.locator(`table.overview tbody tr[data-cluster="${cluster}"]`);
}

async function latestPoint(cluster: string) {
  const { api } = dash.stack;
  const posture = await api.data(
    api.client.GET('/api/v1/clusters/{name}/posture', {
      params: {
        path: { name: cluster },
        query: { from: new Date(Date.now() - 30 * 86_400_000).toISOString() },
      },
    }),
  );
  const latest = posture.points.at(-1);
  if (!latest) throw new Error(`no posture for ${cluster}`);
  return latest;
}

it('lists both seeded clusters, linked to their posture pages, with score and parts', async () => {
  const url = await dash.open('/');
  expect(url.pathname).toBe('/');
  const names = await dash.page.locator('table.overview tbody th a').allInnerTexts();
  expect(names).toEqual(['demo', 'staging']);
  expect(await row(dash.page, 'demo').locator('th a').getAttribute('href')).toBe('/clusters/demo');

  const demo = await latestPoint('demo');
  const demoRow = row(dash.page, 'demo');
  expect(await demoRow.locator('.score').innerText()).toBe(String(demo.score));
  expect(await demoRow.locator('[data-part="podSecurity"] dd').innerText()).toBe(
    `${demo.parts?.podSecurity.points}/40`,
  );
  expect(await demoRow.locator('svg.sparkline').getAttribute('aria-label')).toContain(
    `to ${demo.score}`,
  );
  await dash.expectAccessible();
});

it('shows open critical issues with the change since last week: +1 for demo (cart privileged again)', async () => {
  await dash.open('/');
  const demo = await latestPoint('demo');
  const critical = row(dash.page, 'demo').locator('td[data-severity="critical"]');
  expect(await critical.locator('.count').innerText()).toBe(String(demo.severities.critical));
  expect(await critical.locator('.change').innerText()).toMatch(/^\+1 /);
  const high = row(dash.page, 'demo').locator('td[data-severity="high"]');
  expect(await high.locator('.count').innerText()).toBe(String(demo.severities.high));
  expect(await high.locator('.change').innerText()).toMatch(/^±0 /);
});

it('flags the stale collector of staging (3 days) but not demo (2 hours), and links the latest snapshots', async () => {
  await dash.open('/');
  const staging = row(dash.page, 'staging');
  expect(await staging.locator('.badge-stale').innerText()).toBe('Stale collector');
  expect(await staging.getByRole('link', { name: '3 days ago' }).getAttribute('href')).toBe(
    `/snapshots/${dash.seed.snapshot('staging-latest').id}`,
  );
  const demo = row(dash.page, 'demo');
  expect(await demo.locator('.badge-stale').count()).toBe(0);
  expect(await demo.getByRole('link', { name: '2 hours ago' }).getAttribute('href')).toBe(
    `/snapshots/${dash.seed.snapshot('demo-latest').id}`,
  );
});

it('gives each cluster its CNI verdict: calico enforces, flannel does not', async () => {
  await dash.open('/');
  expect(await row(dash.page, 'demo').locator('.cni').innerText()).toBe('Enforces NetworkPolicy');
  expect(await row(dash.page, 'staging').locator('.cni').innerText()).toBe(
    'Does not enforce NetworkPolicy',
  );
});

it('navigates with the main navigation and the cluster switcher, keeping the cluster page kind', async () => {
  await dash.open('/clusters/demo');
  const nav = dash.page.getByRole('navigation', { name: 'Main' });
  expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Overview', 'CI scans', 'Settings']);
  // a cluster's page is not the overview: its own navigation marks the current page
  expect(await nav.locator('a[aria-current="page"]').count()).toBe(0);
  const clusterNav = dash.page.getByRole('navigation', { name: 'Cluster demo' });
  expect(await clusterNav.getByRole('link').allInnerTexts()).toEqual([
    'Posture',
    'Network',
    'Issues',
    'Namespaces',
    'Changes',
  ]);
  expect(await clusterNav.getByRole('link', { name: 'Posture' }).getAttribute('aria-current')).toBe(
    'page',
  );
  await dash.page.locator('.cluster-switcher summary').click();
  const staging = dash.page.locator('.cluster-switcher').getByRole('link', { name: 'staging' });
  expect(await staging.getAttribute('href')).toBe('/clusters/staging');
  await Promise.all([
    dash.page.waitForURL((url) => url.pathname === '/clusters/staging'),
    staging.click(),
  ]);
  expect(await dash.page.locator('.cluster-switcher summary').innerText()).toContain('staging');
});

it('shows the stale-data notice on the pages of a stale cluster only', async () => {
  await dash.open('/clusters/staging', 'cluster-staging-stale');
  const notice = dash.page.locator('.notice-warning');
  expect(await notice.innerText()).toContain(
    'the latest snapshot of staging was collected 3 days ago',
  );
  await dash.open('/clusters/demo');
  expect(await dash.page.locator('.notice-warning').count()).toBe(0);
});

it('reaches the content with the skip link from the keyboard', async () => {
  await dash.open('/');
  await dash.page.keyboard.press('Tab');
  const skip = dash.page.getByRole('link', { name: 'Skip to content' });
  expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
  await dash.page.keyboard.press('Enter');
  expect(new URL(dash.page.url()).hash).toBe('#main');
});

it('switches to the dark theme and keeps it across pages, with no serious axe violation', async () => {
  await dash.open('/');
  await dash.page.getByRole('button', { name: 'Switch to dark theme' }).click();
  expect(await dash.page.locator('html').getAttribute('data-theme')).toBe('dark');
  await dash.open('/', 'home-dark');
  expect(await dash.page.locator('html').getAttribute('data-theme')).toBe('dark');
  const background = await dash.page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe('rgb(18, 22, 29)');
  await dash.expectAccessible();
  // labelled by what it does: the dark page offers the light theme
  await dash.page.getByRole('button', { name: 'Switch to light theme' }).click();
  expect(await dash.page.locator('html').getAttribute('data-theme')).toBe('light');
  expect(await dash.page.getByRole('button', { name: 'Switch to dark theme' }).count()).toBe(1);
});

it('follows the system preference when nothing was chosen, and fits a phone screen', async () => {
  const page = await dash.signedInAs('triager', {
    colorScheme: 'dark',
    viewport: { width: 390, height: 844 },
  });
  await page.goto(`${dash.stack.webUrl}/`);
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe('rgb(18, 22, 29)');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0); // wide tables scroll inside their own box
  await dash.screenshot('home-phone-dark', page);
  await dash.expectAccessible(page);
  // a triager is no admin: no Settings link
  expect(
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts(),
  ).toEqual(['Overview', 'CI scans']);
});

it('shows a viewer restricted to demo only demo, and staging is not found for them', async () => {
  const page = await dash.signedInAs('viewer');
  await page.goto(`${dash.stack.webUrl}/`);
  expect(await page.locator('table.overview tbody th a').allInnerTexts()).toEqual(['demo']);
  await page.locator('.cluster-switcher summary').click();
  expect(await page.locator('.cluster-switcher li').allInnerTexts()).toEqual(['demo']);
  await dash.screenshot('home-viewer', page);
  const response = await page.goto(`${dash.stack.webUrl}/clusters/staging`);
  expect(response?.status()).toBe(404);
  expect(await page.getByRole('heading', { name: 'Not found' }).count()).toBe(1);
  expect(await page.locator('body').innerText()).not.toContain('flannel');
});
