-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SnapshotStatus" AS ENUM ('queued', 'analyzing', 'done', 'failed');

-- CreateEnum
CREATE TYPE "ResolveReason" AS ENUM ('fixed', 'workload_gone', 'suppressed', 'check_retired');

-- CreateTable
CREATE TABLE "cluster" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "snapshot" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "cluster_id" UUID NOT NULL,
    "status" "SnapshotStatus" NOT NULL DEFAULT 'queued',
    "source" TEXT NOT NULL DEFAULT 'upload',
    "idempotency_key" TEXT NOT NULL,
    "body_sha256" CHAR(64) NOT NULL,
    "content_encoding" TEXT,
    "raw_bytes" BIGINT NOT NULL DEFAULT 0,
    "object_count" INTEGER NOT NULL DEFAULT 0,
    "kubernetes_version" TEXT,
    "collected_at" TIMESTAMPTZ(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "failure_reason" TEXT,
    "engine_version" TEXT,
    "catalog_version" TEXT,
    "summary" JSONB,
    "applied_lifecycle" BOOLEAN NOT NULL DEFAULT false,
    "rows_written" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "snapshot_chunk" (
    "snapshot_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "snapshot_chunk_pkey" PRIMARY KEY ("snapshot_id","seq")
);

-- CreateTable
CREATE TABLE "issue" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "cluster_id" UUID NOT NULL,
    "fingerprint" CHAR(64) NOT NULL,
    "check_id" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "container" TEXT,
    "path" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "observed" JSONB,
    "expected" TEXT NOT NULL,
    "open" BOOLEAN NOT NULL DEFAULT true,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "first_snapshot_id" UUID NOT NULL,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_reason" "ResolveReason",
    "reopen_count" INTEGER NOT NULL DEFAULT 0,
    "engine_version" TEXT NOT NULL,
    "catalog_version" TEXT NOT NULL,

    CONSTRAINT "issue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "issue_span" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "issue_id" UUID NOT NULL,
    "cluster_id" UUID NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL,
    "opened_snapshot_id" UUID NOT NULL,
    "closed_at" TIMESTAMPTZ(3),
    "closed_snapshot_id" UUID,
    "close_reason" "ResolveReason",

    CONSTRAINT "issue_span_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "prefix" TEXT NOT NULL,
    "scopes" TEXT[],
    "clusters" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "cluster_name_key" ON "cluster"("name");

-- CreateIndex
CREATE INDEX "snapshot_cluster_id_collected_at_idx" ON "snapshot"("cluster_id", "collected_at");

-- CreateIndex
CREATE INDEX "snapshot_status_idx" ON "snapshot"("status");

-- CreateIndex
CREATE UNIQUE INDEX "snapshot_cluster_id_idempotency_key_key" ON "snapshot"("cluster_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "issue_cluster_id_open_idx" ON "issue"("cluster_id", "open");

-- CreateIndex
CREATE UNIQUE INDEX "issue_cluster_id_fingerprint_key" ON "issue"("cluster_id", "fingerprint");

-- CreateIndex
CREATE INDEX "issue_span_cluster_id_opened_at_idx" ON "issue_span"("cluster_id", "opened_at");

-- CreateIndex
CREATE INDEX "issue_span_issue_id_idx" ON "issue_span"("issue_id");

-- CreateIndex
CREATE INDEX "issue_span_closed_at_idx" ON "issue_span"("closed_at");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- AddForeignKey
ALTER TABLE "snapshot" ADD CONSTRAINT "snapshot_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "snapshot_chunk" ADD CONSTRAINT "snapshot_chunk_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issue" ADD CONSTRAINT "issue_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issue_span" ADD CONSTRAINT "issue_span_issue_id_fkey" FOREIGN KEY ("issue_id") REFERENCES "issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

