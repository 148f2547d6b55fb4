// The details of the selection: an actor (kind, aliases, affiliation, its relations) or a relation (its claim, date
// and every quote behind it, each in context with its source).
import { asOfCut, evidenceReportedBy } from '../domain/asOf';
import { claimStatusesOf } from '../domain/claims';
import type { CheckedDataset } from '../domain/model';
import type { Visibility } from '../domain/query';
import type { Formatter } from '../i18n/formatter';
import { actorName, kindLabel, relationDate, relationSentence } from '../i18n/datasetWords';
import { el } from './dom';
import { evidenceView } from './evidenceView';
import type { Selection } from '../domain/selection';

interface DetailsContext {
  format: Formatter;
  checked: CheckedDataset;
  visibility: Visibility;
  asOf: string | null;
  select: (selection: Selection) => void;
}

export function detailsView(context: DetailsContext, selection: Selection): (HTMLElement | false)[] {
  const { format } = context;
  if (selection === null) return [el('p', { className: 'hint' }, format.t('viewer.details.empty'))];
  const close = el(
    'button',
    { className: 'link-button', attrs: { type: 'button' }, on: { click: () => context.select(null) } },
    format.t('viewer.details.close'),
  );
  const body =
    selection.kind === 'actor' ? actorDetails(context, selection.id) : relationDetails(context, selection.id);
  return [...body, close];
}

function relationButton(context: DetailsContext, relationIndex: number): HTMLElement {
  const { checked, format, visibility } = context;
  const relation = checked.dataset.relations[relationIndex]!;
  const shown = visibility.relationIds.has(relation.id);
  return el(
    'li',
    {},
    el(
      'button',
      {
        className: 'link-button',
        attrs: { type: 'button' },
        on: { click: () => context.select({ kind: 'relation', id: relation.id }) },
      },
      relationSentence(format, checked, relation),
    ),
    !shown && el('span', { className: 'hint' }, ` (${format.t('viewer.details.hiddenRelation')})`),
  );
}

function actorDetails(context: DetailsContext, actorId: string): (HTMLElement | false)[] {
  const { checked, format } = context;
  const actor = checked.actorsById.get(actorId);
  if (!actor) return [];
  const relations = checked.dataset.relations.flatMap((relation, index) =>
    relation.source === actorId || relation.target === actorId ? [index] : [],
  );
  return [
    el('h3', {}, actor.name),
    el('p', {}, format.t('viewer.details.kind', { kind: kindLabel(actor.kind) })),
    actor.aliases && actor.aliases.length > 0
      ? el('p', {}, format.t('details.actor.aliases', { aliases: format.list(actor.aliases) }))
      : false,
    actor.affiliation
      ? el('p', {}, format.t('details.actor.affiliation', { actor: actorName(checked, actor.affiliation) }))
      : false,
    actor.description ? el('p', { attrs: { dir: 'auto' } }, actor.description) : false,
    el('h4', {}, format.t('details.actor.relations')),
    relations.length > 0
      ? el('ul', { className: 'relation-list' }, ...relations.map((index) => relationButton(context, index)))
      : el('p', { className: 'hint' }, format.t('details.actor.noRelation')),
  ];
}

function relationDetails(context: DetailsContext, relationId: string): (HTMLElement | false)[] {
  const { checked, format, asOf } = context;
  const index = checked.relationIndexById.get(relationId);
  const relation = index === undefined ? undefined : checked.dataset.relations[index];
  if (index === undefined || relation === undefined) return [];
  const status = claimStatusesOf(checked)[index] ?? 'asserted';
  const date = relationDate(format, relation);
  const cut = asOf === null ? null : asOfCut(asOf);
  const type = checked.relationTypes.get(relation.type);
  return [
    el('h3', {}, relationSentence(format, checked, relation)),
    type
      ? el(
          'p',
          { className: 'hint' },
          format.t('details.relation.type', { label: type.label, description: type.description }),
        )
      : false,
    el(
      'p',
      {},
      ...format.parts<Node>('details.relation.claim', {
        status: format.t(`claims.status.${status}`),
        meaning: format.t(`claims.meaning.${status}`),
        badge: (chunks) => el('span', { className: `badge badge--${status}` }, ...chunks),
      }),
    ),
    date ? el('p', {}, format.t('viewer.details.relationDate', { date })) : false,
    el('h4', {}, format.t('viewer.details.quotes', { count: relation.evidence.length })),
    ...relation.evidence.map((evidence, evidenceIndex) =>
      evidenceView(
        format,
        checked,
        index,
        evidenceIndex,
        cut === null || evidenceReportedBy(checked, evidence.document, cut),
      ),
    ),
  ];
}
