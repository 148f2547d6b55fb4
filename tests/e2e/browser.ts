// Launches the Chromium chosen for this run (tests/support/chromium.ts, in globalSetup); pages are opened by the driver.
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../support/chromium';

export function launchBrowser(): Promise<Browser> {
  return launchChromium(inject('chromePath'));
}
