-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('COMPANY', 'SOCIAL_ENTERPRISE', 'ASSOCIATION', 'PUBLIC');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COACH', 'SUPPORT_WORKER', 'ORG_MEMBER');

-- CreateEnum
CREATE TYPE "PlacementKind" AS ENUM ('WORK_TRAINING', 'INTERNSHIP');

-- CreateEnum
CREATE TYPE "PlacementStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'PAUSED', 'CLOSED');

-- CreateEnum
CREATE TYPE "Weekday" AS ENUM ('MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN');

-- CreateEnum
CREATE TYPE "TravelKind" AS ENUM ('KOMMUNER', 'RADIUS');

-- CreateEnum
CREATE TYPE "ParticipantStage" AS ENUM ('INTAKE', 'GUIDANCE', 'MATCHING', 'WORK_TRAINING', 'INTERNSHIP', 'EMPLOYED', 'STUDIES', 'ENDED');

-- CreateEnum
CREATE TYPE "CardAnswer" AS ENUM ('YES', 'MAYBE', 'NO');

-- CreateEnum
CREATE TYPE "ConsentScope" AS ENUM ('SHARE_WITH_EMPLOYER', 'SHARE_WITH_SUPPORT_WORKER', 'CONTACT_WITH_AUTHORITIES');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('SUGGESTED', 'CONTACTED', 'VISIT', 'TRIAL', 'PLACED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "DeclineReason" AS ENUM ('NO_CAPACITY', 'TASKS_DO_NOT_FIT', 'ADAPTATION_NOT_POSSIBLE', 'SCHEDULE_DOES_NOT_FIT', 'PARTICIPANT_DECLINED', 'OTHER');

-- CreateEnum
CREATE TYPE "AssignmentStatus" AS ENUM ('ACTIVE', 'PAUSED', 'ENDED');

-- CreateEnum
CREATE TYPE "AssignmentOutcome" AS ENUM ('JOB', 'STUDIES', 'OTHER_SUPPORT', 'INTERRUPTED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "FollowUpMode" AS ENUM ('WORKPLACE_VISIT', 'PHONE', 'DIGITAL', 'THREE_PARTY');

-- CreateEnum
CREATE TYPE "ProgressArea" AS ENUM ('WORK_TASKS', 'PHYSICAL', 'MENTAL', 'SOCIAL', 'COMMUNICATION', 'LEARNING', 'ATTENDANCE');

-- CreateEnum
CREATE TYPE "AbsenceReason" AS ENUM ('SICK', 'CARE_OF_CHILD', 'LEAVE_APPROVED', 'OTHER_ACTIVITY', 'SCHOOL', 'CLOSED', 'UNEXCUSED');

-- CreateEnum
CREATE TYPE "MonthlyReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT');

-- CreateTable
CREATE TABLE "Kommun" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Kommun_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "OccupationCard" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "ssyk" TEXT,
    "area" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "OccupationCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Adaptation" (
    "code" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Adaptation_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kommunCode" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "website" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "roles" "Role"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordReset" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordReset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "PlacementKind" NOT NULL,
    "status" "PlacementStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "tasks" TEXT[],
    "requirements" TEXT NOT NULL DEFAULT '',
    "kommunCode" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "weekdays" "Weekday"[],
    "earliestStartMinute" INTEGER NOT NULL DEFAULT 480,
    "latestEndMinute" INTEGER NOT NULL DEFAULT 960,
    "hoursPerDayMin" DOUBLE PRECISION NOT NULL,
    "hoursPerDayMax" DOUBLE PRECISION NOT NULL,
    "startDate" DATE,
    "endDate" DATE,
    "capacity" INTEGER NOT NULL,
    "mentorName" TEXT NOT NULL DEFAULT '',
    "mentorPhone" TEXT NOT NULL DEFAULT '',
    "mentorEmail" TEXT NOT NULL DEFAULT '',
    "externalRef" TEXT,
    "publishedAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementAdaptation" (
    "placementId" TEXT NOT NULL,
    "adaptationCode" TEXT NOT NULL,

    CONSTRAINT "PlacementAdaptation_pkey" PRIMARY KEY ("placementId","adaptationCode")
);

-- CreateTable
CREATE TABLE "PlacementOccupationCard" (
    "placementId" TEXT NOT NULL,
    "occupationCardId" TEXT NOT NULL,

    CONSTRAINT "PlacementOccupationCard_pkey" PRIMARY KEY ("placementId","occupationCardId")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "kommunCode" TEXT NOT NULL,
    "travelKind" "TravelKind" NOT NULL DEFAULT 'KOMMUNER',
    "travelRadiusKm" DOUBLE PRECISION,
    "hoursPerDayMax" DOUBLE PRECISION NOT NULL,
    "weekdays" "Weekday"[],
    "stage" "ParticipantStage" NOT NULL DEFAULT 'INTAKE',
    "interests" TEXT[],
    "interestsText" TEXT NOT NULL DEFAULT '',
    "avoidAreas" TEXT[],
    "avoidText" TEXT NOT NULL DEFAULT '',
    "goals" TEXT NOT NULL DEFAULT '',
    "coachId" TEXT NOT NULL,
    "supportWorkerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantTravelKommun" (
    "participantId" TEXT NOT NULL,
    "kommunCode" TEXT NOT NULL,

    CONSTRAINT "ParticipantTravelKommun_pkey" PRIMARY KEY ("participantId","kommunCode")
);

-- CreateTable
CREATE TABLE "ParticipantAdaptationNeed" (
    "participantId" TEXT NOT NULL,
    "adaptationCode" TEXT NOT NULL,
    "mustHave" BOOLEAN NOT NULL,

    CONSTRAINT "ParticipantAdaptationNeed_pkey" PRIMARY KEY ("participantId","adaptationCode")
);

-- CreateTable
CREATE TABLE "ParticipantAvoidCard" (
    "participantId" TEXT NOT NULL,
    "occupationCardId" TEXT NOT NULL,

    CONSTRAINT "ParticipantAvoidCard_pkey" PRIMARY KEY ("participantId","occupationCardId")
);

-- CreateTable
CREATE TABLE "CoachHandover" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "fromCoachId" TEXT NOT NULL,
    "toCoachId" TEXT NOT NULL,
    "byUserId" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoachHandover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CardSortSession" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "coachId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "CardSortSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CardChoice" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "occupationCardId" TEXT NOT NULL,
    "answer" "CardAnswer" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CardChoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "scope" "ConsentScope" NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL,
    "recordedById" TEXT NOT NULL,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'SUGGESTED',
    "proposedById" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "declineReason" "DeclineReason",
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalEvent" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "fromStatus" "ProposalStatus",
    "toStatus" "ProposalStatus" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "actorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "proposalId" TEXT,
    "status" "AssignmentStatus" NOT NULL DEFAULT 'ACTIVE',
    "startDate" DATE NOT NULL,
    "plannedEndDate" DATE,
    "endedAt" TIMESTAMP(3),
    "outcome" "AssignmentOutcome",
    "weekdays" "Weekday"[],
    "hoursPerDay" DOUBLE PRECISION NOT NULL,
    "workPlanGoals" TEXT NOT NULL DEFAULT '',
    "workPlanQuestions" TEXT NOT NULL DEFAULT '',
    "mentorName" TEXT NOT NULL DEFAULT '',
    "supportWorkerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "assignmentId" TEXT,
    "supportWorkerId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "mode" "FollowUpMode" NOT NULL,
    "attendees" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "nextSteps" TEXT NOT NULL DEFAULT '',
    "nextDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressRating" (
    "id" TEXT NOT NULL,
    "followUpId" TEXT NOT NULL,
    "area" "ProgressArea" NOT NULL,
    "rating" INTEGER NOT NULL,

    CONSTRAINT "ProgressRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceDay" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "scheduledHours" DOUBLE PRECISION NOT NULL,
    "attendedHours" DOUBLE PRECISION NOT NULL,
    "absenceReason" "AbsenceReason",
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AttendanceDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyReport" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "status" "MonthlyReportStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MonthlyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyReportVersion" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "MonthlyReportStatus" NOT NULL,
    "totals" JSONB NOT NULL,
    "attendanceRate" DOUBLE PRECISION NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "amendmentReason" TEXT,
    "authorId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "reviewComment" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonthlyReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "apiTokenId" TEXT,
    "action" "AuditAction" NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "participantId" TEXT,
    "purpose" TEXT NOT NULL,
    "requestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" BIGSERIAL NOT NULL,
    "placementId" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "processedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Organization_kommunCode_idx" ON "Organization"("kommunCode");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_organizationId_idx" ON "Membership"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organizationId_key" ON "Membership"("userId", "organizationId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordReset_tokenHash_key" ON "PasswordReset"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "LoginAttempt_key_createdAt_idx" ON "LoginAttempt"("key", "createdAt");

-- CreateIndex
CREATE INDEX "Placement_status_kommunCode_idx" ON "Placement"("status", "kommunCode");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_organizationId_externalRef_key" ON "Placement"("organizationId", "externalRef");

-- CreateIndex
CREATE INDEX "PlacementAdaptation_adaptationCode_idx" ON "PlacementAdaptation"("adaptationCode");

-- CreateIndex
CREATE INDEX "PlacementOccupationCard_occupationCardId_idx" ON "PlacementOccupationCard"("occupationCardId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_code_key" ON "Participant"("code");

-- CreateIndex
CREATE INDEX "Participant_coachId_idx" ON "Participant"("coachId");

-- CreateIndex
CREATE INDEX "Participant_supportWorkerId_idx" ON "Participant"("supportWorkerId");

-- CreateIndex
CREATE INDEX "CardSortSession_participantId_startedAt_idx" ON "CardSortSession"("participantId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CardChoice_sessionId_occupationCardId_key" ON "CardChoice"("sessionId", "occupationCardId");

-- CreateIndex
CREATE INDEX "Consent_participantId_scope_idx" ON "Consent"("participantId", "scope");

-- CreateIndex
CREATE INDEX "Proposal_placementId_status_idx" ON "Proposal"("placementId", "status");

-- CreateIndex
CREATE INDEX "Proposal_participantId_idx" ON "Proposal"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_proposalId_key" ON "Assignment"("proposalId");

-- CreateIndex
CREATE INDEX "Assignment_placementId_status_idx" ON "Assignment"("placementId", "status");

-- CreateIndex
CREATE INDEX "Assignment_participantId_idx" ON "Assignment"("participantId");

-- CreateIndex
CREATE INDEX "FollowUp_participantId_date_idx" ON "FollowUp"("participantId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressRating_followUpId_area_key" ON "ProgressRating"("followUpId", "area");

-- CreateIndex
CREATE UNIQUE INDEX "AttendanceDay_assignmentId_date_key" ON "AttendanceDay"("assignmentId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyReport_assignmentId_month_key" ON "MonthlyReport"("assignmentId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyReportVersion_reportId_version_key" ON "MonthlyReportVersion"("reportId", "version");

-- CreateIndex
CREATE INDEX "AuditEvent_participantId_createdAt_idx" ON "AuditEvent"("participantId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "SearchOutbox_processedAt_nextAttemptAt_idx" ON "SearchOutbox"("processedAt", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_kommunCode_fkey" FOREIGN KEY ("kommunCode") REFERENCES "Kommun"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordReset" ADD CONSTRAINT "PasswordReset_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_kommunCode_fkey" FOREIGN KEY ("kommunCode") REFERENCES "Kommun"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementAdaptation" ADD CONSTRAINT "PlacementAdaptation_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementAdaptation" ADD CONSTRAINT "PlacementAdaptation_adaptationCode_fkey" FOREIGN KEY ("adaptationCode") REFERENCES "Adaptation"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementOccupationCard" ADD CONSTRAINT "PlacementOccupationCard_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementOccupationCard" ADD CONSTRAINT "PlacementOccupationCard_occupationCardId_fkey" FOREIGN KEY ("occupationCardId") REFERENCES "OccupationCard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_kommunCode_fkey" FOREIGN KEY ("kommunCode") REFERENCES "Kommun"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_coachId_fkey" FOREIGN KEY ("coachId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_supportWorkerId_fkey" FOREIGN KEY ("supportWorkerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantTravelKommun" ADD CONSTRAINT "ParticipantTravelKommun_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantTravelKommun" ADD CONSTRAINT "ParticipantTravelKommun_kommunCode_fkey" FOREIGN KEY ("kommunCode") REFERENCES "Kommun"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantAdaptationNeed" ADD CONSTRAINT "ParticipantAdaptationNeed_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantAdaptationNeed" ADD CONSTRAINT "ParticipantAdaptationNeed_adaptationCode_fkey" FOREIGN KEY ("adaptationCode") REFERENCES "Adaptation"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantAvoidCard" ADD CONSTRAINT "ParticipantAvoidCard_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantAvoidCard" ADD CONSTRAINT "ParticipantAvoidCard_occupationCardId_fkey" FOREIGN KEY ("occupationCardId") REFERENCES "OccupationCard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachHandover" ADD CONSTRAINT "CoachHandover_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachHandover" ADD CONSTRAINT "CoachHandover_fromCoachId_fkey" FOREIGN KEY ("fromCoachId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachHandover" ADD CONSTRAINT "CoachHandover_toCoachId_fkey" FOREIGN KEY ("toCoachId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachHandover" ADD CONSTRAINT "CoachHandover_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardSortSession" ADD CONSTRAINT "CardSortSession_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardSortSession" ADD CONSTRAINT "CardSortSession_coachId_fkey" FOREIGN KEY ("coachId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardChoice" ADD CONSTRAINT "CardChoice_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CardSortSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardChoice" ADD CONSTRAINT "CardChoice_occupationCardId_fkey" FOREIGN KEY ("occupationCardId") REFERENCES "OccupationCard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvent" ADD CONSTRAINT "ProposalEvent_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvent" ADD CONSTRAINT "ProposalEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_supportWorkerId_fkey" FOREIGN KEY ("supportWorkerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_supportWorkerId_fkey" FOREIGN KEY ("supportWorkerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressRating" ADD CONSTRAINT "ProgressRating_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceDay" ADD CONSTRAINT "AttendanceDay_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReportVersion" ADD CONSTRAINT "MonthlyReportVersion_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "MonthlyReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReportVersion" ADD CONSTRAINT "MonthlyReportVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReportVersion" ADD CONSTRAINT "MonthlyReportVersion_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CHECK constraints Prisma's schema language cannot express (hand-written; keep portable between PG 15 and 18).
ALTER TABLE "Kommun" ADD CONSTRAINT "Kommun_code_format" CHECK ("code" ~ '^[0-9]{4}$');
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_hours_range" CHECK ("hoursPerDayMin" >= 0 AND "hoursPerDayMax" <= 24 AND "hoursPerDayMin" <= "hoursPerDayMax");
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_capacity_nonnegative" CHECK ("capacity" >= 0);
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_day_window" CHECK ("earliestStartMinute" >= 0 AND "latestEndMinute" <= 1440 AND "earliestStartMinute" < "latestEndMinute");
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_dates_ordered" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "startDate" <= "endDate");
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_title_present" CHECK (length(btrim("title")) > 0);
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_hours_range" CHECK ("hoursPerDayMax" > 0 AND "hoursPerDayMax" <= 24);
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_travel_radius" CHECK ("travelRadiusKm" IS NULL OR ("travelRadiusKm" > 0 AND "travelRadiusKm" <= 500));
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_hours_range" CHECK ("hoursPerDay" > 0 AND "hoursPerDay" <= 24);
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_dates_ordered" CHECK ("plannedEndDate" IS NULL OR "startDate" <= "plannedEndDate");
ALTER TABLE "ProgressRating" ADD CONSTRAINT "ProgressRating_rating_range" CHECK ("rating" BETWEEN 1 AND 10);
ALTER TABLE "AttendanceDay" ADD CONSTRAINT "AttendanceDay_hours_range" CHECK ("scheduledHours" >= 0 AND "scheduledHours" <= 24 AND "attendedHours" >= 0 AND "attendedHours" <= 24);
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_month_first_day" CHECK (EXTRACT(DAY FROM "month") = 1);
ALTER TABLE "MonthlyReportVersion" ADD CONSTRAINT "MonthlyReportVersion_rate_range" CHECK ("attendanceRate" >= 0 AND "attendanceRate" <= 1);
ALTER TABLE "MonthlyReportVersion" ADD CONSTRAINT "MonthlyReportVersion_version_positive" CHECK ("version" >= 1);
ALTER TABLE "MonthlyReportVersion" ADD CONSTRAINT "MonthlyReportVersion_amendment_reason" CHECK ("status" <> 'APPROVED' OR "version" = 1 OR "amendmentReason" IS NOT NULL OR "reviewerId" IS NOT NULL);
