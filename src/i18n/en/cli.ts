// Messages of the catalogue: the command line's output (ICU MessageFormat; see ../en.ts). `npm run validate` prints one
// problem as `file:line:col  /pointer  message`, its hint on the next line: the spacing is the format, keep it.

export const cliMessages = {
  'cli.problem': '{file}:{line}:{column}  {pointer}  {severity, select, warning {warning: } other {}}{message}',
  'cli.problem.root': '(root)',
  'cli.problem.hint': '    hint: {hint}',
} satisfies Record<string, string>;
