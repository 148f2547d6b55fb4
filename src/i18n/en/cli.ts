// Messages of the catalogue: the command line's output (ICU MessageFormat; see ../en.ts). `npm run validate` prints one
// problem as `file:line:col  /pointer  message`, its hint on the next line: the spacing is the format, keep it. Line and
// column are plain `{n}`, as editors and terminals read them.

export const cliMessages = {
  'cli.problem': '{file}:{line}:{column}  {pointer}  {severity, select, warning {warning: } other {}}{message}',
  'cli.problem.root': '(root)',
  'cli.problem.hint': '    hint: {hint}',
  'cli.validate.noDataset': 'validate: no dataset found (looked for data/*/dataset.json)',
  /** `reason`: the system's words ("ENOENT: no such file or directory…"). */
  'cli.validate.unreadable': '{file}  cannot be read: {reason}',
  'cli.validate.valid':
    '{file}: valid — {actors, plural, one {# actor} other {# actors}}, {relations, plural, one {# relation} other {# relations}}, {quotes, plural, one {# quote} other {# quotes}} found in {documents, plural, one {# document} other {# documents}}',
  'cli.validate.summary':
    '{files, plural, one {# file} other {# files}} checked: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}{unreadable, plural, =0 {} other {, # unreadable}}',
  'cli.schema.wrote': 'wrote {path}',
} satisfies Record<string, string>;
