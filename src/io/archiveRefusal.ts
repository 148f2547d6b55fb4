// Says why a dataset archive was refused, as a problem naming the archive and, where there is one, the entry at fault.
import { say, type ProblemText } from '../domain/problemMessages';
import type { Problem } from '../domain/problems';
import type { Formatter } from '../i18n/formatter';
import type { ArchiveFault } from './datasetArchive';
import { megabytes } from '../i18n/megabytes';
import { fileProblem } from './refusal';

/** What refuses the archive, as the catalogue's message and its values, sizes and lists written in `words`' locale. */
function archiveFault(words: Formatter, fault: ArchiveFault): ProblemText {
  switch (fault.kind) {
    case 'unsafe-path':
    case 'duplicate-entry':
      return say(`archive.fault.${fault.kind}`, { entry: fault.entry });
    case 'too-many-entries':
      return say('archive.fault.too-many-entries', { limit: fault.limit });
    case 'too-large':
      return say('archive.fault.too-large', {
        size: megabytes(words, fault.bytes),
        limit: megabytes(words, fault.limit),
      });
    case 'unsupported-compression':
      return say('archive.fault.unsupported-compression', { entry: fault.entry, method: fault.method });
    case 'several-datasets':
      return say('archive.fault.several-datasets', { entries: words.list(fault.entries) });
    case 'damaged':
      return say('archive.fault.damaged', { detail: fault.detail });
    case 'not-zip':
    case 'no-dataset':
      return say(`archive.fault.${fault.kind}`);
  }
}

export function archiveProblem(words: Formatter, file: string, fault: ArchiveFault): Problem {
  return fileProblem(file, archiveFault(words, fault), say(`archive.fault.${fault.kind}.hint`));
}
