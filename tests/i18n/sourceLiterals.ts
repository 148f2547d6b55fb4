// Which message ids a set of source files names: quoted whole, or as a template that starts with words
// (`import.group.${code}` names every id under import.group.).
export interface Mentions {
  text: string;
  templates: RegExp[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TEMPLATE = /`([\w.-]+)\$\{[^}`]*\}([\w.-]*)`/g;

export function mentionsIn(sources: readonly string[]): Mentions {
  const text = sources.join('\n');
  const templates = [...text.matchAll(TEMPLATE)].map(
    ([, head = '', tail = '']) => new RegExp(`^${escape(head)}[\\w-]+${escape(tail)}$`),
  );
  return { text, templates };
}

export const mentions = ({ text, templates }: Mentions, id: string) =>
  ["'", '"', '`'].some((quote) => text.includes(`${quote}${id}${quote}`)) ||
  templates.some((pattern) => pattern.test(id));
