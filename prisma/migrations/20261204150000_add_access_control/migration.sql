-- AlterTable
ALTER TABLE "api_token" ADD COLUMN     "created_by" TEXT,
ADD COLUMN     "expires_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "suppression" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "check_id" TEXT NOT NULL,
    "cluster_id" UUID,
    "repository" TEXT,
    "namespace" TEXT,
    "workload" TEXT,
    "container" TEXT,
    "reason" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),

    CONSTRAINT "suppression_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT,
    "cluster_id" UUID,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "suppression_cluster_id_idx" ON "suppression"("cluster_id");

-- CreateIndex
CREATE INDEX "suppression_repository_idx" ON "suppression"("repository");

-- CreateIndex
CREATE INDEX "audit_event_at_id_idx" ON "audit_event"("at", "id");

-- CreateIndex
CREATE INDEX "audit_event_action_at_idx" ON "audit_event"("action", "at");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_at_idx" ON "audit_event"("actor_id", "at");

-- AddForeignKey
ALTER TABLE "suppression" ADD CONSTRAINT "suppression_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A suppression is scoped to exactly one cluster or one CI repository.
ALTER TABLE "suppression" ADD CONSTRAINT "suppression_one_scope" CHECK (("cluster_id" IS NULL) <> ("repository" IS NULL));

