/**
 * `/login` and the session: who is signed in, a refused password, and signing out locking
 * every route of the dashboard (the old session cookie stays dead).
 */
import { everyRoute } from './support/routes';
import { useDashboard } from './support/dashboard-fixture';

const dash = useDashboard('sign-in');

it('shows who is signed in, with their role', async () => {
  await dash.open('/');
  const bar = await dash.page.locator('.session-bar').innerText();
  expect(bar).toContain('admin@kordon.local');
  expect(bar).toContain('(admin)');
});

it('says why a wrong password is refused, and stays on /login', async () => {
  const page = dash.page;
  await page.goto(`${dash.stack.webUrl}/login`);
  await dash.screenshot('login');
  await page.getByLabel('Email', { exact: true }).fill(dash.stack.admin.email);
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.locator('form.login-form [role="alert"]');
  await alert.waitFor();
  expect(await alert.innerText()).toContain('wrong email or password');
  expect(new URL(page.url()).pathname).toBe('/login');
  await dash.expectAccessible();
});

it('comes back to the page asked for after signing in', async () => {
  const page = await dash.signedInAs('triager');
  await page.goto(`${dash.stack.webUrl}/clusters/demo`);
  expect(new URL(page.url()).pathname).toBe('/clusters/demo');
});

it('locks every route after signing out, and the old session cookie stays dead', async () => {
  const page = dash.page;
  await dash.open('/clusters/demo');
  const session = (await dash.page.context().cookies()).find((c) => c.name === 'kordon_session');
  expect(session?.httpOnly).toBe(true);
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/login'),
    page.getByRole('button', { name: 'Sign out' }).click(),
  ]);
  await dash.screenshot('signed-out');
  const routes = everyRoute(dash.seed);
  for (const route of routes) {
    await page.goto(`${dash.stack.webUrl}${route}`);
    const url = new URL(page.url());
    expect({ route, at: url.pathname }).toEqual({ route, at: '/login' });
    expect(url.searchParams.get('returnTo')).toBe(route === '/' ? null : route);
    expect(await page.locator('main table').count()).toBe(0);
  }
  // a copy of the signed-out cookie gets nothing either: the API ended the session
  if (session) await page.context().addCookies([session]);
  await page.goto(`${dash.stack.webUrl}/clusters/demo`);
  expect(new URL(page.url()).pathname).toBe('/login');
  const me = await page.evaluate(async () => (await fetch('/auth/me')).status);
  expect(me).toBe(401);
});
