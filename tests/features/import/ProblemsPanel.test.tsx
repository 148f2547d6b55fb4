// @vitest-environment jsdom
// The problems panel and import status: grouped problems with line:column, pointer, message and hint, as text; progress while opening.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ImportControls } from '../../../src/features/import/ImportControls';
import { ImportStatusPanel } from '../../../src/features/import/ImportStatusPanel';
import { problemSummary, ProblemsPanel } from '../../../src/features/import/ProblemsPanel';
import type { Problem } from '../../../src/domain/problems';
import { sampleDataset } from '../../curation/sample';
import { renderCurated } from '../../support/renderCurated';
import { testFormatter } from '../../support/testI18n';
import { say } from '../../../src/domain/problemMessages';

const problem = (overrides: Partial<Problem>): Problem => ({
  severity: 'error',
  code: 'invalid-value',
  file: 'x.json',
  line: 3,
  column: 7,
  pointer: '/actors/0/id',
  message: say('validation.shape.empty', { field: say('validation.field.key', { key: 'id' }) }),
  ...overrides,
});

describe('ProblemsPanel', () => {
  it('groups errors before warnings, each with its place, message and hint, as plain text', () => {
    renderCurated(
      <ProblemsPanel
        problems={[
          problem({
            severity: 'warning',
            code: 'unused-actor',
            line: 9,
            message: say('validation.actor.unused', { id: 'x' }),
          }),
          problem({
            code: 'quote-not-found',
            line: 12,
            column: 5,
            pointer: '/relations/0/evidence/0/quote',
            message: say('validation.quote.notFound', { document: '<img src=x onerror=alert(1)>' }),
            hint: say('validation.quote.closest', { differences: 2, passage: '<b>Russia</b> trusts Iran.' }),
          }),
          problem({
            code: 'json-duplicate-key',
            line: 2,
            pointer: '/title',
            message: say('validation.json.duplicateKey', { key: 'title' }),
          }),
        ]}
      />,
    );
    const headings = screen.getAllByRole('heading').map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Error: Duplicate keys (1)',
      'Error: Quotes not found in their document (1)',
      'Warning: Actors in no relation (1)',
    ]);
    const quoteGroup = screen.getByRole('region', { name: 'Quotes not found in their document (error)' });
    expect(within(quoteGroup).getByText('x.json:12:5')).toBeInTheDocument();
    expect(within(quoteGroup).getByText('/relations/0/evidence/0/quote')).toBeInTheDocument();
    expect(
      within(quoteGroup).getByText('quote not found in document "<img src=x onerror=alert(1)>"'),
    ).toBeInTheDocument();
    expect(
      within(quoteGroup).getByText('Hint: closest passage (2 characters differ): "<b>Russia</b> trusts Iran."'),
    ).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByText('actor "x" is in no relation')).toBeInTheDocument();
  });
});

describe('problem counts', () => {
  it('counts errors and warnings in the singular and the plural', () => {
    const summary = (problems: Problem[]) => problemSummary(testFormatter, problems);
    const warning = problem({ severity: 'warning' });
    expect(summary([])).toBe('no problems');
    expect(summary([problem({})])).toBe('1 error');
    expect(summary([problem({}), problem({}), warning])).toBe('2 errors, 1 warning');
    expect(summary([warning, warning])).toBe('2 warnings');
  });

  it('says how many more a long group holds', () => {
    renderCurated(<ProblemsPanel problems={[problem({}), problem({}), problem({})]} limitPerGroup={2} />);
    expect(screen.getByText('…and 1 more like this.')).toBeInTheDocument();
  });
});

describe('ImportControls and ImportStatusPanel', () => {
  it('refuses an invalid file, names the problem and keeps the dataset on screen', async () => {
    const { store } = renderCurated(
      <>
        <ImportControls />
        <ImportStatusPanel />
      </>,
    );
    const before = store.getState().checked;
    await userEvent.upload(
      screen.getByLabelText(/Open dataset file/),
      new File(['{"formatVersion": 1, "id": "x",,}'], 'broken.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json was not opened: 1 error');
    expect(alert).toHaveTextContent('The dataset on screen is unchanged.');
    expect(alert).toHaveTextContent(/broken\.json:1:\d+/);
    expect(within(alert).getByRole('heading', { name: /Not valid JSON/ })).toBeInTheDocument();
    expect(store.getState().checked).toBe(before);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('opens a valid file in place of the one on screen', async () => {
    const { store } = renderCurated(<ImportControls />);
    const other = { ...sampleDataset(), id: 'other', title: 'Other dataset' };
    await userEvent.upload(
      screen.getByLabelText(/Open dataset file/),
      new File([JSON.stringify(other)], 'other.json', { type: 'application/json' }),
    );
    await waitFor(() => expect(store.getState().checked?.dataset.title).toBe('Other dataset'));
    expect(store.getState().source).toEqual({ kind: 'file', name: 'other.json' });
  });

  it('shows reading progress, then checking', async () => {
    const { store } = renderCurated(<ImportStatusPanel />);
    act(() => {
      store.getState().openingStarted('big.json');
      store
        .getState()
        .openingProgressed({ phase: 'reading', loadedBytes: 5 * 1024 * 1024, totalBytes: 20 * 1024 * 1024 });
    });
    expect(screen.getByRole('status')).toHaveTextContent('Reading big.json: 5.0 MB of 20 MB');
    act(() => store.getState().openingProgressed({ phase: 'checking' }));
    expect(screen.getByRole('status')).toHaveTextContent('Checking big.json…');
  });
});
