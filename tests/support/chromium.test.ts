// The browser search: its order, what it passes over, and that the packaged Chromium is unpacked only when needed.
import { delimiter } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  browserCandidates,
  chooseBrowser,
  describeChoice,
  launchFailureReason,
  systemBrowserPaths,
  type BrowserCandidate,
  type LaunchProbe,
} from './chromium';

const PACKAGED = '/tmp/chromium';

/** A launch probe over a fake machine: the paths that start, with their versions; anything else fails to start. */
function fakeLaunches(working: Record<string, string>): LaunchProbe & { tried: string[] } {
  const tried: string[] = [];
  const probe = async (path: string) => {
    tried.push(path);
    const version = working[path];
    if (version === undefined) throw new Error(`spawn ${path} EACCES\n  at launch`);
    return { version };
  };
  return Object.assign(probe, { tried });
}

const candidate = (origin: string, path: string): BrowserCandidate => ({ origin, path: () => path });

describe('chooseBrowser', () => {
  it('takes the first candidate that launches', async () => {
    const launches = fakeLaunches({ '/a': '150.0', '/b': '156.0' });
    const choice = await chooseBrowser([candidate('first', '/a'), candidate('second', '/b')], launches);
    expect(choice).toEqual({ origin: 'first', path: '/a', version: '150.0', passedOver: [] });
    expect(launches.tried).toEqual(['/a']);
  });

  it('passes over a candidate that is present but does not start, saying why in one line', async () => {
    const launches = fakeLaunches({ '/b': '156.0' });
    const choice = await chooseBrowser([candidate('first', '/a'), candidate('second', '/b')], launches);
    expect(choice.origin).toBe('second');
    expect(choice.passedOver).toEqual([{ origin: 'first', path: '/a', reason: 'spawn /a EACCES' }]);
    expect(describeChoice(choice)).toBe(
      'browser: Chromium 156.0 at /b (second); passed over: first /a (spawn /a EACCES)',
    );
  });

  it('passes over a candidate whose path cannot be resolved', async () => {
    const broken: BrowserCandidate = {
      origin: 'packaged',
      path: async () => {
        throw new Error('The input directory "/x/bin" does not exist.');
      },
    };
    const choice = await chooseBrowser([broken, candidate('system', '/b')], fakeLaunches({ '/b': '1' }));
    expect(choice.passedOver).toEqual([
      { origin: 'packaged', path: null, reason: 'The input directory "/x/bin" does not exist.' },
    ]);
  });

  it('fails with every reason and what to do when nothing launches', async () => {
    await expect(chooseBrowser([candidate('CHROME_PATH', '/a')], fakeLaunches({}))).rejects.toThrow(
      /No Chromium launches here\. Tried, in order: CHROME_PATH \(\/a\): spawn \/a EACCES\. Set CHROME_PATH/,
    );
  });
});

describe('browserCandidates', () => {
  const exists = (paths: string[]) => (path: string) => paths.includes(path);
  const order = async (candidates: BrowserCandidate[]) =>
    Promise.all(candidates.map(async (entry) => `${entry.origin}:${await entry.path()}`));
  const packaged = async () => PACKAGED;

  it('searches CHROME_PATH, then the system browsers in PATH order, then the packaged Chromium', async () => {
    const env = { CHROME_PATH: '/opt/chrome/chrome', PATH: ['/usr/local/bin', '/usr/bin'].join(delimiter) };
    const candidates = browserCandidates(
      env,
      exists(['/usr/bin/chromium', '/usr/local/bin/google-chrome', '/usr/bin/google-chrome']),
      packaged,
    );
    expect(await order(candidates)).toEqual([
      'CHROME_PATH:/opt/chrome/chrome',
      'system:/usr/local/bin/google-chrome',
      'system:/usr/bin/chromium',
      'system:/usr/bin/google-chrome',
      `@sparticuz/chromium:${PACKAGED}`,
    ]);
  });

  it('without CHROME_PATH or a system browser, offers only the packaged Chromium', async () => {
    expect(await order(browserCandidates({ PATH: '/usr/bin' }, exists([]), packaged))).toEqual([
      `@sparticuz/chromium:${PACKAGED}`,
    ]);
  });

  it('E2E_NO_SYSTEM_BROWSER leaves the system browsers out, as on a machine without one', async () => {
    const candidates = browserCandidates(
      { PATH: '/usr/bin', E2E_NO_SYSTEM_BROWSER: '1', CHROME_PATH: '' },
      exists(['/usr/bin/chromium']),
      packaged,
    );
    expect(await order(candidates)).toEqual([`@sparticuz/chromium:${PACKAGED}`]);
  });

  it('unpacks the packaged Chromium only when every earlier candidate failed', async () => {
    const unpack = vi.fn(packaged);
    const candidates = browserCandidates({ PATH: '/usr/bin' }, exists(['/usr/bin/chromium']), unpack);
    const choice = await chooseBrowser(candidates, fakeLaunches({ '/usr/bin/chromium': '156.0' }));
    expect(choice.path).toBe('/usr/bin/chromium');
    expect(unpack).not.toHaveBeenCalled();

    const fallback = await chooseBrowser(candidates, fakeLaunches({ [PACKAGED]: '153.0' }));
    expect(fallback.origin).toBe('@sparticuz/chromium');
    expect(unpack).toHaveBeenCalledOnce();
  });
});

describe('systemBrowserPaths', () => {
  it('lists each path once, skipping empty PATH entries', () => {
    const found = systemBrowserPaths(
      ['', '/usr/bin', '/usr/bin'].join(delimiter),
      (path) => path === '/usr/bin/chromium',
    );
    expect(found).toEqual(['/usr/bin/chromium']);
  });
});

describe('launchFailureReason', () => {
  it("keeps Playwright's first line, how the browser exited and its last words, not the command line", () => {
    const message = [
      'browserType.launch: Target page, context or browser has been closed',
      'Browser logs:',
      '',
      '<launching> /tmp/broken --disable-field-trial-config --no-sandbox',
      '<launched> pid=13259',
      '[pid=13259][err] first complaint',
      '[pid=13259][err] broken chromium',
      'Call log:',
      '  - [pid=13259] <process did exit: exitCode=1, signal=null>',
    ].join('\n');
    expect(launchFailureReason(message)).toBe(
      'Target page, context or browser has been closed; browser exit code 1; stderr: broken chromium',
    );
  });

  it('says when the browser was killed, and leaves a plain message as it is', () => {
    expect(launchFailureReason('x\n<process did exit: exitCode=null, signal=SIGSEGV>')).toBe(
      'x; browser killed by SIGSEGV',
    );
    expect(
      launchFailureReason("browserType.launch: Failed to launch chromium because executable doesn't exist at /a"),
    ).toBe("Failed to launch chromium because executable doesn't exist at /a");
  });
});
