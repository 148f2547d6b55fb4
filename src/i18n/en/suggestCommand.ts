// Messages of the catalogue: `npm run suggest`, the command that prints suggested relations (ICU MessageFormat; see ../en.ts).

export const suggestCommandMessages = {
  'suggestCommand.usage':
    'usage: npm run suggest -- --dataset DATASET.json|DATASET.zip ARTICLE.txt|ARTICLE.md|ARTICLE.html',
  'suggestCommand.fault.no-article': 'no article given',
  'suggestCommand.fault.several-articles': 'one article at a time, not {count, number}',
  'suggestCommand.fault.no-dataset': '--dataset needs a file: a dataset.json or a dataset .zip',
  'suggestCommand.fault.unknown-option': 'unknown option {option}',
  'suggestCommand.fault.unreadable': '{file}: cannot be read: {reason}',
  'suggestCommand.fault.invalid-dataset':
    '{file}: not a valid dataset ({count, plural, one {# error} other {# errors}}):',
  'suggestCommand.notice.not-english':
    '{file}: the article does not read as English ({language}): suggestions are for English texts; only the known actors are marked',
  'suggestCommand.notice.sentence-too-long':
    '{file}: the sentence at characters {start, number}–{end, number} has {words, number} words: too long to read for relations',
  'suggestCommand.notice.line-too-long':
    '{file}: the line at characters {start, number}–{end, number} is too long for the tagger: no new actors proposed in it',
} as const;
