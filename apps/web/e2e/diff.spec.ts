/**
 * /clusters/{name}/diff against the seeded history: by default the newest two snapshots
 * (the shop/cart regression), or any two chosen; new and resolved issues, workloads and their
 * Pod Security levels, reachability changes.
 */
import { useDashboard } from './support/dashboard-fixture';

const dash = useDashboard('diff');

function diffTruth(from: string, to: string) {
  return dash.stack.api.data(
    dash.stack.api.client.GET('/api/v1/snapshots/{id}/diff', {
      params: {
        path: { id: dash.seed.snapshot(to).id },
        query: { against: dash.seed.snapshot(from).id, limit: 500 },
      },
    }),
  );
}

it('compares the newest two snapshots when none is chosen: the cart regression', async () => {
  const url = await dash.open('/clusters/demo/diff', 'latest');
  expect(url.pathname).toBe('/clusters/demo/diff');
  const form = dash.page.getByRole('form', { name: 'Snapshots to compare' });
  expect(await form.getByLabel('From (older)').inputValue()).toBe(dash.seed.snapshot('demo-8d').id);
  expect(await form.getByLabel('To (newer)').inputValue()).toBe(
    dash.seed.snapshot('demo-latest').id,
  );
  const truth = await diffTruth('demo-8d', 'demo-latest');
  expect(await dash.page.getByTestId('new-issues').innerText()).toBe(
    String(truth.issues.counts.new),
  );
  expect(await dash.page.getByTestId('resolved-issues').innerText()).toBe(
    String(truth.issues.counts.resolved),
  );
  const newIssues = dash.page.locator('table.diff-issues[data-list="new"]').locator('tbody tr');
  expect(await newIssues.count()).toBe(truth.issues.new.length);
  expect(
    await newIssues
      .filter({ hasText: 'pss.baseline.privileged' })
      .filter({ hasText: 'shop/Deployment/cart' })
      .count(),
  ).toBe(1);
  const cart = dash.page
    .locator('table.diff-workloads tbody tr')
    .filter({ hasText: 'shop/Deployment/cart' });
  const cells = await cart.locator('td').allInnerTexts();
  expect(cells[1]).toBe('level changed');
  expect(cells[3]).toBe('privileged');
  await dash.expectAccessible();
});

it('compares two chosen snapshots: log-agent fixed, payments isolated again', async () => {
  const from = dash.seed.snapshot('demo-28d').id;
  const to = dash.seed.snapshot('demo-14d').id;
  await dash.open('/clusters/demo/diff', 'latest');
  const form = dash.page.getByRole('form', { name: 'Snapshots to compare' });
  await form.getByLabel('From (older)').selectOption(from);
  await form.getByLabel('To (newer)').selectOption(to);
  await Promise.all([
    dash.page.waitForURL((u) => u.searchParams.get('to') === to),
    form.getByRole('button', { name: 'Compare' }).click(),
  ]);
  expect(new URL(dash.page.url()).searchParams.get('from')).toBe(from);
  await dash.screenshot('chosen');
  const truth = await diffTruth('demo-28d', 'demo-14d');
  const resolved = dash.page.locator('table.diff-issues[data-list="resolved"]').locator('tbody tr');
  expect(await resolved.count()).toBe(truth.issues.resolved.length);
  expect(
    await resolved
      .filter({ hasText: 'pss.baseline.privileged' })
      .filter({ hasText: 'monitoring/DaemonSet/log-agent' })
      .count(),
  ).toBe(1);
  // payments got its NetworkPolicies back: pairs into payments became unreachable
  expect(truth.reach.counts.becameUnreachable).toBeGreaterThan(0);
  const unreachable = dash.page
    .locator('table.diff-reach tbody tr')
    .filter({ hasText: 'became unreachable' });
  expect(await unreachable.count()).toBe(truth.reach.becameUnreachable.length);
  const link = unreachable.first().getByRole('link', { name: 'became unreachable' });
  expect(await link.getAttribute('href')).toContain(`snapshot=${to}`);
  await dash.expectAccessible();
});
