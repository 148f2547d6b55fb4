// Pure: XML escaping for text and attribute values, and removal of characters XML 1.0 cannot carry at all.

/** Control characters (other than tab, LF, CR), U+FFFE/U+FFFF and unpaired surrogates are not allowed in XML 1.0, even as references. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces what XML cannot hold with U+FFFD, the replacement character, so the file always parses. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Inside attributes, quotes end the value and tab/CR/LF would be normalised to spaces: write them as references. */
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export function xmlText(text: string): string {
  // A lone CR in text content would be read back as LF: keep it as a reference.
  return xmlSafe(text)
    .replace(/[&<>]/g, (char) => TEXT_ESCAPES[char] ?? char)
    .replace(/\r/g, '&#13;');
}

export function xmlAttribute(text: string): string {
  return xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);
}

/** `name="value"` pairs for the defined values, in the given order. */
export function xmlAttributes(pairs: readonly (readonly [string, string | number | undefined])[]): string {
  return pairs
    .filter((pair): pair is readonly [string, string | number] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
    .join('');
}
