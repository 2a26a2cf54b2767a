-- The blind review modes are named for what an admin chooses, not for whether others are shown:
-- "never" (never see others) becomes "always-blind", "after-submit" becomes "until-submitted",
-- and "always" (always see others) becomes "open". Audit entries keep the words of their day.
UPDATE "Setting"
SET "value" = CASE "value" #>> '{}'
      WHEN 'never' THEN '"always-blind"'::jsonb
      WHEN 'after-submit' THEN '"until-submitted"'::jsonb
      WHEN 'always' THEN '"open"'::jsonb
    END,
    "updatedAt" = CURRENT_TIMESTAMP
WHERE "key" = 'blindReview' AND "value" #>> '{}' IN ('never', 'after-submit', 'always');
