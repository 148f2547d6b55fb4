// Why a source was refused, in the catalogue's words, naming the file (or the pasted text) and the fault: the words of
// the workbench's Add source and of `npm run suggest` alike.
import type { Formatter } from '../i18n/formatter';
import { megabytes } from '../i18n/megabytes';
import type { SourceFault } from './sourceFile';

export function sourceFaultMessage(i18n: Formatter, fileName: string | null, fault: SourceFault): string {
  const name = fileName ?? i18n.t('sources.fault.pasted');
  switch (fault.kind) {
    case 'too-large':
      return i18n.t('sources.fault.too-large', {
        name,
        size: megabytes(i18n, fault.bytes),
        limit: megabytes(i18n, fault.limit),
      });
    case 'not-text':
      return i18n.t('sources.fault.not-text', { name, offset: fault.byteOffset });
    case 'empty':
      return i18n.t('sources.fault.empty', { name });
    case 'unsupported':
      return i18n.t('sources.fault.unsupported', { name, extension: fault.extension || 'none' });
    case 'unreadable':
      return i18n.t('sources.fault.unreadable', { name, detail: fault.detail });
  }
}
