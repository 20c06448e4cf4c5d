-- CreateIndex
CREATE INDEX "ApiToken_organizationId_idx" ON "ApiToken"("organizationId");

-- CreateIndex
CREATE INDEX "Assignment_supportWorkerId_idx" ON "Assignment"("supportWorkerId");

-- CreateIndex
CREATE INDEX "CoachHandover_participantId_createdAt_idx" ON "CoachHandover"("participantId", "createdAt");

-- CreateIndex
CREATE INDEX "PasswordReset_userId_idx" ON "PasswordReset"("userId");

-- CreateIndex
CREATE INDEX "ProposalEvent_proposalId_createdAt_idx" ON "ProposalEvent"("proposalId", "createdAt");
