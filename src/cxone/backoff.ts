// Retry timing: exponential backoff with full jitter, and the server's Retry-After when it gives one.

/** Full jitter (AWS architecture blog): random() * min(max, base * 2^attempt), attempt from 0. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(Math.max(0, Math.min(1, random())) * ceiling);
}

/** Upper bound for a server-requested wait: we honour Retry-After, but not forever. */
export const RETRY_AFTER_CAP_MS = 120_000;

/**
 * `Retry-After` in milliseconds: delta-seconds (`"2"`, tolerated `"1.5"`) or an HTTP date
 * (`"Wed, 21 Oct 2015 07:28:00 GMT"`) relative to `nowMs`. Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.min(RETRY_AFTER_CAP_MS, Math.round(Number(text) * 1000));
  // An HTTP date names a weekday or month; bare numbers with signs etc. are not dates.
  if (!/[A-Za-z]/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(RETRY_AFTER_CAP_MS, Math.max(0, at - nowMs));
}
