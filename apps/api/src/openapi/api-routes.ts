import { AUDIT_ROUTES } from '../modules/audit/audit.routes';
import { CHECK_ROUTES } from '../modules/checks/checks.routes';
import { WEBHOOK_ROUTES } from '../modules/webhooks/webhooks.routes';
import { CLUSTER_ROUTES } from '../modules/clusters/clusters.routes';
import { DIFF_ROUTES } from '../modules/diffs/diffs.routes';
import { HEALTH_ROUTES } from '../modules/health/health.routes';
import { ISSUE_ROUTES } from '../modules/issues/issues.routes';
import { POSTURE_ROUTES } from '../modules/posture/posture.routes';
import { SCAN_ROUTES } from '../modules/scans/scans.routes';
import { SNAPSHOT_ROUTES } from '../modules/snapshots/snapshots.routes';
import { SUPPRESSION_ROUTES } from '../modules/suppressions/suppressions.routes';
import { USER_ROUTES } from '../modules/users/users.routes';
import { WORKLOAD_ROUTES } from '../modules/workloads/workloads.routes';
import { NETWORK_ROUTES } from '../modules/network/network.routes';
import { NAMESPACE_ROUTES } from '../modules/namespaces/namespaces.routes';
import { TOKEN_ROUTES } from '../modules/tokens/tokens.routes';
import type { RouteSpec } from './route-spec';

/**
 * Every REST operation, in the order the document lists them. Add your module's
 * `*_ROUTES` here; a test fails when a handler's `@Route` spec is missing from
 * this list or a spec here has no handler.
 */
export const API_ROUTES: readonly RouteSpec[] = [
  CLUSTER_ROUTES,
  SNAPSHOT_ROUTES,
  ISSUE_ROUTES,
  POSTURE_ROUTES,
  DIFF_ROUTES,
  SCAN_ROUTES,
  WEBHOOK_ROUTES,
  SUPPRESSION_ROUTES,
  USER_ROUTES,
  TOKEN_ROUTES,
  AUDIT_ROUTES,
  WORKLOAD_ROUTES,
  NETWORK_ROUTES,
  NAMESPACE_ROUTES,
  CHECK_ROUTES,
  HEALTH_ROUTES,
].flatMap((routes) => Object.values(routes));
