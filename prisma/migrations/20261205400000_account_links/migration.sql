-- Account mail (issue 16): the password-link table carries what a link is for (a reset, an
-- admin-created account's welcome link, a sign-up's email verification), and users record when
-- their address was shown to be theirs. Every account that exists now counts as verified: it was
-- made by an admin, by the seed, or by a sign-up from before verification existed.
CREATE TYPE "PasswordTokenPurpose" AS ENUM ('RESET', 'WELCOME', 'VERIFY_EMAIL');
ALTER TABLE "PasswordToken" ADD COLUMN "purpose" "PasswordTokenPurpose" NOT NULL DEFAULT 'RESET';
ALTER TABLE "User" ADD COLUMN "emailVerifiedAt" TIMESTAMP(3);
UPDATE "User" SET "emailVerifiedAt" = "createdAt";
