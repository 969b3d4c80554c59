/**
 * The dashboard against the real stack: the launcher starts the API, the worker and
 * the built web app (`npm run build:web` first) on a fresh database; the demo
 * snapshot is uploaded over REST, Chromium signs in as the first admin (the password
 * the launcher printed) and browses the pages until the privileged DaemonSet's
 * finding is on screen; signing out locks the pages again. Screenshots go to
 * test-artifacts/web/.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createTestDatabase, type TestDatabase } from '@kordon/testing';
import { startKordon } from '../../launcher/src/start-kordon';
import { privilegedDemoDaemonSets, REPO_ROOT, type WorkloadRef } from './support/demo-cluster';
import { uploadDemoSnapshot, waitForAnalysis } from './support/demo-upload';
import { freePorts } from './support/free-port';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'web');
const CLUSTER = 'demo';
const PRIVILEGED_CHECK = 'pss.baseline.privileged';

type Kordon = Awaited<ReturnType<typeof startKordon>>;

let database: TestDatabase | undefined;
let kordon: Kordon | undefined;
let context: BrowserContext | undefined;
let page: Page;
let home: string | undefined;
let profile: string | undefined;
let snapshotId: string;
let workload: WorkloadRef;
const launcherLog: string[] = [];

function workloadText(ref: WorkloadRef): string {
  return `${ref.namespace}/${ref.kind}/${ref.name}`;
}

/** Signs in through the /login page the way a person does. */
async function signInThroughLoginPage(password: string): Promise<void> {
  if (!kordon) throw new Error('the stack did not start');
  await page.goto(`${kordon.webUrl}/`);
  expect(new URL(page.url()).pathname).toBe('/login');
  await page.screenshot({ path: path.join(ARTIFACTS, 'login.png'), fullPage: true });
  await page.getByLabel('Email', { exact: true }).fill(kordon.adminEmail);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

async function open(route: string, screenshot: string): Promise<void> {
  if (!kordon) throw new Error('the stack did not start');
  const response = await page.goto(`${kordon.webUrl}${route}`);
  expect(response?.status()).toBe(200);
  await page.screenshot({ path: path.join(ARTIFACTS, screenshot), fullPage: true });
}

/** Rows of the findings table for the privileged check on the expected workload. */
function privilegedRows(): Locator {
  return page
    .locator(`table.findings tbody tr[data-check-id="${PRIVILEGED_CHECK}"]`)
    .filter({ hasText: workloadText(workload) });
}

beforeAll(async () => {
  if (!existsSync(path.join(REPO_ROOT, 'apps/web/.next/BUILD_ID'))) {
    throw new Error(
      'apps/web is not built: run `npm run build:web` (part of `npm run build`) before this test',
    );
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const [expected] = privilegedDemoDaemonSets();
  if (!expected)
    throw new Error('examples/demo-cluster.ndjson has no privileged DaemonSet to look for');
  workload = expected;

  await mkdir(ARTIFACTS, { recursive: true });
  database = await createTestDatabase();
  home = await mkdtemp(path.join(tmpdir(), 'kordon-web-e2e-home-'));
  profile = await mkdtemp(path.join(tmpdir(), 'kordon-web-e2e-chromium-'));
  const [apiPort = 0, webPort = 0, pgPort = 0] = await freePorts(3);
  const log = (line: string) => launcherLog.push(line);
  try {
    kordon = await startKordon({
      home,
      databaseUrl: database.url,
      apiPort,
      webPort,
      pgPort,
      startWeb: true,
      log,
    });
    const adminToken =
      kordon.adminToken ?? (await readFile(path.join(home, 'admin-token'), 'utf8')).trim();
    const stack = { apiUrl: kordon.apiUrl, adminToken };
    snapshotId = await uploadDemoSnapshot(stack, CLUSTER);
    await waitForAnalysis(stack, snapshotId);
  } catch (error) {
    const tail = launcherLog.slice(-40).join('\n');
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n--- launcher output ---\n${tail}`,
    );
  }

  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  if (!kordon?.adminPassword) throw new Error('the launcher printed no admin password');
  await signInThroughLoginPage(kordon.adminPassword);
}, 180_000);

afterAll(async () => {
  await context?.close();
  await kordon?.stop();
  await database?.drop();
  if (profile) await rm(profile, { recursive: true, force: true });
  if (home) await rm(home, { recursive: true, force: true });
}, 60_000);

it('shows who is signed in, with their role', async () => {
  await open('/', 'clusters.png');
  const bar = await page.locator('.session-bar').innerText();
  expect(bar).toContain('admin@kordon.local');
  expect(bar).toContain('(admin)');
});

it('says why a wrong password is refused on the sign-in page', async () => {
  if (!kordon) throw new Error('the stack did not start');
  await page.goto(`${kordon.webUrl}/login`);
  await page.getByLabel('Email', { exact: true }).fill(kordon.adminEmail);
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.locator('form.login-form [role="alert"]');
  await alert.waitFor();
  expect(await alert.innerText()).toContain('wrong email or password');
  expect(new URL(page.url()).pathname).toBe('/login');
});

it('lists the demo cluster with its analysed latest snapshot on the clusters page', async () => {
  await open('/', 'clusters.png');
  const row = page
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name: CLUSTER, exact: true }) });
  expect(await row.count()).toBe(1);
  expect(await row.locator('.badge.status-done').count()).toBe(1);
  expect(await row.locator('[class*="badge severity-"]').count()).toBeGreaterThan(0);
});

it("lists the uploaded snapshot on the demo cluster's page", async () => {
  await open(`/clusters/${CLUSTER}`, 'cluster-demo.png');
  const link = page.locator(`a[href="/snapshots/${encodeURIComponent(snapshotId)}"]`);
  expect(await link.count()).toBe(1);
  expect(await page.locator('.badge.status-done').count()).toBeGreaterThan(0);
});

it("shows the privileged DaemonSet's pss.baseline.privileged finding on the snapshot page", async () => {
  await open(`/snapshots/${encodeURIComponent(snapshotId)}`, 'snapshot.png');
  expect(await page.getByRole('heading', { name: `Snapshot of ${CLUSTER}` }).count()).toBe(1);
  // Follow "Next page" until the row shows up, in case the demo has more findings than a page holds.
  for (let pages = 1; (await privilegedRows().count()) === 0 && pages < 20; pages += 1) {
    const next = page.getByRole('link', { name: /Next page/ });
    if ((await next.count()) === 0) break;
    await Promise.all([page.waitForURL(/cursor=/), next.click()]);
  }
  const row = privilegedRows().first();
  expect(await privilegedRows().count()).toBeGreaterThan(0);
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS, 'snapshot-privileged-finding.png') });
  expect(await row.innerText()).toContain(PRIVILEGED_CHECK);
});

it('keeps only findings of the chosen severity when filtered', async () => {
  await open(`/snapshots/${encodeURIComponent(snapshotId)}`, 'snapshot.png');
  const severityClass = await page
    .locator('table.findings tbody tr td:first-child .badge')
    .first()
    .getAttribute('class');
  const severity = /severity-(\w+)/.exec(severityClass ?? '')?.[1];
  expect(severity).toBeDefined();
  await open(
    `/snapshots/${encodeURIComponent(snapshotId)}?severity=${severity}`,
    `snapshot-${severity}.png`,
  );
  const badgeLocators = await page.locator('table.findings tbody tr td:first-child .badge').all();
  const badges = await Promise.all(
    badgeLocators.map(async (badge) => (await badge.getAttribute('class')) ?? ''),
  );
  expect(badges.length).toBeGreaterThan(0);
  expect(badges.every((name) => name.includes(`severity-${severity}`))).toBe(true);
  expect(
    await page
      .locator(`nav[aria-label="Filter findings by severity"] a[aria-current="page"]`)
      .count(),
  ).toBe(1);
});

it('locks every page after signing out, and the old session cookie stays dead', async () => {
  if (!kordon) throw new Error('the stack did not start');
  await open(`/clusters/${CLUSTER}`, 'cluster-demo.png');
  const before = await context?.cookies();
  const session = before?.find((cookie) => cookie.name === 'kordon_session');
  expect(session?.httpOnly).toBe(true);
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/login'),
    page.getByRole('button', { name: 'Sign out' }).click(),
  ]);
  await page.screenshot({ path: path.join(ARTIFACTS, 'signed-out.png'), fullPage: true });
  for (const route of [
    '/',
    `/clusters/${CLUSTER}`,
    `/snapshots/${encodeURIComponent(snapshotId)}`,
  ]) {
    await page.goto(`${kordon.webUrl}${route}`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.locator('table').count()).toBe(0);
  }
  // a copy of the signed-out cookie gets nothing either: the API ended the session
  if (session) await context?.addCookies([session]);
  await page.goto(`${kordon.webUrl}/clusters/${CLUSTER}`);
  expect(new URL(page.url()).pathname).toBe('/login');
  const me = await page.evaluate(async () => (await fetch('/auth/me')).status);
  expect(me).toBe(401);
});
