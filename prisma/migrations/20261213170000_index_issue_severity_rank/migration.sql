-- Issue lists and "the findings of a snapshot" are ordered by severity rank, then id (the
-- keyset order of `SEVERITY_RANK` in libs/db/src/repositories/issue-record.ts): with this index
-- a page reads its 50 rows in order instead of sorting the cluster's issues (bench:api, 10,600
-- issues a cluster: 69 ms → 0.3 ms). Prisma's schema cannot express an expression index — the
-- expression must stay identical to SEVERITY_RANK for the planner to use it.
CREATE INDEX "issue_cluster_id_severity_rank_id_idx" ON "issue" ("cluster_id", (CASE "severity" WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 WHEN 'low' THEN 3 WHEN 'info' THEN 4 END), "id");
