// The format's fixed values as plain constants: the page reads them (filters, the legend, the editors) without loading
// the schema that checks them (schema.ts, with zod), which loads with the validator, off the first load.

/** Partial ISO 8601 calendar dates: YYYY, YYYY-MM or YYYY-MM-DD. Impossible days are caught by dates.ts. */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$';
export const ACTOR_KINDS = ['person', 'state', 'organization', 'armed-group', 'place'] as const;
/** How firmly a quote states its relation (after FactBank's degrees of factuality); absent means "certain". */
export const CERTAINTIES = ['certain', 'probable', 'possible'] as const;
