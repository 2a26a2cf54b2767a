// The browser's fetch is stubbed here: what is under test is how answers are read, not a server.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, apiFetch, NETWORK_MESSAGE } from "./api-client";

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

function stubFetch(answer: () => Promise<Response>) {
  const fetch = vi.fn((_url: string, _init?: RequestInit) => answer());
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

async function failure(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("apiFetch", () => {
  it("sends JSON, uncached, and returns the JSON answer", async () => {
    const fetch = stubFetch(async () => json(200, { id: "s1", revision: 3 }));
    await expect(apiFetch<{ id: string }>("/api/x", { method: "PUT", body: { notes: "é ✓" } })).resolves.toEqual({ id: "s1", revision: 3 });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe("/api/x");
    expect(init).toMatchObject({ method: "PUT", cache: "no-store", body: '{"notes":"é ✓"}' });
    expect(init?.headers).toMatchObject({ "Content-Type": "application/json", Accept: "application/json" });
  });

  it("reads a refusal's code, message and field errors", async () => {
    stubFetch(async () => json(400, { error: { code: "VALIDATION", message: "Check the form", fieldErrors: { summary: ["Too long"] } } }));
    const error = await failure(apiFetch("/api/x", { method: "POST", body: {} }));
    expect(error).toMatchObject({ status: 400, code: "VALIDATION", message: "Check the form", fieldErrors: { summary: ["Too long"] }, refused: true });
    expect(error.current).toBeUndefined();
  });

  it("hands over the current record a 409 carries", async () => {
    const current = { notes: "saved elsewhere", revision: 7 };
    stubFetch(async () => json(409, { error: { code: "CONFLICT", message: "Changed elsewhere" }, current }));
    const error = await failure(apiFetch("/api/x", { method: "PUT", body: { revision: 6 } }));
    expect(error).toMatchObject({ status: 409, code: "CONFLICT", message: "Changed elsewhere", current, refused: true });
  });

  it("treats an answer that is not JSON as a failure, whatever its status", async () => {
    stubFetch(async () => new Response("<html>502 Bad Gateway</html>", { status: 502, headers: { "Content-Type": "text/html" } }));
    expect(await failure(apiFetch("/api/x"))).toMatchObject({ status: 502, code: "INTERNAL", message: "Something went wrong", refused: false });

    stubFetch(async () => new Response("<html>captive portal</html>", { status: 200 }));
    expect(await failure(apiFetch("/api/x"))).toMatchObject({ status: 200, code: "BAD_RESPONSE", refused: false });
  });

  it("turns a network failure into status 0, which is worth trying again", async () => {
    stubFetch(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await failure(apiFetch("/api/x"))).toMatchObject({ status: 0, code: "NETWORK", message: NETWORK_MESSAGE, refused: false });
  });

  it("lets an abort through as an abort", async () => {
    const controller = new AbortController();
    stubFetch(async () => {
      throw new DOMException("aborted", "AbortError");
    });
    controller.abort();
    await expect(apiFetch("/api/x", { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("returns nothing for 204 and sends no body or content type on a GET", async () => {
    const fetch = stubFetch(async () => new Response(null, { status: 204 }));
    await expect(apiFetch("/api/x")).resolves.toBeUndefined();
    const init = fetch.mock.calls[0]![1]!;
    expect(init.body).toBeUndefined();
    expect(init.headers).not.toHaveProperty("Content-Type");
  });
});
