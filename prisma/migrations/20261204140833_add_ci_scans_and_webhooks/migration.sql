-- CreateTable
CREATE TABLE "ci_repository" (
    "name" TEXT NOT NULL,
    "default_branch" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ci_repository_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "scan" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "repository" TEXT NOT NULL,
    "tool" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "commit" TEXT,
    "branch" TEXT,
    "base_branch" TEXT,
    "merge_base" TEXT,
    "idempotency_key" TEXT NOT NULL,
    "body_sha256" CHAR(64) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "counts" JSONB NOT NULL,
    "gate" JSONB NOT NULL,
    "verdict" TEXT NOT NULL,

    CONSTRAINT "scan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scan_finding" (
    "scan_id" UUID NOT NULL,
    "fingerprint" CHAR(64) NOT NULL,
    "tool" TEXT NOT NULL,
    "rule_id" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "kind" TEXT,
    "namespace" TEXT,
    "name" TEXT,
    "container" TEXT,
    "path" TEXT,
    "location" TEXT,
    "line" INTEGER,
    "suppressed" BOOLEAN NOT NULL DEFAULT false,
    "suppression_reason" TEXT,

    CONSTRAINT "scan_finding_pkey" PRIMARY KEY ("scan_id","fingerprint")
);

-- CreateTable
CREATE TABLE "webhook" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "scope_kind" TEXT NOT NULL,
    "scope_name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "secret" TEXT,
    "events" TEXT[],
    "score_drop_threshold" INTEGER NOT NULL DEFAULT 10,
    "silent_after_minutes" INTEGER NOT NULL DEFAULT 120,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_delivery" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "webhook_id" UUID NOT NULL,
    "event" TEXT NOT NULL,
    "event_key" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_status_code" INTEGER,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMPTZ(3),

    CONSTRAINT "webhook_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "scan_repository_branch_tool_received_at_idx" ON "scan"("repository", "branch", "tool", "received_at");

-- CreateIndex
CREATE INDEX "scan_repository_branch_tool_commit_idx" ON "scan"("repository", "branch", "tool", "commit");

-- CreateIndex
CREATE UNIQUE INDEX "scan_repository_idempotency_key_key" ON "scan"("repository", "idempotency_key");

-- CreateIndex
CREATE INDEX "webhook_scope_kind_scope_name_idx" ON "webhook"("scope_kind", "scope_name");

-- CreateIndex
CREATE INDEX "webhook_delivery_webhook_id_created_at_idx" ON "webhook_delivery"("webhook_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_delivery_webhook_id_event_key_key" ON "webhook_delivery"("webhook_id", "event_key");

-- AddForeignKey
ALTER TABLE "scan" ADD CONSTRAINT "scan_repository_fkey" FOREIGN KEY ("repository") REFERENCES "ci_repository"("name") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scan_finding" ADD CONSTRAINT "scan_finding_scan_id_fkey" FOREIGN KEY ("scan_id") REFERENCES "scan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

