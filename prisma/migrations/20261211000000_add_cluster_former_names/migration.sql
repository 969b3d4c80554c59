-- CreateTable
CREATE TABLE "cluster_former_name" (
    "name" TEXT NOT NULL,
    "cluster_id" UUID NOT NULL,
    "renamed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cluster_former_name_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "cluster_former_name_cluster_id_idx" ON "cluster_former_name"("cluster_id");

-- AddForeignKey
ALTER TABLE "cluster_former_name" ADD CONSTRAINT "cluster_former_name_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

