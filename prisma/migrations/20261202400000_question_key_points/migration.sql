-- Key points for practice feedback, written by the question's author (empty: derived from the
-- model answer). Versioned like the rest of a question's content.
ALTER TABLE "Question" ADD COLUMN "keyPoints" JSONB NOT NULL DEFAULT '[]';
ALTER TABLE "QuestionVersion" ADD COLUMN "keyPoints" JSONB NOT NULL DEFAULT '[]';
