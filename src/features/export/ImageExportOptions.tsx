// The image export choices: the size (current view, whole graph, or a page preset), 1×/2×/4× for the sizes the graph
// sets, white or transparent background.
import { IMAGE_MENU_PRESETS, type PresetId } from '../../export/figure/presets';
import type { MessageId } from '../../i18n/en';
import { useI18n } from '../../i18n/I18nProvider';

/** What the menu holds between exports; the edge-label toggle is read from the screen at click time. */
export interface ImageChoice {
  preset: PresetId;
  scale: number;
  background: 'white' | 'transparent';
}

const SCALES = [1, 2, 4] as const;
const BACKGROUNDS: readonly { background: ImageChoice['background']; label: MessageId }[] = [
  { background: 'white', label: 'export.background.white' },
  { background: 'transparent', label: 'export.background.transparent' },
];
const presetLabel = (id: PresetId): MessageId => `export.preset.${id}`;

export function ImageExportOptions({
  value,
  onChange,
  disabled,
}: {
  value: ImageChoice;
  onChange: (next: ImageChoice) => void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const fixed = IMAGE_MENU_PRESETS.find((preset) => preset.id === value.preset)?.fixed;
  return (
    <div className="export-menu__options">
      <fieldset disabled={disabled} className="export-menu__presets" aria-describedby="export-preset-hint">
        <legend>{t('export.preset')}</legend>
        {IMAGE_MENU_PRESETS.map((preset) => (
          <label key={preset.id}>
            <input
              type="radio"
              name="export-preset"
              checked={value.preset === preset.id}
              onChange={() => onChange({ ...value, preset: preset.id })}
            />{' '}
            {t(presetLabel(preset.id), { ...preset.fixed?.pixels })}
          </label>
        ))}
        <p className="hint" id="export-preset-hint">
          {t('export.preset.hint')}
        </p>
      </fieldset>
      <fieldset disabled={disabled || fixed !== undefined}>
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
        {fixed && <span className="hint">{t('export.scale.fixed')}</span>}
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
