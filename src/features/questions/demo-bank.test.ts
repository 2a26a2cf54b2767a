import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { resetDb } from "~tests/setup/reset-db";
import { DEMO_BANK_FILE, loadDemoBank } from "../../../prisma/demo/load-demo-bank";
import { storedProbes, storedWrongAnswers } from "./content";
import { parseDocument } from "./import/parse-document";

beforeEach(async () => {
  await resetDb();
});

describe("the demo bank", () => {
  it("parses without warnings", () => {
    const parsed = parseDocument(readFileSync(DEMO_BANK_FILE, "utf8"));
    expect(parsed.warnings).toEqual([]);
    expect(parsed.questions).toHaveLength(16);
  });

  it("loads 16 complete questions, 4 per level, and only once", async () => {
    const summary = await loadDemoBank();
    expect(summary).toMatchObject({ created: 16, warnings: [] });
    const questions = await db.question.findMany({ orderBy: { number: "asc" } });
    const perLevel: Record<string, number> = {};
    for (const question of questions) perLevel[question.level] = (perLevel[question.level] ?? 0) + 1;
    expect(perLevel).toEqual({ JUNIOR: 4, MIDDLE: 4, SENIOR: 4, STAFF: 4 });
    for (const question of questions) {
      expect(question.modelAnswer.length, `Q${question.number} model answer`).toBeGreaterThan(150);
      const wrong = storedWrongAnswers(question.wrongAnswers);
      expect(wrong.length, `Q${question.number} wrong answers`).toBeGreaterThanOrEqual(2);
      expect(wrong.every((w) => w.why.length > 10), `Q${question.number} says why each is wrong`).toBe(true);
      expect(storedProbes(question.probes).length, `Q${question.number} probes`).toBeGreaterThanOrEqual(1);
    }
    expect(questions.some((q) => q.prompt.includes("```"))).toBe(true);

    // The seed runs on every `npm start`: a second load must not touch the bank (or edits made to it).
    await db.question.update({ where: { id: questions[0]!.id }, data: { title: "Edited by someone" } });
    expect(await loadDemoBank()).toBeNull();
    expect(await db.question.count()).toBe(16);
    expect((await db.question.findUniqueOrThrow({ where: { id: questions[0]!.id } })).title).toBe("Edited by someone");
  });
});
