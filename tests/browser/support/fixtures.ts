import { type Page, test as base, expect } from '@playwright/test';

/**
 * Every browser test fails on a console error, an uncaught exception, or a
 * request to any host but the local server: the app must work with no network.
 */
export interface Watch {
  readonly consoleErrors: string[];
  readonly foreignRequests: string[];
  readonly requests: string[];
  /** Declares a console error this test provokes on purpose (a 404 it asks for). */
  expectConsole(pattern: RegExp): void;
}

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:|file:|about:)/;

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page }, use) => {
      const expected: RegExp[] = [];
      const watch: Watch = { consoleErrors: [], foreignRequests: [], requests: [], expectConsole: (p) => { expected.push(p); } };
      page.on('console', (msg) => {
        if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => watch.consoleErrors.push(`pageerror: ${err.message}`));
      page.on('request', (req) => {
        watch.requests.push(req.url());
        if (!LOCAL.test(req.url())) watch.foreignRequests.push(req.url());
      });
      await use(watch);
      expect(watch.consoleErrors.filter((m) => !expected.some((p) => p.test(m))), 'console errors').toEqual([]);
      expect(watch.foreignRequests, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function waitForReady(page: Page): Promise<void> {
  // Generous: software WebGL on a busy 2-core machine can take many seconds to compile shaders.
  await expect(page.locator('html')).toHaveAttribute('data-state', /ready|error/, { timeout: 45_000 });
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
}
