// XML escaping: any string survives a round trip through a real XML parser, as text and as an attribute.
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlAttribute, xmlSafe, xmlText } from '../../src/export/xml';

/** Errors throw; warnings (xmldom warns about U+FFFD, which xmlSafe puts in on purpose) do not. */
const parse = (xml: string) =>
  new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');

describe('xml escaping', () => {
  it('escapes markup and keeps line breaks inside attributes', () => {
    expect(xmlText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(xmlAttribute('say "hi"\n\'there\'')).toBe('say &quot;hi&quot;&#10;&apos;there&apos;');
  });

  it('replaces what XML 1.0 cannot hold (controls, lone surrogates) with U+FFFD', () => {
    expect(xmlSafe('a\u0000b\u001Fc\uD800d\uDFFFe')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(xmlSafe('tab\there\nok 😀')).toBe('tab\there\nok 😀');
  });

  it('round-trips any string through an XML parser (as xmlSafe leaves it)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (text, attribute) => {
        const document = parse(`<root value="${xmlAttribute(attribute)}">${xmlText(text)}</root>`);
        const root = document.documentElement!;
        expect(root.getAttribute('value')).toBe(xmlSafe(attribute));
        expect(root.textContent ?? '').toBe(xmlSafe(text));
      }),
    );
  });
});
