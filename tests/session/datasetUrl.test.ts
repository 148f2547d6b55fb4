// Which dataset the page opens: ?data= or the bundled one, resolved against the page.
import { describe, expect, it } from 'vitest';
import { datasetUrlFrom, DEFAULT_DATASET_URL } from '../../src/session/datasetUrl';

describe('datasetUrlFrom', () => {
  it('uses ?data= or the bundled dataset, resolved against the page', () => {
    expect(datasetUrlFrom({ search: '', href: 'http://h/app/' })).toBe(`http://h${DEFAULT_DATASET_URL}`);
    expect(datasetUrlFrom({ search: '?data=other/d.json', href: 'http://h/app/' })).toBe('http://h/app/other/d.json');
  });
});
