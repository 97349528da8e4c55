// Asks the search API, one request at a time: a newer question aborts the older one, so a slow answer never
// overwrites a fresh one.

export function createSearchClient(path) {
  let controller = null;
  let lastQuery = null;

  return {
    /** Resolves with the answer, or with null when a newer request replaced this one or nothing changed. */
    async search(query, { force = false } = {}) {
      if (!force && query === lastQuery) return null;
      lastQuery = query;
      controller?.abort();
      controller = new AbortController();
      try {
        const response = await fetch(`${path}?${query}`, { signal: controller.signal, headers: { Accept: 'application/json' } });
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return await response.json();
      } catch (error) {
        if (error.name === 'AbortError') return null;
        lastQuery = null;
        throw error;
      }
    },
  };
}
