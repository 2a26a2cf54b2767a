// A <input type="datetime-local"> value ("2027-03-05T14:00") is a wall-clock time with no zone.
// The session forms read it in the viewer's zone (the profile's, as every date on the pages is
// shown: docs/decisions/time-zones.md) and send an ISO 8601 instant WITH that zone's offset at
// that moment, which is what the API insists on. Isomorphic: the server render prefills the
// edit form exactly as the browser hydrates it.

const two = (n: number) => String(n).padStart(2, "0");
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

/** Minutes east of UTC of `timeZone` at the instant `at`. */
function offsetMinutes(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(new Date(at));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((wall - Math.floor(at / 1000) * 1000) / 60_000);
}

/**
 * "2027-03-05T14:00" in `timeZone` → "2027-03-05T14:00:00+01:00"; "" → undefined; anything else
 * is passed on for the server's schema to refuse with a field error.
 */
export function zonedInputToIso(value: string, timeZone: string): string | undefined {
  const match = WALL_CLOCK.exec(value);
  if (!match) return value ? value : undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // The offset at the wall time read as UTC, corrected once: right on both sides of a DST change.
  const guess = offsetMinutes(wall, timeZone);
  const offset = offsetMinutes(wall - guess * 60_000, timeZone);
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${value.slice(0, 16)}:00${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** An instant → the datetime-local value that shows it in `timeZone` ("" for none). */
export function isoToZonedInput(at: Date | string | null | undefined, timeZone: string): string {
  if (!at) return "";
  const ms = new Date(at).getTime();
  return new Date(ms + offsetMinutes(ms, timeZone) * 60_000).toISOString().slice(0, 16);
}
