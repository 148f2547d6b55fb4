// @vitest-environment jsdom
// Reading a source to archive: text, Markdown and saved pages become a text and pre-filled metadata; what is not a
// text is refused with the reason, a file over 10 MB before it is read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES, readSourceFile, sourceFromPaste } from '../../src/io/sourceFile';

const fileOf = (name: string, content: string | Uint8Array, type = '') =>
  new File([content as BlobPart], name, { type });

describe('readSourceFile', () => {
  it('keeps a .txt as it is, with its first line as the title', async () => {
    const text = 'Talks resume in Velsen\n\nDelegations met on Monday.\r\nThe patrols resume.\n';
    expect(await readSourceFile(fileOf('velsen.txt', text))).toEqual({
      ok: true,
      draft: { fileName: 'velsen.txt', format: 'text', text, metadata: { title: 'Talks resume in Velsen' } },
    });
  });

  it('takes a Markdown heading’s marks off the title, not off the text', async () => {
    const text = '# Why the treaty fails #\n\nUpland builds dams.';
    const outcome = await readSourceFile(fileOf('treaty.md', text));
    expect(outcome).toMatchObject({
      ok: true,
      draft: { format: 'markdown', text, metadata: { title: 'Why the treaty fails' } },
    });
  });

  it('reads a saved page through Readability, and says when it kept the body instead', async () => {
    const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/pages', name));
    const news = await readSourceFile(fileOf('Strait talks resume.html', fixture('news-jsonld.html')));
    expect(news).toMatchObject({
      ok: true,
      draft: { format: 'html', extraction: 'article', metadata: { outlet: 'The Harbour Times' } },
    });
    const listing = await readSourceFile(fileOf('press.htm', fixture('no-article.html')));
    expect(listing).toMatchObject({ ok: true, draft: { extraction: 'body' } });
  });

  it('reads a page in the legacy encoding its <meta charset> declares', async () => {
    // "Café Zürich" in windows-1252: é and ü are single bytes, invalid as UTF-8.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<html><head><meta charset="windows-1252"><title>Caf'),
      0xe9,
      ...new TextEncoder().encode(' Z'),
      0xfc,
      ...new TextEncoder().encode('rich</title></head><body><p>Text.</p></body></html>'),
    ]);
    expect(await readSourceFile(fileOf('cafe.html', bytes))).toMatchObject({
      ok: true,
      draft: { metadata: { title: 'Café Zürich' } },
    });
  });

  it.each([
    ['a NUL byte', new Uint8Array([0x48, 0x69, 0x00, 0x21]), 2],
    ['invalid UTF-8', new Uint8Array([0x48, 0x69, 0xff, 0x21]), 2],
  ])('refuses %s as not a text, saying at which byte', async (_, bytes, byteOffset) => {
    expect(await readSourceFile(fileOf('scan.txt', bytes))).toEqual({
      ok: false,
      fileName: 'scan.txt',
      fault: { kind: 'not-text', byteOffset },
    });
  });

  it('refuses an empty or blank text, and a page with no text at all', async () => {
    for (const [name, content] of [
      ['empty.txt', ''],
      ['blank.md', ' \n\t\n '],
      ['blank.html', '<html><body><script>var a = 1;</script><img src="x.png"></body></html>'],
    ] as const)
      expect(await readSourceFile(fileOf(name, content))).toEqual({
        ok: false,
        fileName: name,
        fault: { kind: 'empty' },
      });
  });

  it('refuses a file over 10 MB before reading any of it', async () => {
    const huge = {
      name: 'archive.txt',
      type: 'text/plain',
      size: MAX_SOURCE_BYTES + 1,
      stream: () => {
        throw new Error('read');
      },
      arrayBuffer: () => {
        throw new Error('read');
      },
    } as unknown as File;
    expect(await readSourceFile(huge)).toEqual({
      ok: false,
      fileName: 'archive.txt',
      fault: { kind: 'too-large', bytes: MAX_SOURCE_BYTES + 1, limit: MAX_SOURCE_BYTES },
    });
  });

  it('refuses a kind of file it does not read, naming its extension', async () => {
    expect(await readSourceFile(fileOf('report.pdf', '%PDF-1.7'))).toEqual({
      ok: false,
      fileName: 'report.pdf',
      fault: { kind: 'unsupported', extension: '.pdf' },
    });
  });
});

describe('sourceFromPaste', () => {
  it('keeps a pasted text as it is, and refuses a blank one', () => {
    expect(sourceFromPaste('Ankara hosts the talks.\n\nBoth sides attend.')).toMatchObject({
      ok: true,
      draft: { fileName: null, format: 'pasted', metadata: { title: 'Ankara hosts the talks.' } },
    });
    expect(sourceFromPaste('  \n ')).toEqual({ ok: false, fileName: null, fault: { kind: 'empty' } });
  });
});
