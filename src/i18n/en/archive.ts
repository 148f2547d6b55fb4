// Messages of the catalogue: a dataset kept as one .zip, and why one is refused (ICU MessageFormat; see ../en.ts).

export const archiveMessages = {
  'archive.fault.not-zip': 'not a zip archive, though its name says so',
  'archive.fault.not-zip.hint': 'download the dataset again, or open its dataset.json',
  'archive.fault.unsafe-path': 'the archive holds “{entry}”, a path that leaves its folder; nothing was unpacked',
  'archive.fault.unsafe-path.hint': 'an entry with an absolute path or “..” is refused: zip the dataset’s folder again',
  'archive.fault.too-many-entries': 'the archive holds more than {limit, number} entries; nothing was unpacked',
  'archive.fault.too-many-entries.hint': 'keep only dataset.json and its source texts in the archive',
  'archive.fault.too-large':
    'the archive would unpack to {size} or more, over the {limit} allowed; nothing was unpacked',
  'archive.fault.too-large.hint': 'split the dataset, or keep only dataset.json and its source texts in the archive',
  'archive.fault.duplicate-entry': 'the archive holds “{entry}” twice; nothing was unpacked',
  'archive.fault.duplicate-entry.hint': 'zip the dataset’s folder again',
  'archive.fault.unsupported-compression':
    '“{entry}” is compressed with method {method, number}, which this program cannot read',
  'archive.fault.unsupported-compression.hint': 'zip the folder again with ordinary (deflate) compression',
  'archive.fault.no-dataset': 'the archive has no dataset.json',
  'archive.fault.no-dataset.hint': 'a dataset archive holds dataset.json, with its source texts in sources/',
  'archive.fault.several-datasets': 'the archive holds more than one dataset: {entries}',
  'archive.fault.several-datasets.hint': 'open one dataset at a time',
  'archive.fault.damaged': 'the archive is damaged and cannot be read ({detail})',
  'archive.fault.damaged.hint': 'download or zip it again',
  'archive.entry': '{archive}/{entry}',
} satisfies Record<string, string>;
