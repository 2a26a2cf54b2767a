// Dates and durations for display. Fixed locale and UTC so the server's HTML and the browser's
// hydration agree, whatever the machine's time zone.
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export const formatDate = (value: string | Date) => DATE.format(new Date(value));
export const formatDateTime = (value: string | Date) => `${DATE_TIME.format(new Date(value))} UTC`;

/** "3 h 20 min", "2 d 4 h", "45 min"; "—" for none. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
