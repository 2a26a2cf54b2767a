// The backfill of the question identity migration, run against rows as they stood before it: which
// questions the editor created (APP) and which version the last import wrote (importedVersion).
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createQuestion } from "~tests/factories/questions";
import { resetDb } from "~tests/setup/reset-db";

const MIGRATION = readFileSync(path.resolve("prisma/migrations/20261201200000_question_identity/migration.sql"), "utf8");
// The data statements only: the column changes are already applied to the test database.
const BACKFILL = MIGRATION.split(";").map((statement) => statement.replace(/^\s*--.*$/gm, "").trim()).filter((statement) => statement.startsWith("UPDATE"));

async function addVersion(id: string, version: number) {
  const q = await db.question.findUniqueOrThrow({ where: { id } });
  await db.question.update({ where: { id }, data: { version, modelAnswer: `v${version}` } });
  await db.questionVersion.create({ data: { questionId: id, version, level: q.level, title: q.title, prompt: q.prompt, modelAnswer: `v${version}`, wrongAnswers: [], probes: [], sections: [] } });
}

describe("the question identity migration's backfill", () => {
  beforeEach(resetDb);

  it("marks editor-created questions APP and finds the version each import wrote", async () => {
    expect(BACKFILL).toHaveLength(2);
    const created = await createQuestion(db);
    const imported = await createQuestion(db);
    const edited = await createQuestion(db);
    const reimported = await createQuestion(db);
    await db.auditEntry.create({ data: { action: "question.create", targetType: "question", targetId: created.id } });
    // Edited in the editor once (v2), then changed by an import (v3), then edited again (v4).
    for (const version of [2, 3, 4]) await addVersion(edited.id, version);
    await db.auditEntry.createMany({ data: [2, 4].map((to) => ({ action: "question.update", targetType: "question", targetId: edited.id, details: { from: to - 1, to } })) });
    await addVersion(reimported.id, 2);
    // As every row stood before the migration.
    await db.$executeRaw`UPDATE "Question" SET "origin" = 'DOCUMENT', "importedVersion" = NULL`;

    for (const statement of BACKFILL) await db.$executeRawUnsafe(statement);
    const rows = await db.question.findMany({ select: { id: true, origin: true, importedVersion: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(created.id)).toMatchObject({ origin: "APP", importedVersion: null });
    expect(byId.get(imported.id)).toMatchObject({ origin: "DOCUMENT", importedVersion: 1 });
    expect(byId.get(edited.id)).toMatchObject({ origin: "DOCUMENT", importedVersion: 3 });
    expect(byId.get(reimported.id)).toMatchObject({ origin: "DOCUMENT", importedVersion: 2 });
  });
});
