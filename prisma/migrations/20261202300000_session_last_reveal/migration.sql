-- Undo of the last reveal (the cockpit's "Undo reveal"): the session remembers its last action
-- when that was a reveal, when it happened and which panelist made it. Every other transition
-- clears both, so an undo can never take back anything but the latest action.
ALTER TABLE "InterviewSession" ADD COLUMN "lastRevealAt" TIMESTAMP(3),
ADD COLUMN "lastRevealBy" TEXT;
