// The paths view: how two actors connect through the shown relations — up to five shortest chains, each hop with the
// quote, outlet and date that state it — or why they do not; its hops download as CSV.
import { DEFAULT_MAX_HOPS, DEFAULT_MAX_PATHS } from '../../domain/paths';
import { downloadBlob } from '../../export/download';
import { exportFileName } from '../../export/fileName';
import { useI18n } from '../../i18n/I18nProvider';
import { selectPaths } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';
import { actorName } from '../../i18n/datasetWords';
import { useShowInGraph } from '../../ui/useShowInGraph';
import { ActorPicker } from './ActorPicker';
import { chainText, hopLink, hopRows, pathsCsv } from './pathHops';
import './paths.css';

export function PathsView() {
  const { t, rich, partialDate } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const ends = useExplorer((state) => state.path);
  const directed = useExplorer((state) => state.pathDirected);
  const filters = useExplorer((state) => state.filters);
  const setPath = useExplorer((state) => state.setPath);
  const setPathDirected = useExplorer((state) => state.setPathDirected);
  const result = useExplorer(selectPaths);
  const show = useShowInGraph();
  if (checked === null || ends === null || result === null) return null;

  const actorButton = (actorId: string) => (
    <button type="button" className="link-button" onClick={() => show({ kind: 'actor', id: actorId })}>
      {actorName(checked, actorId)}
    </button>
  );
  const download = () => {
    const text = pathsCsv(checked, result.paths, filters);
    downloadBlob(
      new Blob([text], { type: 'text/csv;charset=utf-8' }),
      exportFileName(checked.dataset.id, `paths-${ends.from}-${ends.to}`, new Date(), 'csv'),
    );
  };

  return (
    <section className="paths" aria-label={t('paths.label')} data-testid="paths-view">
      <div className="paths__head">
        <h2>{rich('paths.title', { from: actorButton(ends.from), to: actorButton(ends.to) })}</h2>
        <button type="button" className="details-panel__close" onClick={() => setPath(null)}>
          {t('paths.close')}
        </button>
      </div>
      <div className="paths__ends">
        <ActorPicker label={t('paths.from')} exclude={ends.to} onPick={(from) => setPath({ from, to: ends.to })} />
        <ActorPicker label={t('paths.to')} exclude={ends.from} onPick={(to) => setPath({ from: ends.from, to })} />
      </div>
      <label className="paths__directed">
        <input type="checkbox" checked={directed} onChange={(event) => setPathDirected(event.target.checked)} />
        {t('paths.directed')}
      </label>
      {'reason' in result ? (
        <p className="paths__none" role="status" data-reason={result.reason}>
          <strong>{t('paths.noConnection')}</strong> {t(`paths.reason.${result.reason}`, { maxHops: DEFAULT_MAX_HOPS })}
        </p>
      ) : (
        <>
          <p className="paths__found" role="status">
            {t('paths.found', { count: result.paths.length, maxPaths: DEFAULT_MAX_PATHS, maxHops: DEFAULT_MAX_HOPS })}
          </p>
          <ol className="paths__list">
            {result.paths.map((path, pathIndex) => {
              const hops = hopRows(checked, path, filters);
              return (
                <li key={path.actors.join('/')} className="paths__path" data-testid="path">
                  <p className="paths__chain" dir="auto">
                    <span className="paths__index">
                      {t('paths.path', { index: pathIndex + 1, hops: path.hops.length })}
                    </span>{' '}
                    {chainText(checked, hops)}
                  </p>
                  <ol className="paths__hops">
                    {hops.map((hop, hopIndex) => (
                      <li key={hopIndex} className="paths__hop">
                        <p className="paths__hop-line">
                          {actorName(checked, hop.from)} <span className="paths__link">{hopLink(checked, hop)}</span>{' '}
                          {actorName(checked, hop.to)}
                        </p>
                        {hop.relations.map((relation) => (
                          <figure key={relation.relationId} className="paths__evidence">
                            <blockquote dir="auto">{relation.quote}</blockquote>
                            <figcaption>
                              <cite>{relation.outlet}</cite>
                              {relation.published && (
                                <>
                                  {' · '}
                                  <time dateTime={relation.published}>{partialDate(relation.published)}</time>
                                </>
                              )}
                              {relation.moreEvidence > 0 && (
                                <> · {t('paths.hop.more', { count: relation.moreEvidence })}</>
                              )}
                              {' · '}
                              <button
                                type="button"
                                className="link-button"
                                onClick={() => show({ kind: 'relation', id: relation.relationId })}
                              >
                                {t('paths.hop.select')}
                              </button>
                            </figcaption>
                          </figure>
                        ))}
                      </li>
                    ))}
                  </ol>
                </li>
              );
            })}
          </ol>
          <button type="button" onClick={download}>
            {t('paths.csv')}
          </button>
        </>
      )}
    </section>
  );
}
