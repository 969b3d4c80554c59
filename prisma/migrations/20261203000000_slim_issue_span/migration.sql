-- DropIndex
DROP INDEX "issue_span_issue_id_idx";

-- DropIndex
DROP INDEX "issue_span_closed_at_idx";

-- AlterTable
ALTER TABLE "issue_span" DROP CONSTRAINT "issue_span_pkey",
DROP COLUMN "id",
ADD CONSTRAINT "issue_span_pkey" PRIMARY KEY ("issue_id", "opened_snapshot_id");

