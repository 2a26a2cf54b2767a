// GET /api/banks/:id/export: the bank as the importer's Markdown, for interviewers and admins only,
// and importing what it returns gives the same bank back (same ids, numbers, levels, texts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/banks/[id]/export/route";
import { db } from "@/server/db";
import { parseDocument } from "@/features/questions/import/parse-document";
import { importParsedDocument } from "@/features/questions/import/persist";
import { resetDb } from "~tests/setup/reset-db";
import { signInAs } from "~tests/setup/auth-stub";
import { createUser } from "~tests/factories/users";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

const fixture = readFileSync(path.join(__dirname, "../../src/features/questions/import/fixtures/library/message-queues.md"), "utf8");
const call = (id: string) => GET(new Request(`http://probe.test/api/banks/${id}/export`), { params: Promise.resolve({ id }) });
const contentOf = (bankId: string) =>
  db.question.findMany({
    where: { bankId, archivedAt: null },
    orderBy: { number: "asc" },
    select: { id: true, number: true, level: true, title: true, prompt: true, modelAnswer: true, wrongAnswers: true, probes: true, sections: true, version: true },
  });

beforeEach(async () => {
  await resetDb();
});

describe("GET /api/banks/:id/export", () => {
  it("returns Markdown that imports back as the same bank, for an interviewer, a practice bank too", async () => {
    const { bankId } = await importParsedDocument(parseDocument(fixture));
    await db.bank.update({ where: { id: bankId }, data: { purpose: "PRACTICE" } });
    const before = await contentOf(bankId);
    signInAs(await createUser(db, { role: "INTERVIEWER" }));
    const res = await call(bankId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="message-queues.md"');
    expect(res.headers.get("cache-control")).toBe("no-store");
    const markdown = await res.text();
    expect(markdown).toMatch(/^---\ntitle: Message Queues\n/);
    expect(markdown).toContain(`<!-- probe:id=${before[0]!.id} -->`);

    const again = await importParsedDocument(parseDocument(markdown));
    expect(again).toMatchObject({ bankId, created: 0, updated: 0, archived: 0, unchanged: before.length });
    expect(await contentOf(bankId)).toEqual(before);
  });

  it("refuses a candidate and a hiring manager (403), and says 404 for no such bank", async () => {
    const { bankId } = await importParsedDocument(parseDocument(fixture));
    for (const role of ["CANDIDATE", "HIRING_MANAGER"] as const) {
      signInAs(await createUser(db, { role }));
      expect((await call(bankId)).status).toBe(403);
    }
    signInAs(await createUser(db, { role: "ADMIN" }));
    expect((await call("c00000000000000000000000")).status).toBe(404);
  });
});
