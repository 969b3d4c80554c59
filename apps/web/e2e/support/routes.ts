import type { SeededHistory } from './seed-history';

/**
 * Every route of the dashboard with seeded parameters: the sign-out test checks that each
 * one sends a signed-out browser to /login. Add a route here when you add a page.
 */
export function everyRoute(seed: SeededHistory): string[] {
  const latest = seed.snapshot('demo-latest').id;
  const older = seed.snapshot('demo-8d').id;
  return [
    '/',
    '/clusters/demo',
    '/clusters/demo/network',
    '/clusters/demo/issues',
    '/clusters/demo/namespaces',
    '/clusters/demo/workloads/shop/Deployment/cart',
    `/clusters/demo/diff?from=${older}&to=${latest}`,
    `/snapshots/${latest}`,
    '/scans',
    '/settings',
  ];
}
