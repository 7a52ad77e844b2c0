/**
 * A promise made when first asked for, then kept for every later ask; a
 * failed one is forgotten, so the next ask tries again (a basemap download
 * that failed, a dialog's module that did not load).
 */
export function onDemand<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    if (!made) {
      const p = make();
      made = p;
      p.catch(() => { if (made === p) made = undefined; });
    }
    return made;
  };
}
