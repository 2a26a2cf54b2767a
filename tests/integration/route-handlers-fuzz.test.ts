// Every JSON route handler × every kind of caller × generated malformed input (fast-check):
// never a 5xx; a refusal is JSON `{error:{code,message}}` with a message and no stack trace; every
// answer says Cache-Control: no-store.
// Handlers are called directly, the way Next.js calls them, on the real database; only the
// session lookup is stood in for.
import fc from "fast-check";
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import * as mailAttachment from "@/app/api/admin/mail/[id]/attachments/[index]/route";
import * as bank from "@/app/api/banks/[id]/route";
import * as banks from "@/app/api/banks/route";
import * as candidateExport from "@/app/api/candidates/[id]/export/route";
import * as bankExport from "@/app/api/banks/[id]/export/route";
import * as health from "@/app/api/health/route";
import * as liveEvents from "@/app/api/live/[token]/events/route";
import * as livePadEvents from "@/app/api/live/[token]/pads/[position]/events/route";
import * as livePadUpdates from "@/app/api/live/[token]/pads/[position]/updates/route";
import * as liveState from "@/app/api/live/[token]/route";
import * as metricsRoute from "@/app/api/metrics/route";
import * as mockActions from "@/app/api/mock/[token]/actions/route";
import * as mockEvents from "@/app/api/mock/[token]/events/route";
import * as mockNote from "@/app/api/mock/[token]/questions/[position]/note/route";
import * as mockState from "@/app/api/mock/[token]/route";
import * as practiceMock from "@/app/api/practice/mocks/[id]/route";
import * as practiceMockEvents from "@/app/api/practice/mocks/[id]/events/route";
import * as practiceFeedback from "@/app/api/practice/feedback/route";
import * as question from "@/app/api/questions/[id]/route";
import * as questions from "@/app/api/questions/route";
import * as sessionActions from "@/app/api/sessions/[id]/actions/route";
import * as sessionEventsRoute from "@/app/api/sessions/[id]/events/route";
import * as sessionLink from "@/app/api/sessions/[id]/link/route";
import * as padEvents from "@/app/api/sessions/[id]/pads/[position]/events/route";
import * as padHistory from "@/app/api/sessions/[id]/pads/[position]/history/route";
import * as padLanguage from "@/app/api/sessions/[id]/pads/[position]/language/route";
import * as padLoadCode from "@/app/api/sessions/[id]/pads/[position]/load-code/route";
import * as padUpdates from "@/app/api/sessions/[id]/pads/[position]/updates/route";
import * as note from "@/app/api/sessions/[id]/questions/[position]/note/route";
import * as session from "@/app/api/sessions/[id]/route";
import * as scorecard from "@/app/api/sessions/[id]/scorecard/route";
import * as scorecardSubmit from "@/app/api/sessions/[id]/scorecard/submit/route";
import * as scorecards from "@/app/api/sessions/[id]/scorecards/route";
import * as sessions from "@/app/api/sessions/route";
import { typist } from "@/features/sessions/pad/testing/typist";
import { SESSION_ACTIONS } from "@/features/sessions/state";
import { CODE_LANGUAGES } from "@/lib/code-languages";
import { encodeCursor } from "@/lib/cursor";
import { closeSessionEvents } from "@/server/events";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { bodyCase, freeText, idParam, nastyString, positionParam, searchCase, type BodyCase } from "./support/fuzz-inputs";
import { buildFuzzWorld, type FuzzWorld } from "./support/fuzz-world";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

afterAll(closeSessionEvents);

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

type Cell = {
  params?: (w: FuzzWorld) => fc.Arbitrary<Record<string, string>>;
  /** The shape of a valid JSON body; the generated bodies are built around it. */
  body?: (w: FuzzWorld) => fc.Arbitrary<Record<string, unknown>>;
  query?: (w: FuzzWorld) => fc.Arbitrary<string>;
  /** Server-sent events: the stream of an accepted request is cancelled at once. */
  sse?: true;
};

const sessionId = (w: FuzzWorld) => fc.record({ id: idParam(w.sessionIds) });
const anyQuery = () => searchCase(["id", "q", "limit"], ["1", "x"]);
const rating = fc.constantFrom(1, 2, 3, 4, null);
const padParams = (w: FuzzWorld) => fc.record({ id: idParam(w.sessionIds), position: positionParam });
const livePadParams = (w: FuzzWorld) => fc.record({ token: idParam(w.tokens), position: positionParam });
// Real Yjs updates (typed text, a deletion of nothing known) and cursor updates, among hostile ones.
const padBody = () =>
  fc.record(
    {
      update: fc.oneof(fc.constant(typist().type("fn main() {}")), fc.constant("AAA="), fc.base64String({ maxLength: 64 }), freeText),
      awareness: fc.oneof(fc.constant("AQEBAnt9"), fc.base64String({ maxLength: 32 }), freeText),
    },
    { requiredKeys: [] },
  );
const SESSION_CURSOR = encodeCursor({ dir: "next", sort: "newest", key: ["2026-11-30T10:00:00.000Z", "cm5session000000000000000"] });

// Every route file under src/app/api and each method it exports. auth/[...nextauth] is left out:
// it is Auth.js's own handler (CSRF, callbacks, cookies), exercised end to end by
// tests/e2e/auth.spec.ts; calling it here would need a real Auth.js request context.
const ROUTES: Record<string, { module: object; methods: Partial<Record<Method, Cell>> }> = {
  "admin/mail/[id]/attachments/[index]": {
    module: mailAttachment,
    methods: { GET: { params: (w) => fc.record({ id: idParam(w.mailIds), index: fc.oneof(positionParam, fc.constantFrom("0", "1", "-1", "x")) }), query: anyQuery } },
  },
  banks: { module: banks, methods: { GET: { query: anyQuery } } },
  "banks/[id]": {
    module: bank,
    methods: { PATCH: { params: (w) => fc.record({ id: idParam([w.bank.id]) }), body: () => fc.record({ purpose: fc.constantFrom("interview", "practice") }) } },
  },
  "banks/[id]/export": { module: bankExport, methods: { GET: { params: (w) => fc.record({ id: idParam([w.bank.id]) }), query: anyQuery } } },
  "candidates/[id]/export": { module: candidateExport, methods: { GET: { params: (w) => fc.record({ id: idParam(w.candidateIds) }), query: anyQuery } } },
  health: { module: health, methods: { GET: { query: anyQuery } } },
  metrics: { module: metricsRoute, methods: { GET: { query: anyQuery } } },
  "live/[token]": { module: liveState, methods: { GET: { params: (w) => fc.record({ token: idParam(w.tokens) }), query: anyQuery } } },
  "live/[token]/events": { module: liveEvents, methods: { GET: { params: (w) => fc.record({ token: idParam(w.tokens) }), sse: true } } },
  "live/[token]/pads/[position]/events": { module: livePadEvents, methods: { GET: { params: livePadParams, query: () => searchCase(["after"], ["0", "3", "-1", "x"]), sse: true } } },
  "live/[token]/pads/[position]/updates": { module: livePadUpdates, methods: { POST: { params: livePadParams, body: padBody } } },
  questions: {
    module: questions,
    methods: { GET: { query: (w) => searchCase(["q", "level", "bank", "tag", "limit", "offset"], ["race", "junior", "staff", w.bank.id, w.bank.name, "10", "0", "-1", "1001", "2.5"]) } },
  },
  "mock/[token]": { module: mockState, methods: { GET: { params: (w) => fc.record({ token: idParam(w.mockTokens) }), query: anyQuery } } },
  "mock/[token]/actions": {
    module: mockActions,
    methods: {
      POST: {
        params: (w) => fc.record({ token: idParam(w.mockTokens) }),
        body: () => fc.record({ type: fc.constantFrom(...SESSION_ACTIONS), position: fc.integer({ min: -2, max: 40 }), expectedRevision: fc.nat(4) }, { requiredKeys: ["type"] }),
      },
    },
  },
  "mock/[token]/events": { module: mockEvents, methods: { GET: { params: (w) => fc.record({ token: idParam(w.mockTokens) }), sse: true } } },
  "mock/[token]/questions/[position]/note": {
    module: mockNote,
    methods: {
      PUT: {
        params: (w) => fc.record({ token: idParam(w.mockTokens), position: positionParam }),
        body: () => fc.record({ rating, notes: freeText, heardWrongAnswers: fc.subarray([0, 1]), hintedProbes: fc.subarray([0, 1]), revision: fc.nat(3) }),
      },
    },
  },
  "practice/mocks/[id]": { module: practiceMock, methods: { GET: { params: (w) => fc.record({ id: idParam(w.mockIds) }), query: anyQuery } } },
  "practice/mocks/[id]/events": { module: practiceMockEvents, methods: { GET: { params: (w) => fc.record({ id: idParam(w.mockIds) }), sse: true } } },
  "practice/feedback": {
    module: practiceFeedback,
    methods: {
      POST: {
        body: (w) =>
          fc.record(
            {
              questionId: fc.constantFrom(...w.practiceQuestionIds, ...w.questionIds),
              versionId: fc.constantFrom(...w.practiceVersionIds),
              answer: fc.oneof(freeText, fc.constant("Take the locks in one global order")),
            },
            { requiredKeys: ["questionId", "answer"] },
          ),
      },
    },
  },
  "questions/[id]": { module: question, methods: { GET: { params: (w) => fc.record({ id: idParam(w.questionIds) }), query: anyQuery } } },
  sessions: {
    module: sessions,
    methods: {
      // The list's filters and page: a real next-page cursor among the valid values, and broken ones.
      GET: {
        query: () =>
          searchCase(["status", "q", "cursor", "limit"], ["LIVE", "COMPLETED", "Ada", "50", "200", "0", "201", SESSION_CURSOR, SESSION_CURSOR.slice(0, -3), "eyJ9"]),
      },
      POST: {
        body: (w) =>
          fc.record(
            {
              candidateName: fc.oneof(fc.constantFrom("Ada Lovelace", "Grace Hopper"), freeText),
              candidateEmail: fc.constantFrom("ada@example.com", ""),
              title: freeText,
              questionIds: fc.subarray(w.questionIds, { minLength: 1 }),
              budgets: fc.constant([600]),
            },
            { requiredKeys: ["candidateName", "questionIds"] },
          ),
      },
    },
  },
  "sessions/[id]": {
    module: session,
    methods: {
      GET: { params: sessionId, query: anyQuery },
      PATCH: {
        params: sessionId,
        body: () =>
          fc.record(
            {
              title: freeText,
              scheduledAt: fc.oneof(fc.constant(new Date(Date.now() + 86_400_000).toISOString()), fc.constant("2020-01-01T10:00:00+02:00"), fc.constant("2031-03-05T14:00:00"), fc.constant(null), freeText),
              durationMinutes: fc.oneof(fc.integer({ min: -5, max: 600 }), fc.constant(45)),
              videoUrl: fc.oneof(fc.constant("https://meet.example.com/x"), fc.constant("http://x.example"), fc.constant("javascript:alert(1)"), fc.constant(null), freeText),
            },
            { requiredKeys: [] },
          ),
      },
    },
  },
  "sessions/[id]/actions": {
    module: sessionActions,
    methods: { POST: { params: sessionId, body: () => fc.record({ type: fc.constantFrom(...SESSION_ACTIONS), position: fc.integer({ min: -2, max: 40 }), expectedRevision: fc.nat(4) }, { requiredKeys: ["type"] }) } },
  },
  "sessions/[id]/events": { module: sessionEventsRoute, methods: { GET: { params: sessionId, sse: true } } },
  "sessions/[id]/link": { module: sessionLink, methods: { POST: { params: sessionId, body: () => fc.constant({}) } } },
  "sessions/[id]/pads/[position]/events": { module: padEvents, methods: { GET: { params: padParams, query: () => searchCase(["after"], ["0", "3", "-1", "x"]), sse: true } } },
  "sessions/[id]/pads/[position]/history": { module: padHistory, methods: { GET: { params: padParams, query: anyQuery } } },
  "sessions/[id]/pads/[position]/language": { module: padLanguage, methods: { PUT: { params: padParams, body: () => fc.record({ language: fc.constantFrom(...CODE_LANGUAGES, "cobol") }) } } },
  "sessions/[id]/pads/[position]/load-code": { module: padLoadCode, methods: { POST: { params: padParams, body: () => fc.constant({}) } } },
  "sessions/[id]/pads/[position]/updates": { module: padUpdates, methods: { POST: { params: padParams, body: padBody } } },
  "sessions/[id]/questions/[position]/note": {
    module: note,
    methods: {
      PUT: {
        params: (w) => fc.record({ id: idParam(w.sessionIds), position: positionParam }),
        body: () =>
          fc.record({
            rating,
            notes: freeText,
            heardWrongAnswers: fc.subarray([0, 1]),
            hintedProbes: fc.subarray([0, 1]),
            revision: fc.nat(3),
          }),
      },
    },
  },
  "sessions/[id]/scorecard": {
    module: scorecard,
    methods: {
      PUT: {
        params: sessionId,
        body: (w) =>
          fc.record(
            {
              ratings: fc.subarray(w.questionIds).chain((ids) => fc.tuple(...ids.map((questionId) => fc.record({ questionId: fc.constant(questionId), rating, notes: freeText })))),
              recommendation: fc.constantFrom("strong_no", "no", "yes", "strong_yes", null),
              level: fc.constantFrom("junior", "middle", "senior", "staff", null),
              summary: freeText,
              revision: fc.nat(3),
              amend: fc.boolean(),
            },
            { requiredKeys: [] },
          ),
      },
    },
  },
  "sessions/[id]/scorecard/submit": { module: scorecardSubmit, methods: { POST: { params: sessionId, body: () => fc.record({ revision: fc.nat(3) }, { requiredKeys: [] }) } } },
  "sessions/[id]/scorecards": { module: scorecards, methods: { GET: { params: sessionId, query: anyQuery } } },
};

const EXCLUDED = ["auth/[...nextauth]"];
const apiDir = path.resolve("src/app/api");
const routeFiles = readdirSync(apiDir, { recursive: true, encoding: "utf8" })
  .filter((file) => path.basename(file) === "route.ts")
  .map((file) => path.dirname(file).split(path.sep).join("/"))
  .filter((route) => !EXCLUDED.includes(route));

it("lists every route file and every method it exports", () => {
  expect(Object.keys(ROUTES).sort()).toEqual(routeFiles.sort());
  for (const [route, { module, methods }] of Object.entries(ROUTES)) {
    const exported = METHODS.filter((method) => method in module);
    expect(Object.keys(methods).sort(), `methods of api/${route}`).toEqual([...exported].sort());
  }
});

// A lone surrogate cannot be percent-encoded; such a segment is sent as-is in params only.
const segment = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return "unencodable";
  }
};

function urlOf(route: string, params: Record<string, string>, search: string): string {
  const pathname = route.replace(/\[(\w+)\]/g, (_, name: string) => segment(params[name] ?? ""));
  return `http://probe.test/api/${pathname}${search ? `?${search}` : ""}`;
}

const STACK_MARKERS = ["at /", "node_modules", "Error:"];

/**
 * The contract: no 5xx; a 4xx is JSON naming a code and a readable message, never a stack; and no
 * answer, accepted or refused, may be cached (issue 14: model answers went out cacheable).
 */
async function expectSane(response: Response, where: string, sse: boolean, abort: AbortController): Promise<void> {
  try {
    expect(response.status, where).toBeLessThan(500);
    expect(response.headers.get("cache-control") ?? "(none)", where).toContain("no-store");
    if (response.status < 400) return;
    const text = await response.text();
    let body: { error?: { code?: unknown; message?: unknown } };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`${where}: a ${response.status} whose body is not JSON: ${text.slice(0, 200)}`);
    }
    expect(body.error?.code, `${where}: ${text.slice(0, 300)}`).toEqual(expect.any(String));
    expect(typeof body.error?.message === "string" && body.error.message.trim() !== "", `${where}: ${text.slice(0, 300)}`).toBe(true);
    for (const marker of STACK_MARKERS) expect(text, where).not.toContain(marker);
  } finally {
    // An accepted event stream stays open until the client leaves: leave at once.
    if (sse) abort.abort();
    if (!response.bodyUsed) await response.body?.cancel();
  }
}

const cells = Object.entries(ROUTES).flatMap(([route, { module, methods }]) =>
  Object.entries(methods).map(([method, cell]) => ({ name: `${method} /api/${route}`, route, method: method as Method, cell: cell!, handler: (module as Record<string, Handler>)[method]! })),
);

describe.each(cells)("$name", ({ route, method, cell, handler }) => {
  it("answers every caller and every generated input below 500, with a clear JSON error", async () => {
    await resetDb();
    const w = await buildFuzzWorld();
    const input = fc.record({
      params: cell.params ? cell.params(w) : fc.constant({}),
      search: cell.query ? cell.query(w) : fc.constant(""),
      body: cell.body ? bodyCase(cell.body(w)) : fc.constant<BodyCase | null>(null),
      // Stray headers a client might send; the handlers must not care.
      accept: fc.constantFrom("application/json", "text/html", "*/*", null),
    });
    for (const { label, user } of w.callers) {
      signInAs(user);
      await fc.assert(
        fc.asyncProperty(input, async ({ params, search, body, accept }) => {
          const abort = new AbortController();
          const headers = new Headers();
          if (body?.contentType) headers.set("content-type", body.contentType);
          if (accept) headers.set("accept", accept);
          const request = new Request(urlOf(route, params, search), { method, headers, body: body?.text, signal: abort.signal });
          const where = `${method} ${route} as ${label} with ${JSON.stringify({ params, search, body: body?.text.slice(0, 120) })}`;
          const response = await handler(request, { params: Promise.resolve(params) });
          await expectSane(response, where, !!cell.sse, abort);
        }),
        { numRuns: 30, interruptAfterTimeLimit: 15_000 },
      );
    }
    signInAs(null);
  }, 120_000);
});

// Guards the arbitraries themselves: without hostile strings the test above would prove little.
it("generates hostile strings", () => {
  const samples = fc.sample(nastyString, 500);
  expect(samples.some((s) => s.includes("\u0000"))).toBe(true);
  expect(samples.some((s) => s.length > 1000)).toBe(true);
});
