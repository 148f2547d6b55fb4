// A dataset kept as one .zip: it opens again as it was saved, and a hostile or broken archive is refused with a message
// that names the archive and the entry at fault, before anything is unpacked.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { datasetFileText } from '../../src/domain/datasetFileText';
import { archivedDataset, datasetWithInlineTexts, datasetZip } from '../../src/export/datasetFiles';
import { MAX_ARCHIVE_ENTRIES, MAX_UNPACKED_BYTES, readDatasetArchive } from '../../src/io/datasetArchive';
import { openDatasetBytes, openDatasetFiles, openDatasetUrl } from '../../src/io/openDataset';
import { validateInPage } from '../../src/io/validateOffThread';
import { checkedOf, sampleDataset, SAMPLE_TEXT } from '../curation/sample';

const source = { kind: 'file', name: 'sample.zip' } as const;
const open = (bytes: Uint8Array) => openDatasetBytes({ source, bytes }, { validate: validateInPage });
const archiveOf = (files: Zippable) => zipSync(files, { level: 1 });
const datasetEntry = () => strToU8(datasetFileText(sampleDataset()));

async function refusal(bytes: Uint8Array) {
  const outcome = await open(bytes);
  if (outcome.ok) throw new Error('the archive was opened');
  expect(outcome.problems).toHaveLength(1);
  const [problem] = outcome.problems;
  expect(problem).toMatchObject({ severity: 'error', code: 'file-unreadable', file: 'sample.zip' });
  return problem!;
}

/** The offset of the first central directory record ("PK" 1 2) naming `name`. */
function centralRecord(bytes: Uint8Array, name: string): number {
  const encoded = strToU8(name);
  for (let at = 0; at + 46 < bytes.length; at++) {
    if (bytes[at] !== 0x50 || bytes[at + 1] !== 0x4b || bytes[at + 2] !== 0x01 || bytes[at + 3] !== 0x02) continue;
    const nameLength = (bytes[at + 28] ?? 0) | ((bytes[at + 29] ?? 0) << 8);
    const found = bytes.subarray(at + 46, at + 46 + nameLength);
    if (found.length === encoded.length && found.every((byte, index) => byte === encoded[index])) return at;
  }
  throw new Error(`no central directory record for ${name}`);
}

const writeUint32 = (bytes: Uint8Array, at: number, value: number) =>
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, value, true);

describe('datasetZip and opening it again', () => {
  it('keeps dataset.json and each text in sources/<id>.txt, and opens as the same dataset with the same texts', async () => {
    const checked = checkedOf();
    const outcome = await open(datasetZip(checked));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const { dataset, texts } = archivedDataset(checked);
    expect(dataset.documents[0]).toMatchObject({ id: 'wire', textFile: 'sources/wire.txt' });
    expect(dataset.documents[0]).not.toHaveProperty('text');
    expect(outcome.checked.dataset).toEqual(dataset);
    expect(outcome.checked.documentTexts.get('wire')).toBe(SAMPLE_TEXT);
    expect(texts).toEqual(new Map([['sources/wire.txt', SAMPLE_TEXT]]));
    // The same dataset gives the same bytes: a download can be compared with the last.
    expect(datasetZip(checked)).toEqual(datasetZip(checked));
  });

  it('gives every document its own file, whatever its id', () => {
    const dataset = sampleDataset();
    const wire = dataset.documents[0]!;
    dataset.documents = [
      wire,
      { ...wire, id: 'WIRE' },
      { ...wire, id: '../../etc/passwd' },
      { ...wire, id: 'Ελλάδα/2021' },
      { ...wire, id: '..' },
    ];
    const { dataset: archived } = archivedDataset(checkedOf(dataset));
    expect(archived.documents.map((document) => document.textFile)).toEqual([
      'sources/wire.txt',
      'sources/WIRE-2.txt',
      'sources/etc-passwd.txt',
      'sources/2021.txt',
      'sources/document.txt',
    ]);
  });

  it('writes one .json with every text inline, which opens alone', async () => {
    const archived = await open(datasetZip(checkedOf()));
    if (!archived.ok) throw new Error('not opened');
    const inline = datasetWithInlineTexts(archived.checked);
    expect(inline.documents[0]).toMatchObject({ id: 'wire', text: SAMPLE_TEXT });
    expect(inline.documents[0]).not.toHaveProperty('textFile');
    const reopened = await openDatasetBytes(
      { source: { kind: 'file', name: 'sample.json' }, bytes: strToU8(datasetFileText(inline)) },
      { validate: validateInPage },
    );
    if (!reopened.ok) throw new Error(JSON.stringify(reopened.problems));
    expect(reopened.checked.dataset).toEqual(inline);
  });

  it('opens an archive whose dataset sits in one folder, reading its texts beside it', async () => {
    const { dataset } = archivedDataset(checkedOf());
    const bytes = archiveOf({
      'my-dataset/dataset.json': strToU8(datasetFileText(dataset)),
      'my-dataset/sources/wire.txt': strToU8(SAMPLE_TEXT),
    });
    const outcome = await open(bytes);
    expect(outcome.ok).toBe(true);
  });

  it('opens through the file picker too, by name or by content', async () => {
    const bytes = datasetZip(checkedOf());
    const byName = await openDatasetFiles([new File([bytes as BlobPart], 'sample.zip')], { validate: validateInPage });
    expect(byName.ok).toBe(true);
    const byContent = await openDatasetFiles([new File([bytes as BlobPart], 'download')], { validate: validateInPage });
    expect(byContent.ok).toBe(true);
  });

  it('opens by ?data=<url> of a .zip, its texts read from the archive, not fetched beside it', async () => {
    const fetched: string[] = [];
    const bytes = datasetZip(checkedOf());
    const fetchImpl = (async (input: RequestInfo | URL) => {
      fetched.push(String(input));
      return new Response(bytes as BlobPart, { headers: { 'content-length': String(bytes.length) } });
    }) as typeof fetch;
    const outcome = await openDatasetUrl('https://example.org/shared/sample.zip', { fetchImpl });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.checked.documentTexts.get('wire')).toBe(SAMPLE_TEXT);
    expect(fetched).toEqual(['https://example.org/shared/sample.zip']);
  });

  it('names the entry when dataset.json inside is not valid', async () => {
    const bytes = archiveOf({ 'dataset.json': strToU8('{"formatVersion": 2}') });
    const outcome = await open(bytes);
    if (outcome.ok) throw new Error('opened');
    expect(outcome.problems[0]?.file).toBe('sample.zip/dataset.json');
  });
});

describe('archives refused', () => {
  it.each([
    ['../evil.txt', '../evil.txt'],
    ['sources/../../evil.txt', 'sources/../../evil.txt'],
    ['/etc/passwd', '/etc/passwd'],
    ['C:/Windows/evil.txt', 'C:/Windows/evil.txt'],
    ['sources\\..\\..\\evil.txt', 'sources\\..\\..\\evil.txt'],
  ])('an entry %s that leaves its folder', async (name, shown) => {
    const problem = await refusal(archiveOf({ 'dataset.json': datasetEntry(), [name]: strToU8('x') }));
    expect(problem.message).toBe(`the archive holds “${shown}”, a path that leaves its folder; nothing was unpacked`);
    expect(problem.hint).toMatch(/absolute path or “\.\.”/);
  });

  it('an archive without dataset.json', async () => {
    const problem = await refusal(archiveOf({ 'sources/wire.txt': strToU8(SAMPLE_TEXT) }));
    expect(problem.message).toBe('the archive has no dataset.json');
    expect(problem.hint).toMatch(/sources\//);
  });

  it('an archive with two datasets side by side', async () => {
    const problem = await refusal(archiveOf({ 'a/dataset.json': datasetEntry(), 'b/dataset.json': datasetEntry() }));
    expect(problem.message).toBe('the archive holds more than one dataset: a/dataset.json and b/dataset.json');
  });

  it('a zip bomb: entries that would unpack past the cap, refused from the sizes the archive declares', async () => {
    const tenMegabytesOfZeros = new Uint8Array(10 * 1024 * 1024);
    const files: Zippable = { 'dataset.json': datasetEntry() };
    for (let n = 0; n < 11; n++) files[`sources/zeros-${n}.txt`] = tenMegabytesOfZeros;
    const bytes = archiveOf(files);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const direct = readDatasetArchive(bytes);
    expect(direct).toMatchObject({ ok: false, fault: { kind: 'too-large', limit: MAX_UNPACKED_BYTES } });
    const problem = await refusal(bytes);
    expect(problem.message).toMatch(/^the archive would unpack to 100 MB or more, over the 100 MB allowed/);
  });

  it('an entry that declares less than it holds is cut at what it declared, never grown', () => {
    const bytes = archiveOf({ 'dataset.json': datasetEntry(), 'sources/big.txt': new Uint8Array(1_000_000) });
    writeUint32(bytes, centralRecord(bytes, 'sources/big.txt') + 24, 10);
    const opened = readDatasetArchive(bytes);
    if (!opened.ok) throw new Error(opened.fault.kind);
    expect(opened.archive.files.get('sources/big.txt')?.length).toBe(10);
  });

  it('an archive that declares more entries than any dataset has', () => {
    const files: Zippable = { 'dataset.json': datasetEntry() };
    for (let n = 0; n < MAX_ARCHIVE_ENTRIES; n++) files[`sources/${n}.txt`] = new Uint8Array(0);
    expect(readDatasetArchive(zipSync(files, { level: 0 }))).toEqual({
      ok: false,
      fault: { kind: 'too-many-entries', limit: MAX_ARCHIVE_ENTRIES },
    });
  });

  it('an entry compressed with a method the reader lacks', async () => {
    const bytes = archiveOf({ 'dataset.json': datasetEntry() });
    new DataView(bytes.buffer).setUint16(centralRecord(bytes, 'dataset.json') + 10, 14, true);
    const problem = await refusal(bytes);
    expect(problem.message).toBe('“dataset.json” is compressed with method 14, which this program cannot read');
  });

  it('a damaged archive, and a .zip that is not one', async () => {
    const bytes = datasetZip(checkedOf());
    expect((await refusal(bytes.subarray(0, bytes.length - 30))).message).toMatch(
      /^the archive is damaged and cannot be read/,
    );
    expect((await refusal(strToU8('{"formatVersion": 1}'))).message).toBe('not a zip archive, though its name says so');
  });
});
