-- AlterTable
ALTER TABLE "snapshot" ADD COLUMN     "raw_purged_at" TIMESTAMPTZ(3),
ADD COLUMN     "written" JSONB;

-- CreateTable
CREATE TABLE "posture" (
    "snapshot_id" UUID NOT NULL,
    "cluster_id" UUID NOT NULL,
    "collected_at" TIMESTAMPTZ(3) NOT NULL,
    "namespace" TEXT NOT NULL,
    "namespaces" INTEGER NOT NULL,
    "workloads" INTEGER NOT NULL,
    "level_privileged" INTEGER NOT NULL,
    "level_baseline" INTEGER NOT NULL,
    "level_restricted" INTEGER NOT NULL,
    "sev_critical" INTEGER NOT NULL,
    "sev_high" INTEGER NOT NULL,
    "sev_medium" INTEGER NOT NULL,
    "sev_low" INTEGER NOT NULL,
    "sev_info" INTEGER NOT NULL,
    "ingress_isolated" INTEGER NOT NULL,
    "egress_isolated" INTEGER NOT NULL,
    "default_deny_ingress" INTEGER NOT NULL,
    "default_deny_egress" INTEGER NOT NULL,
    "exposed" INTEGER NOT NULL,
    "attack_paths" INTEGER NOT NULL,
    "cni" TEXT,
    "score" INTEGER NOT NULL,
    "score_parts" JSONB NOT NULL,
    "reach" JSONB,

    CONSTRAINT "posture_pkey" PRIMARY KEY ("snapshot_id","namespace")
);

-- CreateTable
CREATE TABLE "workload_span" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "cluster_id" UUID NOT NULL,
    "workload_id" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL,
    "opened_snapshot_id" UUID NOT NULL,
    "closed_at" TIMESTAMPTZ(3),
    "closed_snapshot_id" UUID,

    CONSTRAINT "workload_span_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "posture_cluster_id_namespace_collected_at_idx" ON "posture"("cluster_id", "namespace", "collected_at");

-- CreateIndex
CREATE INDEX "posture_collected_at_idx" ON "posture"("collected_at");

-- CreateIndex
CREATE INDEX "workload_span_cluster_id_workload_id_idx" ON "workload_span"("cluster_id", "workload_id");

-- CreateIndex
CREATE INDEX "workload_span_cluster_id_opened_at_idx" ON "workload_span"("cluster_id", "opened_at");

-- CreateIndex
CREATE INDEX "workload_span_closed_at_idx" ON "workload_span"("closed_at");

-- CreateIndex
CREATE INDEX "snapshot_received_at_idx" ON "snapshot"("received_at");

-- CreateIndex
CREATE INDEX "issue_cluster_id_first_seen_at_idx" ON "issue"("cluster_id", "first_seen_at");

-- CreateIndex
CREATE INDEX "issue_resolved_at_idx" ON "issue"("resolved_at");

-- AddForeignKey
ALTER TABLE "posture" ADD CONSTRAINT "posture_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posture" ADD CONSTRAINT "posture_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workload_span" ADD CONSTRAINT "workload_span_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

