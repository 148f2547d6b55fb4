// An element's text as an archive keeps it: paragraphs apart by a blank line, line breaks kept, white space inside a
// paragraph collapsed as a browser shows it; scripts, styles and controls left out. Walks the tree without recursion,
// so a page nested ten thousand levels deep is read like any other.

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
/** Elements whose content is not text a reader sees. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'FRAMESET',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IMG',
]);
const CELLS = new Set(['TD', 'TH']);

/** HTML's collapsible white space: spaces, tabs and line breaks, not the no-break space. */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

export function plainText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  let preformatted = 0;
  const endParagraph = () => {
    const paragraph = current
      .split('\n')
      .map((line) => (preformatted > 0 ? line.replace(/\s+$/, '') : line.trim()))
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
    if (paragraph.trim() !== '') paragraphs.push(paragraph);
    current = '';
  };
  const append = (text: string) => {
    if (preformatted > 0) {
      current += text;
      return;
    }
    const collapsed = text.replace(COLLAPSIBLE, ' ');
    // A run of white space across two nodes shows as one space.
    current +=
      current.endsWith(' ') || current.endsWith('\n') || current === '' ? collapsed.replace(/^ /, '') : collapsed;
  };

  // Each step either enters a node or leaves an element: [node, leaving].
  const stack: Array<[Node, boolean]> = [[root, false]];
  while (stack.length > 0) {
    const [node, leaving] = stack.pop()!;
    const name = node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
    if (leaving) {
      if (name === 'PRE') preformatted--;
      if (BLOCKS.has(name)) endParagraph();
      else if (CELLS.has(name)) append(' ');
      continue;
    }
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      append(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    if (SKIPPED.has(name)) continue;
    if (name === 'BR') {
      current += '\n';
      continue;
    }
    if (BLOCKS.has(name)) endParagraph();
    if (name === 'PRE') preformatted++;
    stack.push([node, true]);
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push([children[index]!, false]);
  }
  endParagraph();
  return paragraphs.join('\n\n');
}
