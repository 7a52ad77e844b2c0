import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * STANCEMAP_CHROMIUM names the browser binary (default Debian's /usr/bin/chromium).
 * Set it to "playwright" to use the browsers `npx playwright install` downloads.
 */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(): string | undefined {
  const env = process.env.STANCEMAP_CHROMIUM;
  if (env === 'playwright') return undefined;
  return env && env !== '' ? env : DEFAULT_CHROMIUM;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function browserLaunchOptions(extraArgs: readonly string[] = []): LaunchOptions {
  const executablePath = chromiumPath();
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS, ...extraArgs],
  };
}

export function browserMissingMessage(): string | undefined {
  const path = chromiumPath();
  if (path === undefined || existsSync(path)) return undefined;
  return [
    `No Chromium at ${path}.`,
    'Install one of:',
    '  Debian/Ubuntu:  sudo apt-get install chromium        (then /usr/bin/chromium is used)',
    '  any browser:    STANCEMAP_CHROMIUM=/path/to/chrome npm test',
    "  Playwright's:   npx playwright install chromium && STANCEMAP_CHROMIUM=playwright npm test",
  ].join('\n');
}
