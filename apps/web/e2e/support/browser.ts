/**
 * Chromium (Debian's /usr/bin/chromium, driven by playwright-core) for the browser tests:
 * a fresh profile per session, sign-in through /login as a person does, screenshots under
 * test-artifacts/web/<spec>/, and an axe-core check (no serious or critical violation).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Credentials } from './dashboard-stack';
import { REPO_ROOT } from './demo-cluster';

export const CHROMIUM = '/usr/bin/chromium';
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
export const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'web');

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export interface SessionOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

export async function openBrowser(options: SessionOptions = {}): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const profile = await mkdtemp(path.join(tmpdir(), 'kordon-web-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in on /login with email and password and waits to land on `returnTo` (default /). */
export async function signIn(
  page: Page,
  webUrl: string,
  user: Credentials,
  returnTo = '/',
): Promise<void> {
  const query = returnTo === '/' ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
  await page.goto(`${webUrl}/login${query}`);
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  const target = new URL(returnTo, webUrl).pathname;
  await Promise.all([
    page.waitForURL((url) => url.pathname === target, { timeout: 30_000 }),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

/**
 * Opens `route` and expects a 200 page (not a redirect to /login). Returns the final URL
 * once every streamed Suspense segment is revealed: React streams a page's content as hidden
 * `<div hidden id="S:n">` segments and reveals them by script, throttled, possibly after the
 * `load` event — until then role queries (which skip hidden elements) find nothing.
 */
export async function visit(page: Page, webUrl: string, route: string): Promise<URL> {
  const response = await page.goto(`${webUrl}${route}`);
  const url = new URL(page.url());
  if (response?.status() !== 200 || url.pathname === '/login') {
    throw new Error(`${route} answered ${response?.status()} at ${url.pathname}${url.search}`);
  }
  await page.waitForFunction(
    () => document.querySelector('div[hidden][id^="S:"]') === null,
    undefined,
    {
      timeout: 30_000,
    },
  );
  return url;
}

/** Saves a full-page screenshot as test-artifacts/web/<folder>/<name>.png. */
export async function screenshot(page: Page, folder: string, name: string): Promise<string> {
  const dir = path.join(ARTIFACTS, folder);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * axe-core (WCAG 2.x A/AA rules) on the page as it is now: the serious and critical
 * violations, described (empty when there are none). Charts' SVG internals are checked too.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeProblem[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '?',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}
