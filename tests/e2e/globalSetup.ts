// End-to-end setup: builds the app once with Vite into a temporary folder and serves it on a free localhost port.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { startStaticServer } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const projectRoot = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
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
