-- Read-model retention: a document remembers when a stored manifest last used it (refreshed at
-- most once a day), a manifest when it was stored — retention deletes the read models of snapshots
-- whose raw body it purged, then the documents no remaining manifest can use.
ALTER TABLE "read_model_document" ADD COLUMN "last_used_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
UPDATE "read_model_document" SET "last_used_at" = "created_at";
ALTER TABLE "snapshot_read_model" ADD COLUMN "stored_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "read_model_document_cluster_id_last_used_at_idx" ON "read_model_document"("cluster_id", "last_used_at");
