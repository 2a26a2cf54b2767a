// The viewer's time zone: an IANA name ("Europe/Berlin") kept in the user's profile and passed to
// every date and time format (src/lib/format.ts). Isomorphic: the server renders pages in it and
// the browser detects it. A name this runtime does not know is never used, only refused.
// No zod here: every signed-in page's browser code imports this file (the time zone detector), and
// zod would add 30 KB gzip to each; the schema is in time-zone-schema.ts, for the server's inputs.

export const DEFAULT_TIME_ZONE = "UTC";

/** Whether this runtime's Intl knows the zone (the formatters would throw a RangeError otherwise). */
export function isTimeZone(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone to show dates in: the stored one when usable, else UTC. */
export const usableTimeZone = (name: string | null | undefined): string => (name && isTimeZone(name) ? name : DEFAULT_TIME_ZONE);

/** Every zone this runtime knows, by name, UTC first: the Account page's choices. */
export function timeZoneNames(): string[] {
  const names = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [DEFAULT_TIME_ZONE, ...names.filter((name) => name !== DEFAULT_TIME_ZONE)];
}

/** The browser's own zone (in the browser), or null when it has none usable. */
export function detectedTimeZone(): string | null {
  const name = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return name && isTimeZone(name) ? name : null;
}
