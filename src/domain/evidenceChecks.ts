// Proves every quote: loads each document's archived text and anchors each quote in it, or says why it cannot.
import type { TextAnchor } from './model';
import { anchorQuote, foldForMatching, type FoldedText } from './quotes';
import { itemsOf, stringField } from './rawAccess';
import { didYouMean } from './suggest';
import { decodeUtf8 } from './utf8';
import type { IdIndex } from './referenceChecks';
import type { ProblemCollector } from './validationContext';

/** Raw bytes of each textFile by its path as written in the dataset; null when it could not be read. */
export type TextFiles = ReadonlyMap<string, Uint8Array | null>;

/** A textFile must stay inside the dataset's folder: no absolute paths, no "..", no URLs. */
function isSafeTextFilePath(path: string): boolean {
  if (path === '' || /^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/') || path.startsWith('\\')) return false;
  return !path.split(/[\\/]/).some((segment) => segment === '..');
}

/** The textFile paths a dataset asks for, so the caller can load them before validating. */
export function textFilePaths(root: unknown): string[] {
  const paths = new Set<string>();
  for (const [, document] of itemsOf(root, 'documents')) {
    const path = stringField(document, 'textFile');
    if (path !== undefined && isSafeTextFilePath(path)) paths.add(path);
  }
  return [...paths];
}

export function loadDocumentTexts(root: unknown, textFiles: TextFiles, report: ProblemCollector): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [index, document] of itemsOf(root, 'documents')) {
    const id = stringField(document, 'id');
    const inline = stringField(document, 'text');
    const path = stringField(document, 'textFile');
    const hasText = Object.prototype.hasOwnProperty.call(document, 'text');
    const hasFile = Object.prototype.hasOwnProperty.call(document, 'textFile');
    if (hasText && hasFile) {
      report.error(
        'text-source',
        ['documents', index, 'textFile'],
        'a document has either "text" or "textFile", not both',
        'keep the archived text in one place',
      );
      continue;
    }
    if (!hasText && !hasFile) {
      report.error(
        'text-source',
        ['documents', index],
        'document has no archived text: add "text" or "textFile"',
        'quotes are checked against this text',
      );
      continue;
    }
    let text = inline;
    if (path !== undefined) {
      text = readTextFile(path, ['documents', index, 'textFile'], textFiles, report);
    }
    if (id !== undefined && text !== undefined) texts.set(id, text);
  }
  return texts;
}

function readTextFile(
  path: string,
  at: Array<string | number>,
  textFiles: TextFiles,
  report: ProblemCollector,
): string | undefined {
  if (!isSafeTextFilePath(path)) {
    report.error(
      'text-file-path',
      at,
      `textFile "${path}" must be a relative path inside the dataset's folder`,
      'no absolute paths, URLs or ".." segments',
    );
    return undefined;
  }
  const bytes = textFiles.get(path);
  if (!bytes) {
    report.error(
      'text-file-missing',
      at,
      `textFile "${path}" cannot be read`,
      'the path is relative to the dataset file; when opening a single file, inline the text with "text" instead',
    );
    return undefined;
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    report.error(
      'text-file-not-utf8',
      at,
      `textFile "${path}" is not valid UTF-8 (first bad byte at offset ${decoded.byteOffset})`,
      'save the archived text as UTF-8',
    );
    return undefined;
  }
  return decoded.text;
}

/** Anchors every quote; returns anchors[relationIndex][evidenceIndex] for the quotes that were found. */
export function checkEvidence(
  root: unknown,
  ids: IdIndex,
  texts: ReadonlyMap<string, string>,
  report: ProblemCollector,
): TextAnchor[][] {
  const folded = new Map<string, FoldedText>();
  const foldedText = (documentId: string, text: string): FoldedText => {
    let entry = folded.get(documentId);
    if (!entry) folded.set(documentId, (entry = foldForMatching(text)));
    return entry;
  };
  const anchors: TextAnchor[][] = [];
  for (const [relationIndex, relation] of itemsOf(root, 'relations')) {
    const relationAnchors: TextAnchor[] = (anchors[relationIndex] = []);
    for (const [evidenceIndex, evidence] of itemsOf(relation, 'evidence')) {
      const at = ['relations', relationIndex, 'evidence', evidenceIndex];
      const documentId = stringField(evidence, 'document');
      const attributedTo = stringField(evidence, 'attributedTo');
      if (attributedTo !== undefined && !ids.actorIds.has(attributedTo)) {
        report.error(
          'unknown-reference',
          [...at, 'attributedTo'],
          `attributedTo "${attributedTo}" is not an actor id`,
          didYouMean(attributedTo, [...ids.actorIds]),
        );
      }
      if (documentId === undefined) continue;
      if (!ids.documentIds.has(documentId)) {
        report.error(
          'unknown-reference',
          [...at, 'document'],
          `document "${documentId}" is not a document id`,
          didYouMean(documentId, [...ids.documentIds]),
        );
        continue;
      }
      const quote = stringField(evidence, 'quote');
      const text = texts.get(documentId);
      if (quote === undefined || text === undefined) continue; // reported elsewhere: bad shape or unreadable text
      const prefix = stringField(evidence, 'prefix');
      const suffix = stringField(evidence, 'suffix');
      const match = anchorQuote(foldedText(documentId, text), text, {
        quote,
        ...(prefix !== undefined && { prefix }),
        ...(suffix !== undefined && { suffix }),
      });
      switch (match.kind) {
        case 'found':
          relationAnchors[evidenceIndex] = match.anchor;
          break;
        case 'empty':
          report.error('empty-quote', [...at, 'quote'], 'quote is empty', 'copy the sentence that states the relation');
          break;
        case 'not-found':
          report.error(
            'quote-not-found',
            [...at, 'quote'],
            `quote not found in document "${documentId}"`,
            match.closest
              ? `closest passage (${match.closest.differences === 1 ? '1 character differs' : `${match.closest.differences} characters differ`}): "${match.closest.passage}"`
              : 'nothing in the document comes close; check the document id',
          );
          break;
        case 'ambiguous':
          report.error(
            'quote-ambiguous',
            [...at, 'quote'],
            `quote occurs ${match.count} times in document "${documentId}": add a prefix or suffix to pick one`,
            `the text before the occurrences: ${match.candidatePrefixes.map((before) => `"${before}"`).join(', ')}`,
          );
          break;
        case 'context-mismatch': {
          const key = match.which === 'suffix' ? 'suffix' : 'prefix';
          report.error(
            'quote-context-mismatch',
            [...at, key],
            `${match.which} does not match the text around the quote in document "${documentId}"`,
            match.which === 'suffix'
              ? `the text after the quote reads "${match.actualAfter}"`
              : `the text before the quote reads "${match.actualBefore}"`,
          );
          break;
        }
      }
    }
  }
  return anchors;
}
