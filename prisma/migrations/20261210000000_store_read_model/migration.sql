-- CreateTable
CREATE TABLE "read_model_document" (
    "cluster_id" UUID NOT NULL,
    "hash" CHAR(32) NOT NULL,
    "body" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "read_model_document_pkey" PRIMARY KEY ("cluster_id","hash")
);

-- CreateTable
CREATE TABLE "snapshot_read_model" (
    "snapshot_id" UUID NOT NULL,
    "cluster_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "manifest" BYTEA NOT NULL,
    "new_documents" INTEGER NOT NULL,

    CONSTRAINT "snapshot_read_model_pkey" PRIMARY KEY ("snapshot_id")
);

-- CreateIndex
CREATE INDEX "snapshot_read_model_cluster_id_idx" ON "snapshot_read_model"("cluster_id");

-- CreateIndex
CREATE INDEX "issue_cluster_id_namespace_kind_name_idx" ON "issue"("cluster_id", "namespace", "kind", "name");

-- AddForeignKey
ALTER TABLE "read_model_document" ADD CONSTRAINT "read_model_document_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "snapshot_read_model" ADD CONSTRAINT "snapshot_read_model_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

