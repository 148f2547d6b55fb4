// The visual language holds: colours, text sizes and the narrow-screen breakpoint come from one place each.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WIDE_SCREEN_MIN_PX } from '../../../src/ui/useWideScreen';
import { HIGHLIGHT } from '../../../src/graph/palette';

const root = path.join(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const FRAME_STYLES = ['src/app.css', 'src/features/explorer/explorer.css'];

/** The custom properties of app.css's :root rule. */
function rootProperties(css: string): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return new Map([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
}

/** A stylesheet without its :root rule and comments: where the tokens are used rather than defined. */
const outsideRoot = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/:root\s*\{[^}]*\}/, '');

describe('the visual language', () => {
  it('takes the highlight colours the graph draws with from the palette table', () => {
    const tokens = rootProperties(read('src/app.css'));
    const fromPalette: Record<string, string> = {
      '--color-ink': HIGHLIGHT.label,
      '--color-paper': HIGHLIGHT.labelOutline,
      '--color-selected': HIGHLIGHT.selected,
      '--color-neighbour': HIGHLIGHT.neighbour,
      '--color-accent': HIGHLIGHT.gathered,
    };
    for (const [token, colour] of Object.entries(fromPalette)) expect(tokens.get(token), token).toBe(colour);
  });

  it.each(FRAME_STYLES)('%s writes no colour and no text size of its own outside the tokens', (file) => {
    const css = outsideRoot(read(file));
    expect(css.match(/#[0-9a-f]{3,8}\b|\b(?:rgb|rgba|hsl|hsla)\(/gi) ?? []).toEqual([]);
    const sizes = [...css.matchAll(/font-size\s*:\s*([^;]+);/g)].map((match) => match[1]!.trim());
    expect(sizes.filter((size) => !/^var\(--text-\w+\)$/.test(size))).toEqual([]);
  });

  it.each(FRAME_STYLES)('%s folds the layout at the width the panels are told', (file) => {
    const queries = [...read(file).matchAll(/@media\s*([^{]+)\{/g)].map((match) => match[1]!.trim());
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) expect(query).toBe(`(width < ${WIDE_SCREEN_MIN_PX}px)`);
  });
});
