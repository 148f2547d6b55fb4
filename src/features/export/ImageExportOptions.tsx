// The image export choices: current view or whole graph, 1×/2×/4×, white or transparent background.
import type { ImageRequest } from '../../export/figure/pngFigure';
import type { MessageId } from '../../i18n/en';
import { useI18n } from '../../i18n/I18nProvider';

const SCALES = [1, 2, 4] as const;
const AREAS: readonly { area: ImageRequest['area']; label: MessageId }[] = [
  { area: 'whole', label: 'export.area.whole' },
  { area: 'view', label: 'export.area.view' },
];
const BACKGROUNDS: readonly { background: ImageRequest['background']; label: MessageId }[] = [
  { background: 'white', label: 'export.background.white' },
  { background: 'transparent', label: 'export.background.transparent' },
];

export function ImageExportOptions({
  value,
  onChange,
  disabled,
}: {
  value: ImageRequest;
  onChange: (next: ImageRequest) => void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="export-menu__options">
      <fieldset disabled={disabled}>
        <legend>{t('export.area')}</legend>
        {AREAS.map(({ area, label }) => (
          <label key={area}>
            <input
              type="radio"
              name="export-area"
              checked={value.area === area}
              onChange={() => onChange({ ...value, area })}
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={disabled}>
        <legend>{t('export.scale')}</legend>
        {SCALES.map((scale) => (
          <label key={scale}>
            <input
              type="radio"
              name="export-scale"
              checked={value.scale === scale}
              onChange={() => onChange({ ...value, scale })}
            />{' '}
            {t('export.scale.value', { scale })}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={disabled}>
        <legend>{t('export.background')}</legend>
        {BACKGROUNDS.map(({ background, label }) => (
          <label key={background}>
            <input
              type="radio"
              name="export-background"
              checked={value.background === background}
              onChange={() => onChange({ ...value, background })}
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
