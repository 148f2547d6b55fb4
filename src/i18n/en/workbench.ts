// Messages of the catalogue: starting a dataset, adding and editing its sources, downloading it whole (ICU
// MessageFormat; see ../en.ts).

export const workbenchMessages = {
  // Starting a dataset, and the example.
  'workbench.new': 'New dataset…',
  'workbench.new.title': 'Start a new dataset',
  'workbench.new.hint':
    'An empty dataset, kept in this browser as you work. Add its sources first, then the actors and relations they state.',
  'workbench.new.field.title': 'Title',
  'workbench.new.field.id': 'Id (used in file names)',
  'workbench.new.create': 'Start the dataset',
  'workbench.new.unsaved': 'Your changes to “{title}” are kept in this browser, but were never downloaded.',
  'workbench.new.unsavedHint':
    'Download them to keep a copy of your own. If you start anew without, they wait under “Unsaved changes to other datasets”.',
  'workbench.new.download': 'Download “{title}” (.zip)',
  'workbench.example': 'Open the example',
  'workbench.close': 'Close',
  'workbench.cancel': 'Cancel',
  'workbench.notSaved': 'Your dataset could not be saved in this browser: {reason}',
  'workbench.draftMissing':
    'This browser holds no dataset by that link: it may have been started in another browser, or discarded.',
  // The empty explorer.
  'workbench.empty.noSources':
    'This dataset has no sources yet. Add the article you are reading first: paste its text, or pick a saved web page or a text file.',
  'workbench.empty.noActors':
    'Now read a source and select a passage to make a relation from it, or add actors with “New actor”.',
  'workbench.empty.addSource': 'Add a source…',
  'workbench.empty.read': 'Read the sources',
  // Adding a source.
  'sources.add': 'Add source…',
  'sources.add.title': 'Add a source',
  'sources.add.pasteLabel': 'Paste the article’s text',
  'sources.add.pasteUse': 'Use this text',
  'sources.add.fileLabel': 'Or pick a saved web page (.html, .htm), a text (.txt) or Markdown (.md) file',
  'sources.add.fileButton': 'Choose a file…',
  'sources.add.drop': 'or drop it on this window',
  'sources.add.reading': 'Reading {name}…',
  'sources.add.fromFile': 'From {name}',
  'sources.add.fromPaste': 'Pasted text',
  'sources.add.article': 'The article was found in the page; the rest of the page is left out.',
  'sources.add.body':
    'No article was found in this page: the text below is all of the page’s text. Check it is what you want to cite.',
  'sources.add.duplicate': 'This text is already in the dataset, as “{title}” ({id}).',
  'sources.add.readDuplicate': 'Read it',
  'sources.add.another': 'Choose another text',
  'sources.add.save': 'Add source',
  'sources.add.text':
    'Archived text, {characters, plural, one {# character} other {# characters}}: kept as it is, it cannot be edited once added',
  // Editing a source's metadata.
  'sources.edit.title': 'Edit source',
  'sources.edit.save': 'Save source',
  'sources.edit.text': 'The archived text stays as it was added.',
  'sources.field.title': 'Title',
  'sources.field.outlet': 'Outlet (the publication)',
  'sources.field.author': 'Author',
  'sources.field.published': 'Published (YYYY, YYYY-MM or YYYY-MM-DD)',
  'sources.field.url': 'Address (http or https)',
  'sources.field.language': 'Language (a BCP 47 tag: en, ar, he, fa-IR…)',
  'sources.field.id': 'Id (quotes cite it)',
  // Why a source was refused.
  'sources.fault.pasted': 'The pasted text',
  'sources.fault.too-large': '{name} is {size}: sources over {limit} are refused, and it was not read.',
  'sources.fault.not-text': '{name} is not a text file: byte {offset, number} is not text in UTF-8.',
  'sources.fault.empty': '{name} has no text to archive.',
  'sources.fault.unsupported':
    '{name} is not a kind of file read as a source{extension, select, none {} other { ({extension})}}: choose a saved web page (.html, .htm), a .txt or a .md file.',
  'sources.fault.unreadable': '{name} could not be read: {detail}',
  // The sources view's curation.
  'sources.view.quotes': '{count, plural, one {# quote} other {# quotes}}',
  'sources.view.empty': 'No sources yet.',
  'sources.view.edit': 'Edit',
  'sources.view.actions': 'Curate “{title}”',
  'sources.view.remove': 'Remove',
  'sources.view.removeQuestion': 'Remove “{title}” and its archived text?',
  'sources.view.removeConfirm': 'Yes, remove it',
  'sources.view.cited':
    '“{title}” is cited by {quotes, plural, one {# quote} other {# quotes}} in {relations, plural, one {# relation} other {# relations}}: remove or change those first.',
  'sources.view.showCiting': 'Show them',
  // Downloading the dataset whole.
  'download.title': 'Download the dataset',
  'download.zip': 'Dataset and sources (.zip)',
  'download.zip.hint': 'dataset.json with every source text in sources/; opens again here, and with npm run validate',
  'download.json': 'One .json file, texts inline',
  'download.json.hint': 'every source text inside the dataset file',
  'download.saved': 'Saved {fileName}.',
  'download.failed': 'The download could not be made: {reason}',
} satisfies Record<string, string>;
