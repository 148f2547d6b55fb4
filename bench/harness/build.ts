// Builds the production explorer and the two bare Cytoscape pages with Vite's JS API, and sizes the explorer's initial JavaScript.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  initial: boolean;
}

export interface BundleReport {
  initialGzipBytes: number;
  chunks: ChunkSize[];
}

/** `minify: false` keeps function names readable in CPU profiles (npm run bench:profile). */
export async function buildPages(
  projectRoot: string,
  outRoot: string,
  options: { minify?: boolean } = {},
): Promise<{ appDir: string; bareDir: string }> {
  const appDir = join(outRoot, 'app');
  const bareDir = join(outRoot, 'bare');
  const minify = options.minify ?? true;
  await build({
    root: projectRoot,
    configFile: join(projectRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: appDir, emptyOutDir: true, sourcemap: false, minify },
  });
  await build({
    root: join(projectRoot, 'bench/bare'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: bareDir,
      emptyOutDir: true,
      target: 'es2022',
      minify,
      // Cytoscape alone is over Vite's chunk-size warning, which says nothing about a benchmark page.
      chunkSizeWarningLimit: 2_000,
      // index.html: Cytoscape's default style; styled.html: the explorer's elements and stylesheet.
      rollupOptions: {
        input: {
          index: join(projectRoot, 'bench/bare/index.html'),
          styled: join(projectRoot, 'bench/bare/styled.html'),
        },
      },
    },
  });
  return { appDir, bareDir };
}

/** Initial JavaScript = the entry script and the chunks index.html preloads; everything else loads on demand. */
export async function bundleReport(appDir: string): Promise<BundleReport> {
  const html = await readFile(join(appDir, 'index.html'), 'utf8');
  const initialFiles = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]));
  const files = (await readdir(join(appDir, 'assets'))).filter((file) => file.endsWith('.js'));
  const chunks: ChunkSize[] = [];
  for (const file of files) {
    const content = await readFile(join(appDir, 'assets', file));
    chunks.push({
      file: `assets/${file}`,
      bytes: content.length,
      gzipBytes: gzipSync(content, { level: 9 }).length,
      initial: initialFiles.has(`assets/${file}`),
    });
  }
  chunks.sort((a, b) => b.bytes - a.bytes);
  return {
    initialGzipBytes: chunks.filter((chunk) => chunk.initial).reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    chunks,
  };
}
