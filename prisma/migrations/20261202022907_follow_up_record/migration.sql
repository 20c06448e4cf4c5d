-- CreateEnum
CREATE TYPE "SePhase" AS ENUM ('AGREEMENT', 'VOCATIONAL_PROFILE', 'JOB_FINDING', 'EMPLOYER_ENGAGEMENT', 'ON_OFF_JOB_SUPPORT');

-- CreateEnum
CREATE TYPE "Outcome" AS ENUM ('JOB', 'JOB_WITH_SUPPORT', 'STUDIES', 'OTHER_SUPPORT', 'ENDED');

-- CreateEnum
CREATE TYPE "SupportLevel" AS ENUM ('CONSTANT', 'DAILY', 'WEEKLY', 'ON_REQUEST', 'NATURAL');

-- CreateEnum
CREATE TYPE "AdaptationChange" AS ENUM ('IN_USE', 'NEWLY_NEEDED', 'NO_LONGER_NEEDED');

-- CreateEnum
CREATE TYPE "ActionOwner" AS ENUM ('PARTICIPANT', 'SUPPORT_WORKER', 'COACH', 'ORGANIZATION');

-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "durationMinutes" INTEGER,
ADD COLUMN     "employerFeedback" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "participantView" INTEGER,
ADD COLUMN     "risks" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "supportAfter" "SupportLevel",
ADD COLUMN     "supportBefore" "SupportLevel",
ADD COLUMN     "supportGiven" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "workPlanGoal" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "outcome" "Outcome",
ADD COLUMN     "outcomeDate" DATE,
ADD COLUMN     "outcomeReason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sePhase" "SePhase",
ADD COLUMN     "supportEndedOn" DATE,
ADD COLUMN     "supportStartedOn" DATE;

-- CreateTable
CREATE TABLE "FollowUpAdaptation" (
    "followUpId" TEXT NOT NULL,
    "adaptationCode" TEXT NOT NULL,
    "change" "AdaptationChange" NOT NULL,

    CONSTRAINT "FollowUpAdaptation_pkey" PRIMARY KEY ("followUpId","adaptationCode")
);

-- CreateTable
CREATE TABLE "AgreedAction" (
    "id" TEXT NOT NULL,
    "followUpId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "owner" "ActionOwner" NOT NULL,
    "organizationId" TEXT,
    "dueDate" DATE NOT NULL,
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgreedAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpAddendum" (
    "id" TEXT NOT NULL,
    "followUpId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpAddendum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpRevision" (
    "id" TEXT NOT NULL,
    "followUpId" TEXT NOT NULL,
    "editedById" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressAreaAnchor" (
    "area" "ProgressArea" NOT NULL,
    "label" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "step2" TEXT NOT NULL,
    "step5" TEXT NOT NULL,
    "step8" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "ProgressAreaAnchor_pkey" PRIMARY KEY ("area")
);

-- CreateIndex
CREATE INDEX "AgreedAction_participantId_doneAt_idx" ON "AgreedAction"("participantId", "doneAt");

-- CreateIndex
CREATE INDEX "AgreedAction_organizationId_doneAt_idx" ON "AgreedAction"("organizationId", "doneAt");

-- CreateIndex
CREATE INDEX "FollowUpAddendum_followUpId_createdAt_idx" ON "FollowUpAddendum"("followUpId", "createdAt");

-- CreateIndex
CREATE INDEX "FollowUpRevision_followUpId_createdAt_idx" ON "FollowUpRevision"("followUpId", "createdAt");

-- CreateIndex
CREATE INDEX "FollowUp_supportWorkerId_idx" ON "FollowUp"("supportWorkerId");

-- AddForeignKey
ALTER TABLE "FollowUpAdaptation" ADD CONSTRAINT "FollowUpAdaptation_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpAdaptation" ADD CONSTRAINT "FollowUpAdaptation_adaptationCode_fkey" FOREIGN KEY ("adaptationCode") REFERENCES "Adaptation"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreedAction" ADD CONSTRAINT "AgreedAction_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreedAction" ADD CONSTRAINT "AgreedAction_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreedAction" ADD CONSTRAINT "AgreedAction_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreedAction" ADD CONSTRAINT "AgreedAction_doneById_fkey" FOREIGN KEY ("doneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpAddendum" ADD CONSTRAINT "FollowUpAddendum_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpAddendum" ADD CONSTRAINT "FollowUpAddendum_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpRevision" ADD CONSTRAINT "FollowUpRevision_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpRevision" ADD CONSTRAINT "FollowUpRevision_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CHECK constraints Prisma's schema language cannot express (hand-written; keep portable between PG 15 and 18).
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_participant_view_range" CHECK ("participantView" IS NULL OR "participantView" BETWEEN 1 AND 5);
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_duration_range" CHECK ("durationMinutes" IS NULL OR "durationMinutes" BETWEEN 1 AND 1440);
ALTER TABLE "AgreedAction" ADD CONSTRAINT "AgreedAction_organization_owner" CHECK (("owner" = 'ORGANIZATION') = ("organizationId" IS NOT NULL));
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_outcome_dated" CHECK (("outcome" IS NULL) = ("outcomeDate" IS NULL));
