// Says why a dataset archive was refused, as a problem naming the archive and, where there is one, the entry at fault.
import type { Problem } from '../domain/problems';
import type { Formatter } from '../i18n/formatter';
import type { ArchiveFault } from './datasetArchive';
import { megabytes } from '../i18n/megabytes';
import { fileProblem } from './refusal';

export function archiveFaultMessage(words: Formatter, fault: ArchiveFault): string {
  switch (fault.kind) {
    case 'unsafe-path':
    case 'duplicate-entry':
      return words.t(`archive.fault.${fault.kind}`, { entry: fault.entry });
    case 'too-many-entries':
      return words.t('archive.fault.too-many-entries', { limit: fault.limit });
    case 'too-large':
      return words.t('archive.fault.too-large', {
        size: megabytes(words, fault.bytes),
        limit: megabytes(words, fault.limit),
      });
    case 'unsupported-compression':
      return words.t('archive.fault.unsupported-compression', { entry: fault.entry, method: fault.method });
    case 'several-datasets':
      return words.t('archive.fault.several-datasets', { entries: words.list(fault.entries) });
    case 'damaged':
      return words.t('archive.fault.damaged', { detail: fault.detail });
    case 'not-zip':
    case 'no-dataset':
      return words.t(`archive.fault.${fault.kind}`);
  }
}

export function archiveProblem(words: Formatter, file: string, fault: ArchiveFault): Problem {
  return fileProblem(file, archiveFaultMessage(words, fault), words.t(`archive.fault.${fault.kind}.hint`));
}
