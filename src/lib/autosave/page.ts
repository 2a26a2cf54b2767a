// What ties autosave engines to the browser page: network state and page lifecycle events.
/** True unless the browser knows it has no network; savers then wait for `online` instead of trying. */
export const browserOnline = () => typeof navigator === "undefined" || navigator.onLine !== false;

type OnPage = { flush(): Promise<void>; flushOnExit(): void; retryNow(): void };

/** Ties engines to the page: save on tab hide, last chance on page hide, resend when back online. */
export function watchPage(engines: readonly OnPage[]): () => void {
  const onHide = () => engines.forEach((engine) => engine.flushOnExit());
  const onHidden = () => document.visibilityState === "hidden" && engines.forEach((engine) => void engine.flush());
  const onOnline = () => engines.forEach((engine) => engine.retryNow());
  window.addEventListener("pagehide", onHide);
  window.addEventListener("online", onOnline);
  document.addEventListener("visibilitychange", onHidden);
  return () => {
    window.removeEventListener("pagehide", onHide);
    window.removeEventListener("online", onOnline);
    document.removeEventListener("visibilitychange", onHidden);
  };
}
