// The bench's order statistics over measured values (what tinybench gives for the engine rows, for the page cases whose
// samples come from traces and page loads): median and nearest-rank p90.

export const sorted = (values) => [...values].sort((a, b) => a - b);

/** Median (mean of the middle two for an even count). */
export function median(values) {
  const s = sorted(values);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank p90. */
export const p90 = (values) => sorted(values)[Math.max(0, Math.ceil(0.9 * values.length) - 1)];
