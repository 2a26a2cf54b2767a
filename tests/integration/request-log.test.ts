// A request's log line, through the real handler() and a real route on the real database: JSON,
// carrying the request id its caller sees in X-Request-Id, and no personal data.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as questionRoute from "@/app/api/questions/[id]/route";
import { db } from "@/server/db";
import { captureLog } from "@/server/log";
import { createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

beforeEach(resetDb);
afterEach(() => signInAs(null));

async function get(id: string, headers: Record<string, string> = {}) {
  const stop = captureLog("info");
  try {
    const response = await questionRoute.GET(new Request(`http://probe.test/api/questions/${id}`, { headers }), { params: Promise.resolve({ id }) });
    return { response, lines: stop() };
  } catch (error) {
    stop();
    throw error;
  }
}

describe("request logs", () => {
  it("logs one JSON line with the caller's request id, route pattern, status, duration and user id, and nothing personal", async () => {
    const ivan = await createUser(db, { role: "INTERVIEWER", name: "Ivanka Personal-Name", email: "ivanka.personal@example.com" });
    const question = await createQuestion(db, { title: "Deadlock-avoidance-title-xyz", prompt: "Prompt-text-that-is-private" });
    signInAs(ivan);
    const { response, lines } = await get(question.id, { "x-request-id": "trace-0123456789abcdef" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("trace-0123456789abcdef");
    const line = lines.find((l) => l.requestId === "trace-0123456789abcdef" && l.msg === "request");
    expect(line).toMatchObject({ level: "info", method: "GET", route: "/api/questions/[id]", status: 200, userId: ivan.id, requestId: "trace-0123456789abcdef" });
    expect(line?.durationMs).toEqual(expect.any(Number));
    expect(new Date(String(line?.time)).toISOString()).toBe(line?.time);
    const everything = JSON.stringify(lines);
    for (const personal of [ivan.email, ivan.name, "Deadlock-avoidance-title-xyz", "Prompt-text-that-is-private", question.id]) expect(everything).not.toContain(personal);
  });

  it("replaces a malformed X-Request-Id with a new one, and names no user when nobody is signed in", async () => {
    const question = await createQuestion(db);
    for (const bad of ["short", "has spaces in it ok", "x".repeat(129), "quote\"inside-123456"]) {
      const { response, lines } = await get(question.id, { "x-request-id": bad });
      expect(response.status).toBe(401);
      const id = response.headers.get("x-request-id");
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const line = lines.find((l) => l.msg === "request");
      expect(line).toMatchObject({ requestId: id, status: 401, route: "/api/questions/[id]" });
      expect(line).not.toHaveProperty("userId");
    }
  });
});
