/**
 * A pure function of a string, remembered: hot paths ask for the same few hundred keys (resource
 * types, property paths) thousands of times. At most `limit` keys are kept, so an input with
 * endless distinct keys cannot grow the cache without bound; past it, values are computed afresh.
 */
export function memoizeBounded<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    const cached = cache.get(key);
    if (cached !== undefined || cache.has(key)) return cached as V;
    const value = compute(key);
    if (cache.size < limit) cache.set(key, value);
    return value;
  };
}
