// Pure: the shared view's HTML file: the policy first, the viewer's stylesheet, the two data blocks (the dataset, and
// the view: when, from what, what was shown), then the viewer's script; nothing refers to anything outside the file.
import {
  DATASET_BLOCK_ID,
  SHARED_VIEW_GENERATOR,
  VIEW_BLOCK_ID,
  jsonForHtml,
  type SharedViewMeta,
} from '../../domain/sharedView';

export interface ViewerAssets {
  script: string;
  style: string;
  contentSecurityPolicy: string;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * `datasetText` is the dataset block's text exactly as its content hash was taken (see domain/sharedView.ts
 * jsonForHtml); the view block is written here.
 */
export function sharedHtml(datasetText: string, meta: SharedViewMeta, assets: ViewerAssets): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(assets.contentSecurityPolicy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeAttribute(`${SHARED_VIEW_GENERATOR} ${meta.version}`)}">`,
    // Cytoscape adds an inline <style> unless this element exists; the policy would refuse it, and the viewer's
    // stylesheet positions the graph's box instead.
    '<meta id="__________cytoscape_stylesheet" name="cytoscape-container-style" content="viewer">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeText(meta.title)}</title>`,
    `<style>${assets.style}</style>`,
    '</head>',
    '<body>',
    '<div id="shared-view"></div>',
    `<script type="application/json" id="${DATASET_BLOCK_ID}">${datasetText}</script>`,
    `<script type="application/json" id="${VIEW_BLOCK_ID}">${jsonForHtml(meta)}</script>`,
    `<script>${assets.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
