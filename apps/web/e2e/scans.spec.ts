/** `/scans` — CI scans by repository and branch, with verdicts and new findings. */
import { useDashboard } from './support/dashboard-fixture';

const dash = useDashboard('scans');

it('groups the seeded scans by repository and branch with their verdicts', async () => {
  const url = await dash.open('/scans');
  expect(url.pathname).toBe('/scans');
  const repositories = await dash.page
    .locator('section.scan-repository')
    .evaluateAll((sections) => sections.map((s) => s.getAttribute('data-repository')));
  expect([...repositories].sort()).toEqual(['acme/payments', 'acme/shop']);
  const shopBranches = await dash.page
    .locator('section[data-repository="acme/shop"] tbody')
    .evaluateAll((groups) => groups.map((g) => g.getAttribute('data-branch')));
  expect([...shopBranches].sort()).toEqual(['feature/cart-privileged', 'main']);
  for (const scan of dash.seed.scans) {
    const verdict = dash.page.locator(`tr[data-scan-id="${scan.id}"] [data-verdict]`);
    expect(await verdict.getAttribute('data-verdict')).toBe(scan.verdict);
  }
  await dash.expectAccessible();
});

it("shows the feature branch's one new finding: the privileged rule main's scan lacks", async () => {
  await dash.open('/scans');
  const feature = dash.seed.scans.find((s) => s.branch === 'feature/cart-privileged');
  const row = dash.page.locator(`tr[data-scan-id="${feature?.id}"]`);
  expect(await row.locator('[data-verdict]').innerText()).toBe('Fail');
  expect(await row.locator('td').nth(1).innerText()).toContain('against main');
  await row.locator('.new-findings summary').click();
  expect(await row.locator('.new-findings summary').innerText()).toBe('1 new finding');
  expect(
    await row
      .locator('.new-findings li')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-rule'))),
  ).toEqual(['container-security-context-privileged']);
  await dash.screenshot('scans-new-finding');
});

it('filters by repository and by branch', async () => {
  await dash.open('/scans');
  const form = dash.page.getByRole('form', { name: 'Filter scans' });
  await form.getByLabel('Repository').fill('acme/payments');
  await Promise.all([
    dash.page.waitForURL((url) => url.searchParams.get('repository') === 'acme/payments'),
    form.getByRole('button', { name: 'Filter' }).click(),
  ]);
  const payments = dash.seed.scans.filter((s) => s.repository === 'acme/payments');
  expect(
    await dash.page
      .locator('tr[data-scan-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-scan-id'))),
  ).toEqual(payments.map((s) => s.id));
  expect(await dash.page.locator('[data-verdict]').innerText()).toBe('Pass');

  await dash.open('/scans?repository=acme%2Fshop&branch=main', 'scans-shop-main');
  const main = dash.seed.scans.filter((s) => s.repository === 'acme/shop' && s.branch === 'main');
  expect(
    await dash.page
      .locator('tr[data-scan-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-scan-id'))),
  ).toEqual(main.map((s) => s.id));

  await dash.open('/scans?repository=acme%2Fnothing', 'scans-none');
  expect(await dash.page.locator('main').innerText()).toContain('No scan matches these filters.');
});

it('lets a viewer read the scans too', async () => {
  const page = await dash.signedInAs('viewer');
  await page.goto(`${dash.stack.webUrl}/scans`);
  expect(await page.locator('tr[data-scan-id]').count()).toBe(dash.seed.scans.length);
});
