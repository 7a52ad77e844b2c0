// Ports of the test servers: STANCEMAP_TEST_PORT (default 4173) serves the app,
// the next port the pages that embed it, so two test runs can share a machine.
export const APP_PORT = Number(process.env.STANCEMAP_TEST_PORT ?? 4173);
export const HOST_PORT = APP_PORT + 1;
export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
/** The host server under another name: another origin for the same pages. */
export const OTHER_ORIGIN = `http://localhost:${HOST_PORT}`;
