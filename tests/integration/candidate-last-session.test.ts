// Candidate."lastSessionAt", kept by a trigger on InterviewSession (the list_paging migration): the
// latest start (or creation, before the start) of a session that was not cancelled.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";

const at = (hour: number) => new Date(Date.UTC(2026, 10, 1, hour));
const last = async (id: string) => (await db.candidate.findUniqueOrThrow({ where: { id } })).lastSessionAt;

describe("the candidate's last session time", () => {
  let creator: string;
  beforeEach(async () => {
    await resetDb();
    creator = (await createUser(db)).id;
  });
  const session = (candidateId: string, hour: number, extra: { status?: "SCHEDULED" | "LIVE" | "COMPLETED" | "CANCELLED"; startedAt?: Date } = {}) =>
    db.interviewSession.create({ data: { candidateId, createdById: creator, tokenHash: `t-${Math.random()}`, createdAt: at(hour), ...extra } });

  it("follows sessions as they are created, started, cancelled, moved and deleted", async () => {
    const ana = await db.candidate.create({ data: { name: "Ana" } });
    const bo = await db.candidate.create({ data: { name: "Bo" } });
    expect(await last(ana.id)).toBeNull();

    const first = await session(ana.id, 1);
    expect(await last(ana.id)).toEqual(at(1));
    const second = await session(ana.id, 3);
    expect(await last(ana.id)).toEqual(at(3));

    // Started later than it was created: the start counts.
    await db.interviewSession.update({ where: { id: first.id }, data: { status: "LIVE", startedAt: at(5) } });
    expect(await last(ana.id)).toEqual(at(5));
    // A transition that changes neither status nor start leaves it alone (and costs no update).
    await db.interviewSession.update({ where: { id: first.id }, data: { currentIndex: 1, revision: { increment: 1 } } });
    expect(await last(ana.id)).toEqual(at(5));

    await db.interviewSession.update({ where: { id: first.id }, data: { status: "CANCELLED" } });
    expect(await last(ana.id)).toEqual(at(3));

    await db.interviewSession.update({ where: { id: second.id }, data: { candidateId: bo.id } });
    expect(await last(ana.id)).toBeNull();
    expect(await last(bo.id)).toEqual(at(3));

    await db.interviewSession.delete({ where: { id: second.id } });
    expect(await last(bo.id)).toBeNull();
  });

  it("is right after a bulk insert of many sessions in one statement", async () => {
    const ana = await db.candidate.create({ data: { name: "Ana" } });
    await db.$executeRaw`
      INSERT INTO "InterviewSession" ("id", "candidateId", "createdById", "tokenHash", "createdAt", "updatedAt", "status")
      SELECT 'bulk-' || i, ${ana.id}, ${creator}, 'bulk-' || i, ${at(0)}::timestamp + i * interval '1 hour', now(),
             (CASE WHEN i = 9 THEN 'CANCELLED' ELSE 'SCHEDULED' END)::"SessionStatus"
      FROM generate_series(1, 9) AS i`;
    expect(await last(ana.id)).toEqual(at(8));
  });
});
