// Messages of the catalogue: the PDF of a view, its pages after the figure (ICU MessageFormat; see ../en.ts).

export const pdfMessages = {
  'pdf.sources': '{count, plural, one {Source} other {Sources}}',
  'pdf.stamp':
    'Made with the geopolitical graph explorer on {createdAt} from the dataset “{dataset}” ({datasetId}). Every relation rests on a verbatim quote of the sources listed, checked against their archived text.',
  'pdf.creator': 'geopolitical graph explorer',
  'pdf.producer': 'geopolitical graph explorer, with pdf-lib and fontkit',
  'pdf.page': '{page, number} / {pages, number}',
  'pdf.subject': 'The figure of a view of “{dataset}”, then every quote behind its relations, with their sources',
} satisfies Record<string, string>;
