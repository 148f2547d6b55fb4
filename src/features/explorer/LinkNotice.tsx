// One line over the graph saying what the link that opened the view left out, and why; the rest of the view opened.
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';

export function LinkNotice() {
  const { t } = useI18n();
  const ignored = useExplorer((state) => state.ignoredLinkParts);
  const dismiss = useExplorer((state) => state.dismissLinkNotice);
  if (ignored.length === 0) return null;
  const parts = ignored.map((part) =>
    t('link.part', { key: part.key, value: part.value, reason: t(`link.reason.${part.reason}`) }),
  );
  return (
    <div className="link-notice" role="status" data-testid="link-notice">
      <p>{t('link.ignored', { parts: parts.join('; ') })}</p>
      <button type="button" className="link-button" onClick={dismiss}>
        {t('link.dismiss')}
      </button>
    </div>
  );
}
