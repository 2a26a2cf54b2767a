-- Issue 14, security hardening. Statements only: the WebAssembly schema engine's adapter splits a
-- script on every semicolon, so there are no functions or triggers here, and no semicolon in a comment.

-- Sign-in, password change and sign-up limits: one counter per key, decided in one upsert.
-- The per-email SignInThrottle it replaces, and the fixed-window RateLimit table of the practice
-- feedback limit that this one absorbs, held counts only, never anything worth keeping.
DROP TABLE "SignInThrottle";

DROP TABLE "RateLimit";

CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "hits" INTEGER NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "RateLimit_resetAt_idx" ON "RateLimit"("resetAt");

-- A server-side record per signed-in browser.
CREATE TABLE "AuthSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "userAgent" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "AuthSession_userId_revokedAt_idx" ON "AuthSession"("userId", "revokedAt");

ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Sign-up invitations (the invite-only policy).
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Kits carry a revision for compare-and-set saves.
ALTER TABLE "Kit" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;

-- The candidate's name per session. Existing sessions keep the name their candidate has now.
ALTER TABLE "InterviewSession" ADD COLUMN "candidateName" TEXT NOT NULL DEFAULT '';

UPDATE "InterviewSession" s SET "candidateName" = c."name" FROM "Candidate" c WHERE c."id" = s."candidateId";

-- Practice share links may expire.
ALTER TABLE "PracticeShare" ADD COLUMN "expiresAt" TIMESTAMP(3);
