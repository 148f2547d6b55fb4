// End-to-end setup: picks the browser once for the run, builds the app with Vite into a temporary folder, serves it locally.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { describeChoice, findBrowser } from '../support/chromium';
import { startStaticServer } from '../support/staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The Chromium every test file launches, chosen once per run. */
    chromePath: string;
  }
}

const projectRoot = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
  const choice = await findBrowser();
  console.log(describeChoice(choice));
  project.provide('chromePath', choice.path);
  const outDir = await mkdtemp(join(tmpdir(), 'explorer-e2e-'));
  await build({
    root: projectRoot,
    configFile: join(projectRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  const { server, url } = await startStaticServer([
    { prefix: '/__fixtures/', dir: join(projectRoot, 'tests/fixtures/e2e') },
    { prefix: '/', dir: outDir },
  ]);
  project.provide('baseUrl', url);
  return async () => {
    await new Promise((done) => server.close(done));
    await rm(outDir, { recursive: true, force: true });
  };
}
