// Build-time: the shared view's viewer (src/viewer/main.ts) built as one self-contained script and one stylesheet, and
// served to the app as the module `virtual:shared-viewer` (their text and the CSP that allows them by hash). The app
// imports that module only when the user exports an interactive HTML file, so none of it is in the first load.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';
import { sharedViewContentSecurityPolicy } from './contentSecurityPolicy.ts';

const VIRTUAL_ID = 'virtual:shared-viewer';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Refuses text that would end its inline element early: the viewer is inlined verbatim so that its hash holds. */
function inlineable(text: string, element: 'script' | 'style'): string {
  if (new RegExp(`</${element}|<!--`, 'i').test(text))
    throw new Error(`The shared viewer's ${element} holds "</${element}" or "<!--" and cannot be inlined.`);
  return text;
}

async function buildViewer(root: string): Promise<{ script: string; style: string }> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      cssCodeSplit: false,
      lib: { entry: resolve(root, 'src/viewer/main.ts'), formats: ['iife'], name: 'sharedView', fileName: 'viewer' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const files = outputs.flatMap((output) => output.output);
  const script = files.find((file): file is Rollup.OutputChunk => file.type === 'chunk');
  const style = files.find(
    (file): file is Rollup.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'),
  );
  if (!script || !style) throw new Error('The shared viewer build gave no script or no stylesheet.');
  return { script: inlineable(script.code, 'script'), style: inlineable(String(style.source), 'style') };
}

export function sharedViewerPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'shared-viewer',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      const { script, style } = await buildViewer(root);
      const policy = sharedViewContentSecurityPolicy({ script: sha256(script), style: sha256(style) });
      return [
        `export const viewerScript = ${JSON.stringify(script)};`,
        `export const viewerStyle = ${JSON.stringify(style)};`,
        `export const contentSecurityPolicy = ${JSON.stringify(policy)};`,
      ].join('\n');
    },
  };
}
