/** The shop's Deployment on main: an old critical finding (hostPID) nobody will fix today. */
export const WEB_ON_MAIN = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      hostPID: true
      containers:
        - name: app
          image: nginx:1.27
`;

/** The same Deployment with one privileged container added. */
export const WEB_WITH_PRIVILEGED_SIDECAR = `${WEB_ON_MAIN}        - name: sidecar
          image: envoy:1.30
          securityContext:
            privileged: true
`;

export const SUPPRESS_SIDECAR = `apiVersion: kordon.dev/v1
kind: SuppressionList
suppressions:
  - check: pss.baseline.privileged
    namespace: shop
    workload: Deployment/web
    container: sidecar
    reason: the mesh sidecar needs it until the CNI plugin ships
`;
