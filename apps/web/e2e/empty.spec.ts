/** An empty Kordon (no snapshot uploaded yet): the overview teaches how to start. */
import { useDashboard } from './support/dashboard-fixture';

const dash = useDashboard('empty', { seed: false });

it('teaches how to upload the example or deploy the collector when there is no cluster', async () => {
  await dash.open('/', 'overview-empty');
  const empty = dash.page.getByRole('region', { name: 'No clusters yet' });
  const text = await empty.innerText();
  expect(text).toContain('npx kordon upload examples/demo-cluster.ndjson --wait');
  expect(text).toContain('kubectl apply -k deploy/collector');
  expect(await dash.page.locator('.cluster-switcher').count()).toBe(0);
  await dash.expectAccessible();
});
