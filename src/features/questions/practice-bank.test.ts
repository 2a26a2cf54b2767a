import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { resetDb } from "~tests/setup/reset-db";
import { DEMO_BANK_FILE, loadDemoBank } from "../../../prisma/demo/load-demo-bank";
import { loadPracticeBank, PRACTICE_BANK_FILE } from "../../../prisma/demo/load-practice-bank";
import { storedProbes, storedWrongAnswers } from "./content";
import { parseDocument } from "./import/parse-document";

beforeEach(async () => {
  await resetDb();
});

/** Every run of eight words, lower-cased, punctuation dropped: text shared at this length was copied. */
function shingles(text: string, size = 8): Set<string> {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, " ").split(/\s+/).filter(Boolean);
  return new Set(words.slice(0, Math.max(0, words.length - size + 1)).map((_, i) => words.slice(i, i + size).join(" ")));
}

describe("the practice bank", () => {
  it("parses without warnings: at least 8 questions, every level", () => {
    const parsed = parseDocument(readFileSync(PRACTICE_BANK_FILE, "utf8"));
    expect(parsed.warnings).toEqual([]);
    expect(parsed.questions.length).toBeGreaterThanOrEqual(8);
    expect(new Set(parsed.questions.map((q) => q.level))).toEqual(new Set(["junior", "middle", "senior", "staff"]));
  });

  it("is written in its own words, not copied from the demo interview bank or the importer's fixtures", () => {
    const own = shingles(readFileSync(PRACTICE_BANK_FILE, "utf8"));
    const fixtures = path.join(import.meta.dirname, "import/fixtures");
    // Recursively: the fixture library (import/fixtures/library) is a folder of documents.
    const files = readdirSync(fixtures, { recursive: true, encoding: "utf8" }).map((file) => path.join(fixtures, file)).filter((file) => statSync(file).isFile());
    const others = [DEMO_BANK_FILE, ...files];
    for (const file of others) {
      const shared = [...shingles(readFileSync(file, "utf8"))].filter((s) => own.has(s));
      expect(shared, path.basename(file)).toEqual([]);
    }
  });

  it("loads as a practice bank of complete questions, once, beside the demo bank, which stays an interview bank", async () => {
    await loadDemoBank();
    const summary = await loadPracticeBank();
    expect(summary).toMatchObject({ warnings: [] });
    expect(summary!.created).toBeGreaterThanOrEqual(8);
    const banks = await db.bank.findMany({ orderBy: { name: "asc" }, select: { name: true, purpose: true } });
    expect(banks).toEqual([
      { name: "Concurrency — Probe demo bank", purpose: "INTERVIEW" },
      { name: "HTTP caching — Probe practice bank", purpose: "PRACTICE" },
    ]);
    const questions = await db.question.findMany({ where: { bank: { purpose: "PRACTICE" } } });
    for (const question of questions) {
      expect(question.modelAnswer.length, `Q${question.number} model answer`).toBeGreaterThan(150);
      const wrong = storedWrongAnswers(question.wrongAnswers);
      expect(wrong.length, `Q${question.number} wrong answers`).toBeGreaterThanOrEqual(2);
      expect(wrong.every((w) => w.why.length > 10), `Q${question.number} says why each is wrong`).toBe(true);
      expect(storedProbes(question.probes).length, `Q${question.number} probes`).toBeGreaterThanOrEqual(1);
    }

    // The seed runs on every start: a second load touches nothing, not even a purpose someone changed.
    await db.bank.update({ where: { name: "HTTP caching — Probe practice bank" }, data: { purpose: "INTERVIEW" } });
    expect(await loadPracticeBank()).toBeNull();
    expect((await db.bank.findUniqueOrThrow({ where: { name: "HTTP caching — Probe practice bank" } })).purpose).toBe("INTERVIEW");
    expect(await db.question.count({ where: { bank: { name: "HTTP caching — Probe practice bank" } } })).toBe(questions.length);
  });

  it("fills an empty practice bank left by a load cut short", async () => {
    await db.bank.create({ data: { name: "HTTP caching — Probe practice bank", purpose: "PRACTICE" } });
    expect((await loadPracticeBank())!.created).toBeGreaterThanOrEqual(8);
    expect((await db.bank.findUniqueOrThrow({ where: { name: "HTTP caching — Probe practice bank" } })).purpose).toBe("PRACTICE");
  });
});
