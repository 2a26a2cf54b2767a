// Records everything a candidate's browser context receives, for the leak sweep of the live
// session test: every response body, every server-sent event (through a wrapped EventSource,
// since Playwright cannot read a streaming body), the raw event stream fetched directly, and
// every JavaScript file the page loaded. Code pad events carry Yjs updates in base64: padContent()
// decodes them so the sweep reads the text they carry, and checks they carry nothing else.
import type { BrowserContext, Page } from "@playwright/test";
import * as Y from "yjs";

/** `startedAt`: when the browser asked for it (readEveryBody only), for sweeps of what changed mid-walk. */
export type Recorded = { source: string; text: string; startedAt?: number };

declare global {
  interface Window {
    __events?: Array<{ data: string; at: number; url: string }>;
  }
}

/**
 * Installs the recording on a context before any page of it loads.
 *
 * `readEveryBody`: a body read from the browser after the fact is lost when its page navigates
 * first (prefetches cut short, an action's answer followed by a navigation), so a sweep that must
 * see every response has each request made from here instead, records the whole body, and hands
 * the browser the same answer. Responses then arrive whole rather than streamed, so event streams
 * (which never end) are passed through untouched and read by the other means.
 */
export async function recordCandidate(context: BrowserContext, { readEveryBody = false }: { readEveryBody?: boolean } = {}) {
  const recorded: Recorded[] = [];
  const pending: Array<Promise<void>> = [];
  const scripts = new Set<string>();

  await context.addInitScript(() => {
    window.__events = [];
    const Native = window.EventSource;
    window.EventSource = class extends Native {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        const from = String(url);
        this.addEventListener("message", (event) => window.__events!.push({ data: (event as MessageEvent<string>).data, at: Date.now(), url: from }));
      }
    };
  });

  if (readEveryBody) {
    await context.route("**/*", async (route) => {
      const request = route.request();
      if ((request.headers()["accept"] ?? "").includes("text/event-stream")) return route.continue();
      // Redirects go back to the browser as they are, so it follows them itself.
      const startedAt = Date.now();
      const response = await route.fetch({ maxRedirects: 0 });
      const body = await response.body();
      recorded.push({ source: `response ${response.status()} ${request.method()} ${request.url()}`, text: body.toString("utf8"), startedAt });
      await route.fulfill({ response, body });
    });
  }

  context.on("response", (response) => {
    const type = response.headers()["content-type"] ?? "";
    const url = response.url();
    if (type.includes("javascript") || url.endsWith(".js")) scripts.add(url);
    // Already read whole, on the way in.
    if (readEveryBody) return;
    // A live event stream never ends, so its body is captured by the two other means.
    if (type.includes("text/event-stream")) return;
    pending.push(
      response.body().then(
        (body) => void recorded.push({ source: `response ${response.status()} ${url}`, text: body.toString("utf8") }),
        () => undefined, // redirects and aborted requests have no body
      ),
    );
  });

  return {
    recorded,
    /** Stashes the events the page received so far (call before a reload wipes them). */
    async collectEvents(page: Page) {
      const events = await page.evaluate(() => window.__events ?? []);
      for (const event of events) recorded.push({ source: `EventSource message ${event.url}`, text: event.data });
    },
    /** Waits for every response body, then fetches every script the pages loaded, directly. */
    async finish(baseURL: string) {
      await Promise.all(pending);
      for (const url of scripts) {
        const response = await fetch(new URL(url, baseURL));
        recorded.push({ source: `script ${url}`, text: await response.text() });
      }
      return { scripts: [...scripts] };
    },
  };
}

/** Reads a server-sent-event stream with plain fetch until it ends or `stop()` is called. */
export function tapEventStream(url: string) {
  const controller = new AbortController();
  let text = "";
  const done = (async () => {
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: "text/event-stream" } });
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        text += decoder.decode(value, { stream: true });
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    }
  })();
  return {
    get text() {
      return text;
    },
    /** Resolves when the server closed the stream (it does after the closing state). */
    ended: done,
    async stop() {
      controller.abort();
      await done;
    },
  };
}

const PAD_KEYS = ["seq", "update", "language", "presence"];

/**
 * The code pad's events among the recorded ones, decoded for the sweep: per stream, the text the
 * pad ends with (its updates applied in order), every string ever inserted in order (typing
 * arrives a key at a time, and deleted text would not be in the end text), and each cursor; plus
 * every key of an event that is not pad content.
 */
export function padContent(recorded: Recorded[]): { decoded: Recorded[]; foreignKeys: string[]; events: number } {
  const decoded: Recorded[] = [];
  const foreignKeys: string[] = [];
  const streams = new Map<string, { doc: Y.Doc; inserted: string[] }>();
  let events = 0;
  for (const item of recorded) {
    if (!/^EventSource message .*\/pads\/\d+\/events/.test(item.source)) continue;
    events += 1;
    const message = JSON.parse(item.text) as Record<string, unknown>;
    foreignKeys.push(...Object.keys(message).filter((key) => !PAD_KEYS.includes(key)));
    const stream = streams.get(item.source) ?? { doc: new Y.Doc(), inserted: [] };
    streams.set(item.source, stream);
    if (typeof message.update === "string") {
      const bytes = new Uint8Array(Buffer.from(message.update, "base64"));
      for (const struct of Y.decodeUpdate(bytes).structs) {
        if (struct instanceof Y.Item && struct.content instanceof Y.ContentString) stream.inserted.push(struct.content.str);
      }
      Y.applyUpdate(stream.doc, bytes);
    }
    for (const cursor of Array.isArray(message.presence) ? (message.presence as string[]) : []) {
      decoded.push({ source: `${item.source} (cursor)`, text: Buffer.from(cursor, "base64").toString("utf8") });
    }
  }
  for (const [source, stream] of streams) {
    decoded.push({ source: `${source} (pad text)`, text: stream.doc.getText("code").toString() });
    decoded.push({ source: `${source} (everything inserted)`, text: stream.inserted.join("") });
  }
  return { decoded, foreignKeys, events };
}

/** The recorded items that contain any of the forbidden strings, for a readable failure. */
export function leaks(recorded: Recorded[], forbidden: string[]): Array<{ source: string; found: string }> {
  const out: Array<{ source: string; found: string }> = [];
  for (const item of recorded) {
    for (const secret of forbidden) if (item.text.includes(secret)) out.push({ source: item.source, found: secret });
  }
  return out;
}
