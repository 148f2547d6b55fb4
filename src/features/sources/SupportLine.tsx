// How well one relation is sourced: the distinct documents and voices that state it, a single source said plainly.
import type { CheckedDataset } from '../../domain/model';
import { supportOf } from '../../domain/support';
import { useI18n } from '../../i18n/I18nProvider';

export function SupportLine({ checked, relationIndex }: { checked: CheckedDataset; relationIndex: number }) {
  const { t } = useI18n();
  const support = supportOf(checked)[relationIndex];
  if (!support) return null;
  return (
    <p className="support-line" data-documents={support.documents}>
      {t('sources.support', { documents: support.documents, speakers: support.speakers })}
      {support.documents === 1 && <strong className="support-line__single"> · {t('sources.support.single')}</strong>}
    </p>
  );
}
