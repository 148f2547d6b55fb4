// The figure's default title and subtitle (the dataset's title; what is shown under which filters) and how many
// relations are shown, kept current while the menu is on the page.
import { useMemo } from 'react';
import { figureHeadings } from '../../export/figure/figureContent';
import { filterSummary } from '../../export/filterSummary';
import { useI18n } from '../../i18n/I18nProvider';
import { focusSeeds, selectVisibility } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';

interface FigureDefaults {
  datasetId: string | null;
  title: string;
  subtitle: string;
  shownRelations: number;
}

export function useFigureDefaults(): FigureDefaults {
  const i18n = useI18n();
  const checked = useExplorer((state) => state.checked);
  const visible = useExplorer(selectVisibility);
  const filters = useExplorer((state) => state.filters);
  const focusHops = useExplorer((state) => state.focusHops);
  const selection = useExplorer((state) => state.selection);
  return useMemo(() => {
    if (checked === null || visible === null) return { datasetId: null, title: '', subtitle: '', shownRelations: 0 };
    const seeds = focusHops > 0 ? focusSeeds(checked, selection) : [];
    const summary = filterSummary(checked, { filters, focusHops, focusSeeds: seeds }, i18n);
    return {
      datasetId: checked.dataset.id,
      ...figureHeadings(checked, visible, summary, i18n),
      shownRelations: visible.relationIndices.length,
    };
  }, [checked, visible, filters, focusHops, selection, i18n]);
}
