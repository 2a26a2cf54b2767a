import { describe, expect, it } from "vitest";
import { AppError, runAction } from "./errors";
import { captureLog, log } from "./log";

// Server actions log like route handlers: one line per call, and every line logged inside the
// action carries the same request id. Outside a request (here) the id is a new one.
describe("server action log line", () => {
  it("runs the action as one request and logs its outcome and duration once", async () => {
    const stop = captureLog();
    const result = await runAction(async () => {
      log.info("inside the action");
      return 42;
    });
    const lines = stop();
    expect(result).toEqual({ ok: true, data: 42 });
    const [inside, done] = lines;
    expect(lines).toHaveLength(2);
    expect(done).toMatchObject({ msg: "action", outcome: "ok" });
    expect(done!.durationMs).toEqual(expect.any(Number));
    expect(inside!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(done!.requestId).toBe(inside!.requestId);
  });

  it("names a refused action's outcome by its error code, and gives each call its own id", async () => {
    const stop = captureLog();
    const refused = await runAction(async () => {
      throw new AppError("FORBIDDEN", "Not yours");
    });
    await runAction(async () => null);
    const [first, second] = stop();
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(first).toMatchObject({ msg: "action", outcome: "forbidden" });
    expect(second).toMatchObject({ msg: "action", outcome: "ok" });
    expect(second!.requestId).not.toBe(first!.requestId);
  });
});
