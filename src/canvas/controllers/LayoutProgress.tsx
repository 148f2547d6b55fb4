// Shown while the layout runs in its worker: what is happening, for how long, and a button to stop it.
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

export function LayoutProgress({ actors, startedAt, onStop }: { actors: number; startedAt: number; onStop(): void }) {
  const { t } = useI18n();
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.round((now - startedAt) / 1000));
  return (
    <div className="layout-progress" role="status" aria-live="polite">
      <progress aria-label={t('canvas.layout.progress')} />
      <span>{t('canvas.layout.status', { actors, seconds })}</span>
      <button type="button" onClick={onStop}>
        {t('canvas.layout.stop')}
      </button>
    </div>
  );
}
