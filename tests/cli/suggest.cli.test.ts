// The suggest command's contract: a JSON array of suggestions on stdout, notices and errors on stderr naming the file
// and the reason, exit 0 / 1 (invalid dataset) / 2 (unreadable file, misuse).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.join(import.meta.dirname, '../..');
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/suggest.ts', ...args],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

let folder: string;
const file = (name: string) => path.join(folder, name);
const DATASET = 'tests/fixtures/valid/minimal/dataset.json';

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'suggest-cli-'));
  const empty = { formatVersion: 1, id: 'empty', title: 'Empty', documents: [], actors: [], relations: [] };
  await writeFile(file('empty.json'), JSON.stringify(empty));
  await writeFile(
    file('article.txt'),
    'French troops attacked Malian rebels on 4 March 2024. Germany condemned Russia.\n',
  );
  await writeFile(
    file('page.html'),
    `<!doctype html><html><head><title>Strikes</title></head><body><nav>Menu</nav><article><h1>Strikes</h1>${'<p>Israel was attacked by Iran on Sunday, officials said. The attack followed weeks of warnings from both sides, and the region braced for more.</p>'.repeat(4)}</article></body></html>`,
  );
  await writeFile(file('blank.txt'), '   \n');
  await writeFile(file('binary.txt'), new Uint8Array([72, 0, 1, 2]));
  await writeFile(file('broken.json'), '{"formatVersion": 1,');
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('npm run suggest', { timeout: 60_000 }, () => {
  it('prints the suggestions as a JSON array, finding the actors in the text with an empty dataset', async () => {
    const { code, stdout } = await run('--dataset', file('empty.json'), file('article.txt'));
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as Record<string, unknown>[];
    expect(printed).toEqual([
      {
        type: 'strikes',
        plover: 'ASSAULT',
        source: { name: 'France', mention: 'French' },
        target: { name: 'Mali', mention: 'Malian' },
        quote: 'French troops attacked Malian rebels on 4 March 2024.',
        certainty: 'certain',
        negated: false,
        date: '2024-03-04',
        cues: ['troops', 'attacked'],
      },
      {
        type: 'accuses',
        plover: 'ACCUSE',
        source: { name: 'Germany', mention: 'Germany' },
        target: { name: 'Russia', mention: 'Russia' },
        quote: 'Germany condemned Russia.',
        certainty: 'certain',
        negated: false,
        cues: ['condemned'],
      },
    ]);
  });

  it('reads a saved page through Readability, and gives ids of the dataset’s actors', async () => {
    const { code, stdout } = await run(`--dataset=${DATASET}`, file('page.html'));
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as {
      type: string;
      source: { name: string };
      prefix?: string;
      suffix?: string;
    }[];
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.every((suggestion) => suggestion.type === 'strikes')).toBe(true);
    // The sentence recurs four times: each suggestion picks its own with a prefix or suffix.
    expect(printed.slice(1).every((suggestion) => (suggestion.prefix ?? suggestion.suffix) !== undefined)).toBe(true);
  });

  it('refuses an empty or binary article with the file and the reason, exit 2', async () => {
    const [blank, binary] = await Promise.all([
      run('--dataset', file('empty.json'), file('blank.txt')),
      run('--dataset', file('empty.json'), file('binary.txt')),
    ]);
    expect(blank).toMatchObject({ code: 2, stdout: '' });
    expect(blank.stderr).toContain('blank.txt');
    expect(binary.code).toBe(2);
    expect(binary.stderr).toMatch(/binary\.txt.*byte 1/u);
  });

  it('refuses a missing file, an invalid dataset and a misuse, with exit 2, 1 and 2', async () => {
    const [missing, broken, usage] = await Promise.all([
      run('--dataset', file('empty.json'), file('nowhere.txt')),
      run('--dataset', file('broken.json'), file('article.txt')),
      run(file('article.txt')),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere\.txt: cannot be read: .*ENOENT/u);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('broken.json: not a valid dataset');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--dataset needs a file');
    expect(usage.stderr).toContain('usage: npm run suggest');
  });
});
