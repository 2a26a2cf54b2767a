import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createHash, randomBytes } from "node:crypto";
import { createFinishedSession } from "../factories/finished-sessions";
import { createQuestion } from "../factories/questions";
import { createSession } from "../factories/sessions";
import { createUser, DEMO_PASSWORD } from "../factories/users";
import { CALLERS, MATRIX, type Caller, type MatrixContext, type Row } from "./support/authorization-matrix";
import { expect, test } from "./support/fixtures";

const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3210}`;

/** Every page.tsx and route.ts under src/app, named as its URL pattern (route groups dropped). */
function routesOnDisk(dir = path.resolve("src/app"), prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      const segment = entry.startsWith("(") && entry.endsWith(")") ? "" : `/${entry}`;
      found.push(...routesOnDisk(full, prefix + segment));
    } else if (entry === "page.tsx" || entry === "route.ts") {
      found.push(prefix || "/");
    }
  }
  return found;
}

test("every route on disk has a row in the matrix, and every row names a real route", () => {
  const onDisk = new Set(routesOnDisk());
  const inMatrix = new Set(MATRIX.map((row) => row.route));
  expect([...onDisk].filter((route) => !inMatrix.has(route)), "routes with no row").toEqual([]);
  expect([...inMatrix].filter((route) => !onDisk.has(route)), "rows with no route").toEqual([]);
});

test.describe("authorization matrix", () => {
  let ctx: MatrixContext;
  const clients = new Map<Caller, APIRequestContext>();
  let secret: string;

  test.beforeAll(async ({ db }) => {
    const assigned = await createUser(db, { role: "INTERVIEWER" });
    const unassigned = await createUser(db, { role: "INTERVIEWER" });
    const candidate = await createUser(db, { role: "CANDIDATE" });
    const question = await createQuestion(db);
    // The candidate practises a practice bank's question; the interview question is never theirs.
    const practised = await createQuestion(db, { purpose: "PRACTICE" });
    secret = question.modelAnswer;
    const live = await createSession(db, { creatorId: assigned.id, questionIds: [question.id], status: "LIVE" });
    // On its first question, as a started session is: the link holder's pad there is open.
    await db.sessionQuestion.updateMany({ where: { sessionId: live.session.id }, data: { activeSince: new Date() } });
    const linkSession = await createSession(db, { creatorId: assigned.id, questionIds: [question.id] });
    const finished = await createFinishedSession(db, { candidate: { name: "Matrix Candidate" }, interviewers: [assigned], questions: [question] });
    const kit = await db.kit.create({ data: { name: "Matrix kit", createdById: assigned.id, items: { create: [{ questionId: question.id, position: 0 }] } } });
    const run = await db.practiceRun.create({ data: { userId: candidate.id, questionIds: [practised.id] } });
    await db.practiceAttempt.create({
      data: { runId: run.id, userId: candidate.id, questionId: practised.id, questionVersionId: practised.versions[0]!.id, answer: "My answer", grade: 3, durationMs: 1000 },
    });
    const shareToken = randomBytes(32).toString("base64url");
    await db.practiceShare.create({ data: { userId: candidate.id, tokenHash: createHash("sha256").update(shareToken).digest("hex") } });
    ctx = {
      questionId: question.id,
      bankId: question.bankId,
      practiceQuestionId: practised.id,
      sessionId: live.session.id,
      sessionToken: live.token,
      linkSessionId: linkSession.session.id,
      candidateId: finished.candidateId,
      kitId: kit.id,
      practiceRunId: run.id,
      shareToken,
    };
    const emails: Partial<Record<Caller, string>> = {
      candidate: candidate.email,
      assignedInterviewer: assigned.email,
      unassignedInterviewer: unassigned.email,
      manager: "manager@example.com",
      admin: "admin@example.com",
    };
    for (const caller of CALLERS) {
      const client = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
      const email = emails[caller];
      if (email) {
        const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
        await client.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: DEMO_PASSWORD } });
        const session = await (await client.get("/api/auth/session")).json();
        expect(session?.user?.email, `${caller} signed in`).toBe(email);
      }
      clients.set(caller, client);
    }
  });

  test.afterAll(async () => {
    for (const client of clients.values()) await client.dispose();
  });

  async function call(row: Row, caller: Caller): Promise<{ status: number; location: string; body: string }> {
    const url = row.url(ctx, caller);
    if (row.stream) {
      // Read only the status of an event stream, then hang up.
      const cookies = await clients.get(caller)!.storageState();
      const cookie = cookies.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const abort = new AbortController();
      const response = await fetch(baseURL + url, { headers: { cookie, accept: "text/event-stream" }, signal: abort.signal, redirect: "manual" });
      abort.abort();
      return { status: response.status, location: response.headers.get("location") ?? "", body: "" };
    }
    const client = clients.get(caller)!;
    const headers = { origin: baseURL };
    const response =
      row.method === "POST" ? await client.post(url, { data: row.body ?? {}, headers })
      : row.method === "PUT" ? await client.put(url, { data: row.body ?? {}, headers })
      : row.method === "PATCH" ? await client.patch(url, { data: row.body ?? {}, headers })
      : await client.get(url);
    return { status: response.status(), location: response.headers()["location"] ?? "", body: await response.text() };
  }

  for (const row of MATRIX) {
    test(`${row.method ?? "GET"} ${row.route}`, async () => {
      const problems: string[] = [];
      for (const caller of CALLERS) {
        const allowed = row.allow === "everyone" || row.allow.includes(caller);
        const { status, location, body } = await call(row, caller);
        if (allowed) {
          const ok = row.okStatus ? status === row.okStatus : status >= 200 && status < 400;
          if (!ok) problems.push(`${caller}: expected ${row.okStatus ?? "2xx/3xx"}, got ${status}`);
        } else {
          const toSignIn = status >= 300 && status < 400 && /\/sign-in/.test(location);
          if (![401, 403, 404].includes(status) && !toSignIn) problems.push(`${caller}: expected refusal, got ${status} ${location}`);
          if (body.includes(secret)) problems.push(`${caller}: refused, yet the body holds interviewer-only text`);
        }
      }
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
});
