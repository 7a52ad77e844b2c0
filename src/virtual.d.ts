/** The MapLibre worker's URL: a built asset, or a Blob URL in the single-file build (vite.config.ts). */
declare module 'virtual:maplibre-worker-url' {
  const url: string;
  export default url;
}

/** The story-validation worker: a separate file, or inlined in the single-file build (vite.config.ts). */
declare module 'virtual:validation-worker' {
  const ValidationWorker: new (options?: { name?: string }) => Worker;
  export default ValidationWorker;
}

/** The story studio (?mode=edit), or in the single-file build a stand-in that says it is not there (vite.config.ts). */
declare module 'virtual:studio' {
  export function startStudio(): Promise<void>;
}

/** The studio's gazetteer worker: a separate file, or inlined in the single-file build (vite.config.ts). */
declare module 'virtual:gazetteer-worker' {
  const GazetteerWorker: new (options?: { name?: string }) => Worker;
  export default GazetteerWorker;
}

/** Natural Earth 1:110m and 1:50m as the app ships them (vite.config.ts, src/core/basemapCompact.ts). */
declare module 'virtual:basemap' {
  export const coarseUrl: string;
  export const fineUrl: string;
}

/** The studio's draft worker (suggestions from the text): a separate file, or inlined in the single-file build (vite.config.ts). */
declare module 'virtual:draft-worker' {
  const DraftWorker: new (options?: { name?: string }) => Worker;
  export default DraftWorker;
}
