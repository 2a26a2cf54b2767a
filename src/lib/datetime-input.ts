// A <input type="datetime-local"> value ("2027-03-05T14:00") is a wall-clock time with no zone.
// The browser reads it in its own zone; these turn it into an ISO 8601 instant WITH that offset,
// which is what the API insists on. Isomorphic (the zone is the runtime's own).

const two = (n: number) => String(n).padStart(2, "0");

/** "2027-03-05T14:00" in this runtime's zone → "2027-03-05T14:00:00+01:00"; "" → undefined. */
export function localInputToIso(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return value ? value : undefined;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  const offset = -at.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${value.slice(0, 16)}:00${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
