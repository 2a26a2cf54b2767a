import { describe, expect, it } from "vitest";
import { captureLog, describeError, inRequest, log, requestIdFrom, setLogUser } from "./log";

describe("log", () => {
  it("writes JSON lines carrying the request's id and user from wherever inside the request", async () => {
    const stop = captureLog();
    await inRequest("req-0123456789", async () => {
      setLogUser("user-1");
      await new Promise((resolve) => setTimeout(resolve, 1));
      log.warn("slow read", { durationMs: 12 });
    });
    log.info("outside");
    const [inside, outside] = stop();
    expect(inside).toMatchObject({ level: "warn", msg: "slow read", requestId: "req-0123456789", userId: "user-1", durationMs: 12 });
    expect(outside).not.toHaveProperty("requestId");
  });

  it("describes an error by name, code and frames, never by its message", () => {
    const error = Object.assign(new Error("Key (email)=(ada@example.com) already exists"), { code: "23505" });
    const described = describeError(error);
    expect(described).toMatchObject({ name: "Error", code: "23505" });
    expect(JSON.stringify(described)).not.toContain("ada@example.com");
    expect((described.frames as string[]).length).toBeGreaterThan(0);
  });

  it("keeps a well-formed incoming request id and replaces anything else", () => {
    expect(requestIdFrom("abc-DEF_123.45:6")).toBe("abc-DEF_123.45:6");
    for (const bad of [null, "", "short", "with space 1234", "é".repeat(10), "x".repeat(129)]) expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
