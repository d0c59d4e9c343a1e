// Get, or compute and keep: the one shape of the product's caches (per document object in a
// WeakMap, per pattern text in a Map). Values are never `undefined`, so a miss is `undefined`.

interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value kept under `key`; computed by `compute` and kept on first use. */
export function memo<K, V>(cache: Cache<K, V>, key: K, compute: (key: K) => V): V {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute(key);
  cache.set(key, value);
  return value;
}

/**
 * `memo` for a cache keyed by text from the documents (patterns): emptied whole once it holds
 * `max` entries, so a run over endless distinct patterns stays bounded in memory.
 */
export function boundedMemo<K, V>(cache: Map<K, V>, key: K, max: number, compute: (key: K) => V): V {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute(key);
  if (cache.size >= max) cache.clear();
  cache.set(key, value);
  return value;
}
