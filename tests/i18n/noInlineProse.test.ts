// No component holds prose: every word the panels show comes from the message catalogue (GUIDE.md, src/i18n/).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { findInlineProse } from './inlineProse';

const ROOT = path.resolve(import.meta.dirname, '../..');
/**
 * Every folder that returns text a person reads: the panels and their hooks, the canvas, opening files and autosave,
 * the store, curation and the exports. src/domain is not here yet: the validator's problem messages are its own words,
 * shared with the command line (cli/), until problems carry message ids.
 */
const SCANNED = [
  'src/features',
  'src/ui',
  'src/canvas',
  'src/io',
  'src/session',
  'src/store',
  'src/curation',
  'src/export',
  'src/graph',
  'src/geometry',
  'src/App.tsx',
  'src/main.tsx',
];
const messageIds: ReadonlySet<string> = new Set(Object.keys(en));

/** Literals that look like words and are not, each with the reason. */
const NOT_PROSE: Record<string, string> = {
  'src/io/pageMetadata.ts [rel="author"], [itemprop="author"], .byline, .author, #byline, [class*="byline" i], [class*="author-name" i]':
    "a CSS selector for a saved page's byline",
  'src/io/pageMetadata.ts link[rel~="canonical" i]': 'a CSS selector',
  'src/io/pageMetadata.ts meta[http-equiv="content-language" i]': 'a CSS selector',
  'src/canvas/controllers/HoverTooltip.tsx node, edge': 'a Cytoscape selector',
  'src/canvas/labels/textWidth.ts normal normal': 'a CSS font shorthand',
  'src/graph/palette.ts #1a1a1a': 'a colour',
  'src/graph/stylesheet.ts system-ui, sans-serif': 'a CSS font family',
  'src/graph/stylesheet.ts data(caption)': 'a Cytoscape data mapper',
  'src/graph/stylesheet.ts data(label)': 'a Cytoscape data mapper',
  'src/graph/stylesheet.ts data(shortLabel)': 'a Cytoscape data mapper',
  'src/export/figure/primitives.ts system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif':
    'a CSS font family',
  'src/export/figure/figureSvg.ts the graph SVG does not start with <svg>':
    "a programmer's error: the painter's SVG is the explorer's own",
  'src/session/CurationSessionContext.ts useCurationSession needs a <CurationSessionContext.Provider> above it.':
    "a programmer's error: App always provides the session",
  'src/store/StoreProvider.tsx useExplorer needs a <StoreProvider> above it.':
    "a programmer's error: App always provides the store",
};

/** XML and SVG markup the exporters write (a tag, or attributes after a value): names and syntax, not words. */
const MARKUP = /^(<|"\s+[\w:-]+=")/;

function sourceFiles(entry: string): string[] {
  if (/\.tsx?$/.test(entry) && !entry.includes('*')) return [entry];
  const [folder = entry, ending = ''] = entry.split('/*');
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && name.endsWith(ending) && !name.endsWith('.d.ts'))
    .map((name) => path.join(folder, name).split(path.sep).join('/'));
}

const scan = (source: string) => findInlineProse('planted.tsx', source, messageIds).map((finding) => finding.text);

describe('prose in components', () => {
  it('finds none in the folders that speak to the reader: the words are in src/i18n', () => {
    const files = SCANNED.flatMap(sourceFiles);
    expect(files).toContain('src/features/details/ActorDetails.tsx');
    expect(files).toContain('src/features/import/problemGroups.ts');
    expect(files).toContain('src/canvas/controllers/LayoutProgress.tsx');
    expect(files).toContain('src/canvas/figure/graphPainter.ts');
    expect(files).toContain('src/io/openDataset.ts');
    expect(files).toContain('src/session/autosave.ts');
    expect(files).toContain('src/export/figure/planFigure.ts');
    const findings = files.flatMap((file) =>
      findInlineProse(file, readFileSync(path.join(ROOT, file), 'utf8'), messageIds)
        .filter((finding) => !NOT_PROSE[`${file} ${finding.text}`] && !MARKUP.test(finding.text))
        .map((finding) => `${file}:${finding.line} ${finding.why}: ${JSON.stringify(finding.text)}`),
    );
    expect(findings).toEqual([]);
    // Parsing some sixty files takes a second alone and more on a busy machine.
  }, 30_000);

  it('catches a planted word in JSX text, an attribute, a prop, a rendered value and a message kept in a variable', () => {
    expect(scan('const A = () => <p>Reset filters</p>;')).toEqual(['Reset filters']);
    expect(scan('const A = () => <input aria-label="Filters" placeholder={`name ${x}`} />;')).toEqual([
      'Filters',
      'name',
    ]);
    expect(scan('const A = () => <ConfirmButton label="Delete" question={t("curation.actor.new")} />;')).toEqual([
      'Delete',
    ]);
    expect(scan("const A = () => <p>{open ? 'less' : 'more'}{count > 1 && 's'}</p>;")).toEqual(['less', 'more', 's']);
    expect(scan("const COLUMNS = [{ key: 'source', label: 'Source' }];")).toEqual(['Source']);
    expect(scan("let message = ''; message = 'The current filters hide every relation.';")).toEqual([
      'The current filters hide every relation.',
    ]);
    expect(scan("throw new Error('no dataset is loaded.');")).toEqual(['no dataset is loaded.']);
  });

  it('lets through message ids, tokens, class names, punctuation and imports', () => {
    expect(
      scan(`import { x } from './some module';
const A = () => (
  <a className="link button" rel="noopener noreferrer" href={url} data-kind="done" aria-live="polite" role="status"
     title={t('details.label')}>
    {' · '}{excerpt.clippedEnd && ' …'}{t(open ? 'details.evidence.lessContext' : 'details.evidence.moreContext')}
  </a>
);
const kind = 'actor';
const label: MessageId = 'table.column.source';`),
    ).toEqual([]);
  });
});
