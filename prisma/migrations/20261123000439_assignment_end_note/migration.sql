-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "endNote" TEXT NOT NULL DEFAULT '';
