// Build, dev-server and test configuration: one file so the app and its tests resolve modules alike.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './src/build/contentSecurityPolicy.ts';
import { sharedViewerPlugin } from './src/build/sharedViewerBundle.ts';

/** Puts the CSP into the built page (the dev server needs inline scripts for hot reload, so only builds get it). */
function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The PDF's fonts (Noto, SIL Open Font License) ship as .ttf files their packages do not export: an alias names each
 * package's fonts folder, so that export/pdf/pdfFonts.ts imports them as assets, fetched only when a PDF is made.
 */
const fontsOf = (name: string) => resolve(dirname(createRequire(import.meta.url).resolve(name)), '../fonts');
const PDF_FONT_ALIASES = {
  'pdf-fonts/latin': fontsOf('@embedpdf/fonts-latin'),
  'pdf-fonts/hebrew': fontsOf('@embedpdf/fonts-hebrew'),
  'pdf-fonts/arabic': fontsOf('@embedpdf/fonts-arabic'),
};

export default defineConfig({
  resolve: { alias: PDF_FONT_ALIASES },
  plugins: [react(), contentSecurityPolicyPlugin(), sharedViewerPlugin()],
  // data/ is served as-is so the bundled datasets load through the same fetch-and-validate path as any other URL.
  publicDir: 'data',
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, headers: { 'Content-Security-Policy': contentSecurityPolicy() } },
  build: { target: 'es2022', sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
          // A timeout catches a hang, it does not judge speed: jsdom renders and property runs take several seconds
          // when other work shares the machine's two cores.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
