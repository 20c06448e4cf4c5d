-- DropForeignKey
ALTER TABLE "MonthlyReportVersion" DROP CONSTRAINT "MonthlyReportVersion_authorId_fkey";

-- AlterTable
ALTER TABLE "MonthlyReport" ADD COLUMN     "comment" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "submittedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "MonthlyReportVersion" ADD COLUMN     "authorApiTokenId" TEXT,
ADD COLUMN     "days" JSONB NOT NULL DEFAULT '[]',
ALTER COLUMN "attendanceRate" DROP NOT NULL,
ALTER COLUMN "authorId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "MonthlyReport_status_submittedAt_idx" ON "MonthlyReport"("status", "submittedAt");

-- AddForeignKey
ALTER TABLE "MonthlyReportVersion" ADD CONSTRAINT "MonthlyReportVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReportVersion" ADD CONSTRAINT "MonthlyReportVersion_authorApiTokenId_fkey" FOREIGN KEY ("authorApiTokenId") REFERENCES "ApiToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;
