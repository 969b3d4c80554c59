/**
 * The GraphQL documents the read-model e2e test sends. They live here, apart from
 * the test, so that the coverage test can check — whatever order tests run in —
 * that together they select every field of the schema.
 */
const FINDING = `fragment FindingFields on Finding {
  id fingerprint checkId title severity kind namespace name container path message
  observedJson expected remediation docsUrl firstSeenAt reopenCount
}`;

const ISSUE = `fragment IssueFields on Issue {
  id fingerprint checkId title severity kind namespace name container path message
  observedJson expected remediation docsUrl firstSeenAt reopenCount open resolvedAt resolvedReason
  suppressed
}`;

const POINT = `fragment PointFields on PosturePoint {
  at snapshotId score namespaces workloads exposed attackPaths cni
  parts {
    podSecurity { weight value points } findings { weight value points }
    isolation { weight value points } exposure { weight value points }
  }
  levels { privileged baseline restricted }
  severities { critical high medium low info }
  isolation { ingressIsolated egressIsolated ingressCoverage egressCoverage }
  defaultDeny { ingress egress }
}`;

const PAGE_INFO = `fragment Page on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

export const CLUSTERS = `query Clusters($first: Int, $after: String) {
  clusters(first: $first, after: $after) {
    edges { cursor node { id name createdAt snapshotCount formerNames latestSnapshot { id status } } }
    nodes { name }
    pageInfo { ...Page }
  }
}
${PAGE_INFO}`;

export const SNAPSHOT = `query Snapshot($id: ID!) {
  snapshot(id: $id) {
    id clusterId clusterName status source collectedAt receivedAt startedAt finishedAt
    kubernetesVersion objectCount rawBytes attempts failureReason engineVersion catalogVersion
    counts { critical high medium low info total }
    timings { queuedMs analysisMs }
    rowsWritten
    written { issueRows spanRows workloadSpanRows postureRows chunkBytes }
    rawPurgedAt appliedLifecycle workloads namespaces
    cluster { name }
    posture { ...PointFields }
  }
}
${POINT}`;

export const SNAPSHOTS_PAGE = `query Snapshots($name: String!, $first: Int, $after: String) {
  cluster(name: $name) {
    snapshots(first: $first, after: $after) {
      edges { cursor node { id collectedAt } }
      nodes { id }
      pageInfo { ...Page }
    }
  }
}
${PAGE_INFO}`;

export const FINDINGS = `query Findings($id: ID!, $first: Int, $after: String, $severity: Severity) {
  snapshot(id: $id) {
    findings(first: $first, after: $after, severity: $severity) {
      edges { cursor node { ...FindingFields } }
      nodes { id }
      pageInfo { ...Page }
    }
  }
}
${FINDING}
${PAGE_INFO}`;

export const ISSUES = `query Issues(
  $name: String!, $first: Int, $after: String, $status: IssueStatus, $severity: Severity,
  $firstSeenAfter: DateTime, $firstSeenBefore: DateTime, $namespace: String, $workload: String,
  $kind: String, $check: String, $q: String, $sort: IssueSort
) {
  cluster(name: $name) {
    issues(
      first: $first, after: $after, status: $status, severity: $severity,
      firstSeenAfter: $firstSeenAfter, firstSeenBefore: $firstSeenBefore, namespace: $namespace,
      workload: $workload, kind: $kind, check: $check, q: $q, sort: $sort
    ) {
      edges { cursor node { ...IssueFields } }
      nodes { id }
      pageInfo { ...Page }
    }
  }
}
${ISSUE}
${PAGE_INFO}`;

export const POSTURE = `query Posture($name: String!, $from: DateTime, $to: DateTime, $bucket: PostureBucket) {
  cluster(name: $name) {
    posture(from: $from, to: $to, bucket: $bucket) {
      cluster bucket from to
      points { ...PointFields }
      namespaces { namespace points { ...PointFields } }
    }
  }
}
${POINT}`;

export const DIFF = `query Diff($id: ID!, $against: ID!, $limit: Int) {
  snapshot(id: $id) {
    diff(against: $against, limit: $limit) {
      snapshot { id collectedAt }
      against { id collectedAt }
      limit
      issues {
        counts { new resolved unchanged }
        new { ...IssueFields } resolved { ...IssueFields } unchanged { id }
      }
      workloads {
        added { id level } removed { id level }
        levelChanged { id from to }
        counts { added removed levelChanged }
      }
      reach {
        becameReachable { from to } becameUnreachable { from to }
        counts { becameReachable becameUnreachable }
        complete
      }
    }
  }
}
${ISSUE}`;

const SCAN_FINDING = `fragment ScanFindingFields on ScanFinding {
  fingerprint tool ruleId severity title message kind namespace name container path location line
  suppressed suppressionReason
}`;

export const SCANS = `query Scans($repository: String, $branch: String, $tool: String, $first: Int) {
  scans(repository: $repository, branch: $branch, tool: $tool, first: $first) {
    edges {
      cursor
      node {
        id repository tool format commit branch baseBranch receivedAt verdict
        counts { critical high medium low info suppressed }
        gate {
          requested failOn baseBranch suppressedNew
          base { scanId branch commit atMergeBase }
          newFindings { ...ScanFindingFields }
        }
      }
    }
    nodes { id }
    pageInfo { ...Page }
  }
}
${SCAN_FINDING}
${PAGE_INFO}`;

export const SCAN = `query Scan($id: ID!, $first: Int, $after: String) {
  scan(id: $id) {
    id
    findings(first: $first, after: $after) {
      edges { cursor node { ...ScanFindingFields } }
      nodes { ruleId }
      pageInfo { ...Page }
    }
  }
}
${SCAN_FINDING}
${PAGE_INFO}`;

const SUPPRESSION = `fragment SuppressionFields on Suppression {
  id check cluster repository namespace workload container reason author createdAt expiresAt active
}`;

export const CREATE_SUPPRESSION = `mutation Suppress($input: CreateSuppressionInput!) {
  createSuppression(input: $input) { ...SuppressionFields }
}
${SUPPRESSION}`;

export const DELETE_SUPPRESSION = `mutation Unsuppress($id: ID!) { deleteSuppression(id: $id) }`;

export const SUPPRESSIONS = `query Suppressions($cluster: String, $id: ID!) {
  suppressions(cluster: $cluster, first: 10) {
    edges { cursor node { ...SuppressionFields } }
    nodes { id }
    pageInfo { ...Page }
  }
  suppression(id: $id) { id reason }
}
${SUPPRESSION}
${PAGE_INFO}`;

export const AUDIT_EVENTS = `query Audit($targetType: String) {
  auditEvents(targetType: $targetType, first: 10) {
    edges { cursor node { id at actorId actor action targetType targetId details } }
    nodes { id }
    pageInfo { ...Page }
  }
}
${PAGE_INFO}`;

const API_TOKEN = `fragment ApiTokenFields on ApiToken {
  id name prefix scopes clusters createdAt expiresAt lastUsedAt revokedAt
}`;

export const CREATE_TOKEN = `mutation CreateToken($input: CreateTokenInput!) {
  createToken(input: $input) { token apiToken { ...ApiTokenFields } }
}
${API_TOKEN}`;

export const REVOKE_TOKEN = `mutation RevokeToken($id: ID!) { revokeToken(id: $id) { ...ApiTokenFields } }
${API_TOKEN}`;

export const API_TOKENS = `query ApiTokens($includeRevoked: Boolean) {
  apiTokens(first: 10, includeRevoked: $includeRevoked) {
    edges { cursor node { ...ApiTokenFields } }
    nodes { id }
    pageInfo { ...Page }
  }
}
${API_TOKEN}
${PAGE_INFO}`;

const USER = `fragment UserFields on User {
  id email displayName role allClusters clusterIds hasPassword disabled createdAt
}`;

export const ME = `query Me { me { kind label scopes allClusters clusterIds user { ...UserFields } } }
${USER}`;

export const USERS = `query Users { users { ...UserFields } }
${USER}`;

export const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) { generatedPassword sessionsEnded user { ...UserFields } }
}
${USER}`;

export const RESET_USER_PASSWORD = `mutation ResetPassword($email: String!, $password: String) {
  resetUserPassword(email: $email, password: $password) { generatedPassword sessionsEnded user { id } }
}`;

const PORTS = `fragment PortsFields on ReachPorts { all list { protocol port endPort } }`;
const RULE = `fragment RuleFields on RuleRef { policy direction ruleIndex }`;
const PAIR = `fragment PairFields on WorkloadPair {
  from to ports { ...PortsFields } egressRules { ...RuleFields } ingressRules { ...RuleFields }
}`;
const EXPOSURE = `fragment ExposureFields on Exposure {
  kind subject { kind namespace name } workloads detailsJson
}`;

export const WORKLOADS = `query Workloads(
  $id: ID!, $first: Int, $after: String, $namespace: String, $kind: String, $level: PssLevel,
  $exposed: Boolean
) {
  snapshot(id: $id) {
    workloadList(
      first: $first, after: $after, namespace: $namespace, kind: $kind, level: $level,
      exposed: $exposed
    ) {
      edges { cursor node { id namespace kind name level exposed } }
      nodes { id }
      pageInfo { ...Page }
    }
  }
}
${PAGE_INFO}`;

const VERDICT = `fragment VerdictFields on PssVerdict {
  allowed
  violations { check checkLevel reason detail fields { container path observedJson expected } }
}`;

const PEER = `fragment PeerFields on WorkloadPeer {
  workload ports { ...PortsFields } egressRules { ...RuleFields } ingressRules { ...RuleFields }
}`;

export const WORKLOAD = `query Workload($id: ID!, $namespace: String!, $kind: String!, $name: String!) {
  snapshot(id: $id) {
    workload(namespace: $namespace, kind: $kind, name: $name) {
      snapshotId id namespace kind name desiredReplicas observedPods level pssVersion
      pss { baseline { ...VerdictFields } restricted { ...VerdictFields } }
      containers {
        name type image
        privileged { value source } allowPrivilegeEscalation { value source }
        runAsNonRoot { value source } runAsUser { value source } runAsGroup { value source }
        readOnlyRootFilesystem { value source }
        seccompProfile { valueJson source } appArmorProfile { valueJson source }
        seLinuxOptions { valueJson source }
        capabilities { add { value source } drop { value source } }
        procMount { value source }
      }
      podJson
      isolation { hostNetwork ingressIsolated egressIsolated ingressPolicies egressPolicies }
      exposures { ...ExposureFields }
      reach { canReach { ...PeerFields } reachableFrom { ...PeerFields } complete }
      history {
        levelChanges { at snapshotId from to }
        issues {
          issueId checkId severity container path openedAt openedSnapshotId resolvedAt
          resolvedSnapshotId resolvedReason
        }
      }
    }
  }
}
${VERDICT}
${PEER}
${PORTS}
${RULE}
${EXPOSURE}`;

export const NETWORK = `query Network($id: ID!, $limit: Int) {
  snapshot(id: $id) {
    network(limit: $limit) {
      snapshotId
      cni { verdict plugins evidence }
      isolation {
        namespace defaultDenyIngress defaultDenyEgress workloads ingressIsolatedShare
        egressIsolatedShare
      }
      matrix { default namespaces blocks { from to reach } pairs { from to reach } }
      exposures { ...ExposureFields }
      danglingBackends { ...ExposureFields }
      attackPaths { from to exposures hops { ...PairFields } }
      totals { isolation exposures danglingBackends attackPaths }
    }
  }
}
${EXPOSURE}
${PAIR}
${PORTS}
${RULE}`;

export const MATRIX_CELL = `query Cell($id: ID!, $from: String!, $to: String!) {
  snapshot(id: $id) {
    matrixCell(from: $from, to: $to) { snapshotId from to reach pairs { ...PairFields } complete }
  }
}
${PAIR}
${PORTS}
${RULE}`;

const DIRECTION = `fragment DirectionFields on ReachDirection {
  isolated allowed policies rules { ...RuleFields } ports { ...PortsFields }
}`;

export const REACH = `query Reach($id: ID!, $from: String!, $to: String!, $port: Int, $protocol: ReachProtocol) {
  snapshot(id: $id) {
    reach(from: $from, to: $to, port: $port, protocol: $protocol) {
      snapshotId from to port protocol allowed ports { ...PortsFields }
      egress { ...DirectionFields } ingress { ...DirectionFields }
    }
  }
}
${DIRECTION}
${PORTS}
${RULE}`;

export const DEFAULT_DENY = `query DefaultDeny($id: ID!, $namespace: String!) {
  snapshot(id: $id) {
    defaultDenyPolicy(namespace: $namespace) {
      namespace defaultDenyIngress defaultDenyEgress yaml
    }
  }
}`;

export const NAMESPACE_SECURITY = `query Namespaces($id: ID!, $first: Int, $after: String) {
  snapshot(id: $id) {
    namespaceSecurity(first: $first, after: $after) {
      snapshotId pssVersion total nextCursor
      items {
        name workloads labels { name value }
        modes {
          enforce { level version source } audit { level version source }
          warn { level version source }
        }
        recommendedEnforce workloadsRejectedByEnforce command notes { code paramsJson }
      }
    }
  }
}`;

export const UPDATE_USER = `mutation UpdateUser($email: String!, $input: UpdateUserInput!) {
  updateUser(email: $email, input: $input) { ...UserFields }
}
${USER}`;

export const CHECKS = `query Checks {
  checks {
    catalogVersion engineVersion
    items {
      id family title severity remediation docsUrl pssLevel upstreamId versions { since through }
    }
  }
}`;

export const ALL_DOCUMENTS = [
  CHECKS,
  WORKLOADS,
  WORKLOAD,
  NETWORK,
  MATRIX_CELL,
  REACH,
  DEFAULT_DENY,
  NAMESPACE_SECURITY,
  UPDATE_USER,
  CREATE_TOKEN,
  REVOKE_TOKEN,
  API_TOKENS,
  ME,
  USERS,
  CREATE_USER,
  RESET_USER_PASSWORD,
  CREATE_SUPPRESSION,
  DELETE_SUPPRESSION,
  SUPPRESSIONS,
  AUDIT_EVENTS,
  CLUSTERS,
  SNAPSHOT,
  SNAPSHOTS_PAGE,
  FINDINGS,
  ISSUES,
  POSTURE,
  DIFF,
  SCANS,
  SCAN,
];
