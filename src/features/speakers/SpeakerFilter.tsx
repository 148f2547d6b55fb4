// The speaker filter: only the relations some quote attributes to the speakers ticked, the outlets' own voice among
// them; nothing ticked shows every relation.
import { claimsBy, OUTLET_VOICE, speakersOf } from '../../domain/speakers';
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { toggled } from '../../store/filterTransitions';
import { actorName } from '../../i18n/datasetWords';
import { narrowed, useNarrowField } from '../../ui/NarrowField';

export function SpeakerFilter() {
  const { t } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const chosen = useExplorer((state) => state.filters.speakers);
  const setFilter = useExplorer((state) => state.setFilter);
  const speakers = checked === null ? [] : speakersOf(checked);
  const { query, field } = useNarrowField(t('speakers.filter.legend'), speakers.length);
  if (checked === null || speakers.length === 0) return null;
  const nameOf = (speaker: string) =>
    speaker === OUTLET_VOICE ? t('speakers.outletVoice') : actorName(checked, speaker);
  const rows = narrowed(speakers, query, nameOf);
  return (
    <fieldset className="filter-group speaker-filter">
      <legend>{t('speakers.filter.legend')}</legend>
      <p className="hint">{t('speakers.filter.hint')}</p>
      {field}
      <ul className="filter-group__items">
        {rows.map((speaker) => (
          <li key={speaker}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(speaker)}
                onChange={() => setFilter('speakers', (current) => toggled(current, speaker))}
              />
              {nameOf(speaker)}{' '}
              <span className="count">{t('speakers.filter.count', { count: claimsBy(checked, speaker).length })}</span>
            </label>
          </li>
        ))}
      </ul>
      {rows.length === 0 && <p className="hint">{t('filters.narrow.none', { query })}</p>}
      <button
        type="button"
        className="link-button"
        disabled={chosen.length === 0}
        onClick={() => setFilter('speakers', [])}
      >
        {t('speakers.filter.clear')}
      </button>
    </fieldset>
  );
}
