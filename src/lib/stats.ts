// Small descriptive statistics shared by calibration and the debrief. Pure.

export function mean(values: readonly number[]): number | null {
  if (!values.length) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Population standard deviation: the spread of the ratings we have, not an estimate of a wider population. */
export function stdDev(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null) return null;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / values.length);
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** max − min; 0 for one value, null for none. */
export function range(values: readonly number[]): number | null {
  if (!values.length) return null;
  return Math.max(...values) - Math.min(...values);
}
