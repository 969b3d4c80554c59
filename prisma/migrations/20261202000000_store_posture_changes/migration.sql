-- AlterTable
ALTER TABLE "posture" ADD COLUMN     "applied" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "present" BOOLEAN NOT NULL DEFAULT true;

