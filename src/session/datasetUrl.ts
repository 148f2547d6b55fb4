// Which dataset the page opens: ?data=<url>, else the bundled one (opening itself is io/openDataset via the curation session).

export const DEFAULT_DATASET_URL = '/russia-israel-iran/dataset.json';

/** The dataset to open: `?data=` when given, else the bundled one; resolved against the page. */
export function datasetUrlFrom(location: { search: string; href: string }): string {
  const requested = new URLSearchParams(location.search).get('data');
  return new URL(requested || DEFAULT_DATASET_URL, location.href).href;
}
