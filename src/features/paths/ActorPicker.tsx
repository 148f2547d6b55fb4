// Choose one end of a path by typing a name or alias; the field empties once the actor is chosen.
import { useI18n } from '../../i18n/I18nProvider';
import { ActorCombobox } from '../../ui/ActorCombobox';

/** Matches listed at most: the picker sits in the narrow details panel. */
const PICKER_MATCHES = 8;

interface Props {
  label: string;
  /** An actor not offered (the other end of the path). */
  exclude?: string;
  onPick(actorId: string): void;
}

export function ActorPicker({ label, exclude, onPick }: Props) {
  const { t } = useI18n();
  return (
    <ActorCombobox
      className="actor-picker"
      label={label}
      placeholder={t('paths.connectTo.placeholder')}
      matchesLabel={t('paths.matches')}
      noMatch={(query) => t('paths.none.match', { query })}
      limit={PICKER_MATCHES}
      exclude={exclude}
      onChoose={(hit) => {
        onPick(hit.actorId);
        return '';
      }}
    />
  );
}
