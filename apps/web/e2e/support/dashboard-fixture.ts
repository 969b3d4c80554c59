/**
 * One call per browser spec file: starts the seeded stack and a Chromium signed in as the
 * admin before the file's tests, stops both after.
 *
 *   const dash = useDashboard('overview');
 *   it('shows the demo cluster', async () => {
 *     await dash.open('/');                         // 200, screenshot overview/home.png
 *     expect(await dash.page.getByRole(...)...)
 *     await dash.expectAccessible();                // axe: no serious/critical violation
 *   });
 *   const viewer = await dash.signedInAs('viewer'); // another browser, closed after the file
 */
import type { Page } from 'playwright-core';
import { startDashboardStack, type DashboardStack, type StackOptions } from './dashboard-stack';
import {
  openBrowser,
  screenshot,
  seriousAxeViolations,
  signIn,
  visit,
  type BrowserSession,
  type SessionOptions,
} from './browser';
import type { SeededHistory, SeedUserName } from './seed-history';

export interface DashboardFixture {
  readonly stack: DashboardStack;
  /** The seeded history (throws when the file asked for `seed: false`). */
  readonly seed: SeededHistory;
  /** The admin's page. */
  readonly page: Page;
  /** Opens `route` on the admin's page, expects 200 and saves `<folder>/<shot>.png`. */
  open(route: string, shot?: string): Promise<URL>;
  /** Fails naming every serious or critical axe violation of the page as it is now. */
  expectAccessible(page?: Page): Promise<void>;
  screenshot(name: string, page?: Page): Promise<string>;
  /** A separate browser signed in as a seeded user (closed after the file). */
  signedInAs(user: SeedUserName, options?: SessionOptions): Promise<Page>;
}

export function routeShotName(route: string): string {
  const name = route
    .replace(/^\/+/, '')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return name || 'home';
}

export function useDashboard(
  folder: string,
  options: StackOptions & SessionOptions = {},
): DashboardFixture {
  let stack: DashboardStack | undefined;
  let admin: BrowserSession | undefined;
  const others: BrowserSession[] = [];

  beforeAll(async () => {
    stack = await startDashboardStack(options);
    admin = await openBrowser(options);
    await signIn(admin.page, stack.webUrl, stack.admin);
  }, 240_000);

  afterAll(async () => {
    for (const session of [...others, admin]) await session?.close();
    await stack?.stop();
  }, 60_000);

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} did not start (see beforeAll's error)`);
    return value;
  };

  return {
    get stack() {
      return need(stack, 'the stack');
    },
    get seed() {
      const seed = need(stack, 'the stack').seed;
      if (!seed) throw new Error('this file started the stack without the seed');
      return seed;
    },
    get page() {
      return need(admin, 'the browser').page;
    },
    async open(route, shot) {
      const page = need(admin, 'the browser').page;
      const url = await visit(page, need(stack, 'the stack').webUrl, route);
      await screenshot(page, folder, shot ?? routeShotName(route));
      return url;
    },
    async expectAccessible(page) {
      const target = page ?? need(admin, 'the browser').page;
      const violations = await seriousAxeViolations(target);
      expect({ url: target.url(), violations }).toEqual({ url: target.url(), violations: [] });
    },
    screenshot(name, page) {
      return screenshot(page ?? need(admin, 'the browser').page, folder, name);
    },
    async signedInAs(user, sessionOptions) {
      const seed = need(stack, 'the stack').seed;
      if (!seed) throw new Error('seeded users need the seed');
      const session = await openBrowser(sessionOptions ?? options);
      others.push(session);
      await signIn(session.page, need(stack, 'the stack').webUrl, seed.users[user]);
      return session.page;
    },
  };
}
