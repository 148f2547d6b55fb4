// Pure: export file names that say what they hold: dataset id, filter summary, variant and the day of the export.

/** The local calendar day, YYYY-MM-DD: the only date an export carries, and only in its name. */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** e.g. exportFileName('russia-israel-iran', 'strikes', new Date(2026, 10, 22), 'png') → russia-israel-iran-strikes-2026-11-22.png */
export function exportFileName(
  datasetId: string,
  summarySlug: string,
  day: Date,
  extension: string,
  variant = '',
): string {
  const stem = [datasetId, summarySlug, variant, localDay(day)].filter((part) => part !== '').join('-');
  return `${stem}.${extension}`;
}
