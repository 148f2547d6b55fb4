// The legend: actor kinds, relation types and claim marks from the one legend model (graph/legend.ts), drawn with the
// swatches the exported figure draws, with the visible counts.
import { EDGE_SWATCH, edgeSwatch, markSwatch, NODE_SWATCH, nodeSwatch } from '../../graph/legendSwatches';
import { useI18n } from '../../i18n/I18nProvider';
import { selectLegend } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';
import { SwatchSvg } from './SwatchSvg';
import './legend.css';

export function Legend() {
  const { t, number } = useI18n();
  const legend = useExplorer(selectLegend);
  if (legend === null) return null;
  return (
    <section className="panel legend" aria-label={t('legend.label')}>
      <h2>{t('legend.label')}</h2>
      <h3>{t('legend.actors')}</h3>
      <ul className="legend__list">
        {legend.kinds.map(({ kind, label, style }) => (
          <li key={kind} data-kind={kind}>
            <SwatchSvg shapes={nodeSwatch(style)} size={NODE_SWATCH} /> {label}
          </li>
        ))}
      </ul>
      <h3>{t('legend.relations')}</h3>
      <ul className="legend__list">
        {legend.relations.map((entry) => (
          <li key={entry.id} data-type={entry.id} title={entry.description}>
            <SwatchSvg shapes={edgeSwatch(entry.style)} size={EDGE_SWATCH} /> {entry.label}
            {entry.directed && <span className="visually-hidden"> {t('legend.directed')}</span>}{' '}
            <span className="count">{number(entry.visible)}</span>
          </li>
        ))}
      </ul>
      {legend.marks.length > 0 && (
        <>
          <h3>{t('legend.claims')}</h3>
          <ul className="legend__list">
            {legend.marks.map(({ status, mark, visible }) => (
              <li key={status} data-status={status}>
                <SwatchSvg shapes={markSwatch(mark)} size={EDGE_SWATCH} />
                <span className="legend__mark">
                  <span>
                    {t(`claims.status.${status}`)} <span className="count">{number(visible)}</span>
                  </span>
                  <span className="legend__meaning">{t(`claims.meaning.${status}`)}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
