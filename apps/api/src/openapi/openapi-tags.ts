/** The tags operations are grouped under, in the order the docs page lists them. */
export const OPENAPI_TAGS = [
  { name: 'clusters', description: 'Clusters Kordon knows, by their current name.' },
  {
    name: 'snapshots',
    description: 'Uploaded cluster states, their analysis and the findings open at each.',
  },
  { name: 'issues', description: "A cluster's findings with their open/resolved lifecycle." },
  { name: 'posture', description: 'Posture over time, read from per-snapshot rollups.' },
  {
    name: 'workloads',
    description: "A snapshot's workloads: effective security context, verdicts, reach, history.",
  },
  {
    name: 'network',
    description: 'Isolation, the namespace matrix, reachability questions and exposures.',
  },
  {
    name: 'namespaces',
    description: 'Pod Security labels against the highest level each namespace could enforce.',
  },
  { name: 'diffs', description: 'What changed between two snapshots of a cluster.' },
  {
    name: 'scans',
    description: 'CI scans: `kordon scan` reports and other tools’ SARIF, verdicts and gates.',
  },
  {
    name: 'webhooks',
    description: 'Notifications to other systems (admin): configuration and delivery log.',
  },
  { name: 'checks', description: 'The check catalog: what Kordon judges and how to fix it.' },
  {
    name: 'suppressions',
    description: 'Decisions not to count a check in a cluster or a CI repository.',
  },
  {
    name: 'users',
    description: 'People who sign in to the dashboard: roles, clusters, passwords.',
  },
  { name: 'tokens', description: 'API tokens: created, listed and revoked.' },
  { name: 'audit', description: 'Who changed what: suppressions, tokens, users, sign-ins.' },
  { name: 'health', description: 'Liveness of the API and its database.' },
] as const;
