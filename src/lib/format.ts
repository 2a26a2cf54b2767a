// How values are shown, on the server and in the browser alike: one function per kind of value.
//
// Dates are assembled here from numeric parts and a fixed month table rather than taken whole from
// a locale pattern. Node renders the server HTML with its own ICU, the browser hydrates with its
// own, and locale data differs between versions ("Sep" / "Sept", ", " / " at ", "GMT+2" / "CEST"),
// which would be a hydration mismatch. Numeric parts of a time zone's wall clock do not vary.

/** An instant: a Date, an ISO string (as it arrives in JSON) or epoch milliseconds. */
export type Instant = Date | string | number;

/**
 * An IANA time zone name; dates are shown in UTC unless a caller passes the viewer's zone (an
 * unknown name throws a RangeError, as Intl does). A time shows its zone as an offset ("UTC+2");
 * `zoneName` shows the zone's name instead ("Europe/Berlin"), where the reader must know which
 * zone is meant (a scheduled time, a printout).
 */
export type InZone = { timeZone?: string; zoneName?: boolean };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"] as const;

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number; offsetMinutes: number };

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partFormats.get(timeZone);
  if (!format) {
    // h23: some engines print midnight as "24" with hour12: false.
    const options = { timeZone, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", hourCycle: "h23" } as const;
    format = new Intl.DateTimeFormat("en-US", options);
    partFormats.set(timeZone, format);
  }
  return format;
}

function toDate(at: Instant): Date {
  return at instanceof Date ? at : new Date(at);
}

/** The wall clock in `timeZone` at `at`, and that zone's offset from UTC then. */
function wallClock(at: Instant, timeZone = "UTC"): WallClock {
  const date = toDate(at);
  const parts: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(date)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const clock = { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  const offsetMinutes = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  return { ...clock, offsetMinutes };
}

/**
 * The instants at which the day holding `at` begins and ends in `timeZone` (midnight to midnight
 * on that zone's wall clock, so 23 or 25 hours on a daylight-saving change). Lives beside the
 * wall clock it is computed from; the home page's "today" is this.
 */
export function dayBoundsIn(at: Instant, timeZone = "UTC"): { start: Date; end: Date } {
  const midnight = (c: WallClock) => {
    const guess = Date.UTC(c.year, c.month - 1, c.day) - c.offsetMinutes * 60_000;
    // The offset at midnight may differ from the one at `at` (a change during the day): once more.
    return new Date(Date.UTC(c.year, c.month - 1, c.day) - wallClock(guess, timeZone).offsetMinutes * 60_000);
  };
  const start = midnight(wallClock(at, timeZone));
  const end = midnight(wallClock(start.getTime() + 36 * 3_600_000, timeZone));
  return { start, end };
}

const two = (n: number) => String(n).padStart(2, "0");

const dayText = (c: WallClock) => `${c.day} ${MONTHS[c.month - 1]} ${c.year}`;

/** "UTC", "UTC+2", "UTC−5:30": computed, so it reads the same in every runtime. */
function zoneText(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "UTC";
  const sign = offsetMinutes > 0 ? "+" : "−";
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `UTC${sign}${hours}${minutes ? `:${two(minutes)}` : ""}`;
}

/**
 * A calendar day: "5 Mar 2026". Practice counts days in UTC (due dates, streaks, the chart), so a
 * day is never moved into another zone; `day` is "2026-03-05" or any instant within that UTC day.
 */
export function formatDay(day: Instant): string {
  return dayText(wallClock(day));
}

/** The date on which an instant fell, in `timeZone`: "5 Mar 2026". */
export function formatDate(at: Instant, { timeZone }: InZone = {}): string {
  return dayText(wallClock(at, timeZone));
}

const zoneOf = (c: WallClock, { timeZone, zoneName }: InZone) => (zoneName && timeZone ? timeZone : zoneText(c.offsetMinutes));

/** An instant to the minute, with its zone: "5 Mar 2026, 09:07 UTC" ("… 11:07 Europe/Berlin" with `zoneName`). */
export function formatDateTime(at: Instant, zone: InZone = {}): string {
  const c = wallClock(at, zone.timeZone);
  return `${dayText(c)}, ${two(c.hour)}:${two(c.minute)} ${zoneOf(c, zone)}`;
}

/** A time of day with its zone: "14:00 Europe/Berlin" with `zoneName`, "14:00 UTC+1" without. */
export function formatTime(at: Instant, zone: InZone = {}): string {
  const c = wallClock(at, zone.timeZone);
  return `${two(c.hour)}:${two(c.minute)} ${zoneOf(c, zone)}`;
}

/** An instant to the second, where the order of events matters (the audit log): "5 Mar 2026, 09:07:03 UTC". */
export function formatTimestamp(at: Instant, zone: InZone = {}): string {
  const c = wallClock(at, zone.timeZone);
  return `${dayText(c)}, ${two(c.hour)}:${two(c.minute)}:${two(c.second)} ${zoneOf(c, zone)}`;
}

/** A running clock, in minutes and seconds however long it runs: "4:05", "60:00". Never negative. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${two(total % 60)}`;
}

/**
 * How long something took, in its two largest units: "45 s", "4 min 5 s", "3 h 20 min", "2 d 4 h";
 * a zero second unit is left out ("10 min"). Up to 48 hours reads better in hours. "—" for none.
 */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  const seconds = Math.max(0, Math.round(ms / 1000));
  const pair = (a: number, unitA: string, b: number, unitB: string) => (b ? `${a} ${unitA} ${b} ${unitB}` : `${a} ${unitA}`);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return pair(Math.floor(seconds / 60), "min", seconds % 60, "s");
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return pair(hours, "h", minutes % 60, "min");
  return pair(Math.floor(hours / 24), "d", hours % 24, "h");
}

/** A figure with fixed decimals (averages, spreads): "2.5"; "—" when there is nothing to show. */
export function formatNumber(value: number | null, digits = 1): string {
  return value === null ? "—" : value.toFixed(digits);
}
