// Records everything a candidate's browser context receives, for the leak sweep of the live
// session test: every response body, every server-sent event (through a wrapped EventSource,
// since Playwright cannot read a streaming body), the raw event stream fetched directly, and
// every JavaScript file the page loaded.
import type { BrowserContext, Page } from "@playwright/test";

export type Recorded = { source: string; text: string };

declare global {
  interface Window {
    __events?: Array<{ data: string; at: number }>;
  }
}

/** Installs the recording on a context before any page of it loads. */
export async function recordCandidate(context: BrowserContext) {
  const recorded: Recorded[] = [];
  const pending: Array<Promise<void>> = [];
  const scripts = new Set<string>();

  await context.addInitScript(() => {
    window.__events = [];
    const Native = window.EventSource;
    window.EventSource = class extends Native {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        this.addEventListener("message", (event) => window.__events!.push({ data: (event as MessageEvent<string>).data, at: Date.now() }));
      }
    };
  });

  context.on("response", (response) => {
    const type = response.headers()["content-type"] ?? "";
    const url = response.url();
    if (type.includes("javascript") || url.endsWith(".js")) scripts.add(url);
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
      for (const event of events) recorded.push({ source: "EventSource message", text: event.data });
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

/** The recorded items that contain any of the forbidden strings, for a readable failure. */
export function leaks(recorded: Recorded[], forbidden: string[]): Array<{ source: string; found: string }> {
  const out: Array<{ source: string; found: string }> = [];
  for (const item of recorded) {
    for (const secret of forbidden) if (item.text.includes(secret)) out.push({ source: item.source, found: secret });
  }
  return out;
}
