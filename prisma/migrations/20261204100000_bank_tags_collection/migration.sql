-- A bank imported from a document with front matter keeps its tags and collection path.
ALTER TABLE "Bank" ADD COLUMN "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "Bank" ADD COLUMN "collection" TEXT NOT NULL DEFAULT '';
