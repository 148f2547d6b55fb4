// Pure: the visible part of a checked dataset as a stand-alone Dataset: documents inlined, references kept resolvable.
import type { Actor, CheckedDataset, Dataset, SourceDocument } from '../domain/model';
import type { Visibility } from '../domain/query';

/**
 * The visible relations and actors, plus what they refer to, so the file passes the validator on its own:
 * every document the visible relations cite, and the actors named by `attributedTo` and by `affiliation`
 * (followed up the chain). Those extra actors appear without relations. Documents that no relation of the dataset
 * cites are kept too, as actors without relations are: nothing filters them, and the whole export stays lossless.
 * Order follows the dataset.
 */
export function visibleSubgraph(checked: CheckedDataset, visible: Visibility): Dataset {
  const { dataset } = checked;
  const relations = visible.relationIndices.flatMap((index) => {
    const relation = dataset.relations[index];
    return relation ? [relation] : [];
  });

  const actorIds = new Set(visible.actorIds);
  const documentIds = new Set<string>();
  for (const relation of relations) {
    actorIds.add(relation.source).add(relation.target);
    for (const evidence of relation.evidence) {
      documentIds.add(evidence.document);
      if (evidence.attributedTo !== undefined) actorIds.add(evidence.attributedTo);
    }
  }
  for (const id of [...actorIds]) {
    for (
      let next = checked.actorsById.get(id)?.affiliation;
      next !== undefined && !actorIds.has(next);
      next = checked.actorsById.get(next)?.affiliation
    ) {
      actorIds.add(next);
    }
  }

  const actors: Actor[] = dataset.actors.filter((actor) => actorIds.has(actor.id));
  const citedAnywhere = new Set(
    dataset.relations.flatMap((relation) => relation.evidence.map((evidence) => evidence.document)),
  );
  const documents: SourceDocument[] = dataset.documents
    .filter((document) => documentIds.has(document.id) || !citedAnywhere.has(document.id))
    .map((document) => inlineText(checked, document));

  // A fixed key order: the same data always serialises to the same bytes. $schema is left out: its relative path
  // pointed from the original file's folder and would not resolve next to the exported file.
  return {
    formatVersion: dataset.formatVersion,
    id: dataset.id,
    title: dataset.title,
    ...(dataset.description !== undefined && { description: dataset.description }),
    ...(dataset.relationTypes !== undefined && { relationTypes: dataset.relationTypes }),
    documents,
    actors,
    relations,
  };
}

/** The document with its archived text inline (textFile dropped), so the file stands alone. */
function inlineText(checked: CheckedDataset, document: SourceDocument): SourceDocument {
  const { textFile: _textFile, text: _text, ...rest } = document;
  return { ...rest, text: checked.documentTexts.get(document.id) ?? document.text ?? '' };
}

/** Everything in the dataset: for exports of the whole dataset and for tests. */
export function everythingVisible(checked: CheckedDataset): Visibility {
  return {
    actorIds: new Set(checked.dataset.actors.map((actor) => actor.id)),
    relationIds: new Set(checked.dataset.relations.map((relation) => relation.id)),
    relationIndices: checked.dataset.relations.map((_, index) => index),
  };
}
