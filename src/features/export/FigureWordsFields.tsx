// The figure's title and subtitle, editable before export (the dataset's title and the active filters until edited),
// and the cited figure's checkbox, off with its reason when too many relations are shown.
import { useId } from 'react';
import { CITED_MAX_RELATIONS } from '../../export/figure/citedList';
import { useI18n } from '../../i18n/I18nProvider';

export interface FigureWordsValue {
  /** null: the default (the dataset's title, the active filters). */
  title: string | null;
  subtitle: string | null;
  cited: boolean;
}

export function FigureWordsFields({
  value,
  defaults,
  shownRelations,
  onChange,
  disabled,
}: {
  value: FigureWordsValue;
  defaults: { title: string; subtitle: string };
  shownRelations: number;
  onChange: (next: FigureWordsValue) => void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const tooMany = shownRelations > CITED_MAX_RELATIONS;
  return (
    <div className="export-menu__words">
      <label className="export-menu__field">
        <span>{t('export.heading.title')}</span>
        <input
          type="text"
          value={value.title ?? defaults.title}
          disabled={disabled}
          onChange={(event) => onChange({ ...value, title: event.target.value })}
        />
      </label>
      <label className="export-menu__field">
        <span>{t('export.heading.subtitle')}</span>
        <input
          type="text"
          value={value.subtitle ?? defaults.subtitle}
          disabled={disabled}
          onChange={(event) => onChange({ ...value, subtitle: event.target.value })}
        />
      </label>
      {(value.title !== null || value.subtitle !== null) && (
        <button
          type="button"
          className="export-menu__reset"
          disabled={disabled}
          onClick={() => onChange({ ...value, title: null, subtitle: null })}
        >
          {t('export.heading.reset')}
        </button>
      )}
      <label className="export-menu__cited">
        <input
          type="checkbox"
          checked={value.cited && !tooMany}
          disabled={disabled || tooMany}
          aria-describedby={tooMany ? `${id}-why` : undefined}
          onChange={(event) => onChange({ ...value, cited: event.target.checked })}
        />{' '}
        {t('export.cited')}
      </label>
      {tooMany && (
        <p className="hint export-menu__why" id={`${id}-why`}>
          {t('export.cited.tooMany', { count: shownRelations, max: CITED_MAX_RELATIONS })}
        </p>
      )}
    </div>
  );
}
