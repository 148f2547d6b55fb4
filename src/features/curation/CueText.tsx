// A quote with its hedging and negation cues highlighted, each saying what kind of cue it is.
import { useI18n } from '../../i18n/I18nProvider';
import { cueSegments } from './cueSegments';

export function CueText({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <>
      {cueSegments(text).map((segment, index) =>
        segment.cue ? (
          <mark key={index} className={`cue cue--${segment.cue.kind}`} title={t(`curation.cue.${segment.cue.kind}`)}>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
