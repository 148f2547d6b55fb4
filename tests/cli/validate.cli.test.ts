// The validate command's contract: one line per problem, a summary, exit 0 / 1 / 2.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strToU8, zipSync } from 'fflate';

const root = path.join(import.meta.dirname, '../..');
const run = async (...files: string[]) => {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/validate.ts', ...files],
      { cwd: root },
    );
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
};

describe('npm run validate', () => {
  it('exits 0 on a valid dataset and says what it checked', async () => {
    const { code, stdout } = await run('tests/fixtures/valid/minimal/dataset.json');
    expect(code).toBe(0);
    expect(stdout).toContain('valid — 5 actors, 5 relations, 5 quotes found in 2 documents');
    expect(stdout).toContain('1 file checked: 0 errors, 0 warnings');
  });

  it('exits 1 with file:line:col, pointer and message per problem', async () => {
    const { code, stdout } = await run('tests/fixtures/invalid/quote-not-found.json');
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^tests\/fixtures\/invalid\/quote-not-found\.json:\d+:\d+ {2}\/relations\/1\/evidence\/0\/quote {2}quote not found in document "note"$/m,
    );
    expect(stdout).toContain('hint: closest passage');
    expect(stdout).toContain('1 file checked: 1 error, 0 warnings');
  });

  it('prints hedge warnings with file:line:col and the evidence’s pointer, and still exits 0', async () => {
    const { code, stdout } = await run('tests/fixtures/warnings/unmarked-hedge.json');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^tests\/fixtures\/warnings\/unmarked-hedge\.json:28:20 {2}\/relations\/0\/evidence\/0 {2}warning: quote reports a belief \("is expected to"\)/m,
    );
    expect(stdout).toContain('hint: set "certainty": "probable"');
    expect(stdout).toContain('1 file checked: 0 errors, 2 warnings');
  });

  it('validates a dataset archive (.zip) with its texts, and names the entry of a hostile one', async () => {
    const scratch = await mkdtemp(path.join(tmpdir(), 'validate-zip-'));
    try {
      const minimal = path.join(root, 'tests/fixtures/valid/minimal');
      const dataset = await readFile(path.join(minimal, 'dataset.json'));
      const wire = await readFile(path.join(minimal, 'sources/wire.txt'));
      const valid = path.join(scratch, 'minimal.zip');
      const hostile = path.join(scratch, 'hostile.zip');
      await writeFile(valid, zipSync({ 'dataset.json': dataset, 'sources/wire.txt': wire }));
      await writeFile(hostile, zipSync({ 'dataset.json': dataset, '../../escape.txt': strToU8('x') }));
      const { code, stdout } = await run(valid, hostile);
      expect(code).toBe(1);
      expect(stdout).toContain(`${valid}: valid — 5 actors, 5 relations, 5 quotes found in 2 documents`);
      expect(stdout).toContain(
        `${hostile}:1:1  (root)  the archive holds “../../escape.txt”, a path that leaves its folder; nothing was unpacked`,
      );
      expect(stdout).toContain('2 files checked: 1 error, 0 warnings');
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('exits 2 when a file cannot be read', async () => {
    const { code, stdout } = await run('tests/fixtures/valid/minimal/dataset.json', 'no/such/dataset.json');
    expect(code).toBe(2);
    expect(stdout).toContain('no/such/dataset.json  cannot be read');
  });
}, 30_000);
