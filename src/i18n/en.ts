// The one message catalogue: every word the panels and the figure show, in ICU MessageFormat, ids grouped by feature.
// Plurals are ICU plurals ({count, plural, one {# actor} other {# actors}}); numbers in a message are `{n, number}` or
// `#`, so they follow the reader's locale. Values are plain text: markup in a value is shown, never parsed.
// One catalogue in sections, one file per feature under en/, so parallel work on two features does not collide.
import { appMessages } from './en/app';
import { archiveMessages } from './en/archive';
import { commonMessages } from './en/common';
import { claimsMessages } from './en/claims';
import { canvasMessages } from './en/canvas';
import { cliMessages } from './en/cli';
import { explorerMessages } from './en/explorer';
import { detailsMessages } from './en/details';
import { searchMessages } from './en/search';
import { tableMessages } from './en/table';
import { legendMessages } from './en/legend';
import { curationMessages } from './en/curation';
import { exportMessages } from './en/export';
import { figureMessages } from './en/figure';
import { filtersMessages } from './en/filters';
import { importMessages } from './en/import';
import { linkMessages } from './en/link';
import { pathsMessages } from './en/paths';
import { sourcesMessages } from './en/sources';
import { speakersMessages } from './en/speakers';
import { suggestMessages } from './en/suggest';
import { suggestCommandMessages } from './en/suggestCommand';
import { timelineMessages } from './en/timeline';
import { validationMessages } from './en/validation';
import { viewerMessages } from './en/viewer';
import { quotesMessages } from './en/quotes';
import { pdfMessages } from './en/pdf';
import { workbenchMessages } from './en/workbench';

export const en = {
  ...appMessages,
  ...archiveMessages,
  ...commonMessages,
  ...claimsMessages,
  ...canvasMessages,
  ...cliMessages,
  ...explorerMessages,
  ...detailsMessages,
  ...searchMessages,
  ...tableMessages,
  ...legendMessages,
  ...curationMessages,
  ...exportMessages,
  ...figureMessages,
  ...filtersMessages,
  ...importMessages,
  ...linkMessages,
  ...pathsMessages,
  ...sourcesMessages,
  ...speakersMessages,
  ...suggestMessages,
  ...suggestCommandMessages,
  ...timelineMessages,
  ...validationMessages,
  ...viewerMessages,
  ...quotesMessages,
  ...pdfMessages,
  ...workbenchMessages,
} satisfies Record<string, string>;

export type MessageId = keyof typeof en;
/** A catalogue for another language: every id of the English one. */
export type Catalogue = Readonly<Record<MessageId, string>>;
