// The library's documents stored: the bank keeps its front matter, a section's questions their tag.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { resetDb } from "~tests/setup/reset-db";
import { parseDocument } from "./parse-document";
import { importParsedDocument } from "./persist";

const read = (name: string) => readFileSync(path.join(__dirname, "fixtures", "library", name), "utf8");

beforeEach(async () => {
  await resetDb();
});

describe("importing a library document", () => {
  it("stores the bank's tags and collection, the section tag, and each part as written", async () => {
    const summary = await importParsedDocument(parseDocument(read("message-queues.md")));
    expect(summary.created).toBe(9);
    const bank = await db.bank.findUniqueOrThrow({ where: { id: summary.bankId }, select: { name: true, tags: true, collection: true, notes: true } });
    expect(bank).toMatchObject({ name: "Message Queues", tags: ["queues", "messaging"], collection: "Roadmaps / Back end" });
    expect(bank.notes).not.toContain("nav_order");
    const q8 = await db.question.findFirstOrThrow({ where: { bankId: summary.bankId, number: 8 }, select: { tags: true, level: true } });
    expect(q8).toEqual({ tags: ["behavioural"], level: "SENIOR" });
    const q4 = await db.question.findFirstOrThrow({ where: { bankId: summary.bankId, number: 4 }, select: { modelAnswer: true } });
    expect(q4.modelAnswer).toContain("`orders_*`");

    // Again: nothing changes, and a tag someone added in the editor stays beside the section's.
    await db.question.updateMany({ where: { bankId: summary.bankId, number: 8 }, data: { tags: ["behavioural", "culture"] } });
    const again = await importParsedDocument(parseDocument(read("message-queues.md")));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 9 });
    const kept = await db.question.findFirstOrThrow({ where: { bankId: summary.bankId, number: 8 }, select: { tags: true } });
    expect(kept.tags).toEqual(["behavioural", "culture"]);
  });
});
