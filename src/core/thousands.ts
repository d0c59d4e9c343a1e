// A count with thousands separators, as `toLocaleString('en-US')` writes it, without ICU: the first
// Intl call loads locale data (about 20 ms), and rule docs built at start-up would pay it on every run.

/** 262144 → "262,144"; non-integers and non-finite numbers as String() writes them. */
export function thousands(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3)
    out = digits.slice(Math.max(0, end - 3), end) + (out ? ',' + out : '');
  return (n < 0 ? '-' : '') + out;
}
