// Proves every quote: loads each document's archived text and anchors each quote in it, or says why it cannot.
import type { TextAnchor } from './model';
import { say } from './problemMessages';
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
        say('validation.text.both'),
        say('validation.text.both.hint'),
      );
      continue;
    }
    if (!hasText && !hasFile) {
      report.error('text-source', ['documents', index], say('validation.text.none'), say('validation.text.none.hint'));
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
      say('validation.textFile.unsafe', { path }),
      say('validation.textFile.unsafe.hint'),
    );
    return undefined;
  }
  const bytes = textFiles.get(path);
  if (!bytes) {
    report.error(
      'text-file-missing',
      at,
      say('validation.textFile.missing', { path }),
      say('validation.textFile.missing.hint'),
    );
    return undefined;
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    report.error(
      'text-file-not-utf8',
      at,
      say('validation.textFile.notUtf8', { path, offset: decoded.byteOffset }),
      say('validation.textFile.notUtf8.hint'),
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
          say('validation.evidence.unknownSpeaker', { id: attributedTo }),
          didYouMean(attributedTo, [...ids.actorIds]),
        );
      }
      if (documentId === undefined) continue;
      if (!ids.documentIds.has(documentId)) {
        report.error(
          'unknown-reference',
          [...at, 'document'],
          say('validation.evidence.unknownDocument', { id: documentId }),
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
          report.error(
            'empty-quote',
            [...at, 'quote'],
            say('validation.quote.empty'),
            say('validation.quote.empty.hint'),
          );
          break;
        case 'not-found':
          report.error(
            'quote-not-found',
            [...at, 'quote'],
            say('validation.quote.notFound', { document: documentId }),
            match.closest ? say('validation.quote.closest', match.closest) : say('validation.quote.nothingClose'),
          );
          break;
        case 'ambiguous':
          report.error(
            'quote-ambiguous',
            [...at, 'quote'],
            say('validation.quote.ambiguous', { count: match.count, document: documentId }),
            say('validation.quote.ambiguous.hint', {
              before: match.candidatePrefixes.map((before) => `"${before}"`).join(', '),
            }),
          );
          break;
        case 'context-mismatch': {
          const key = match.which === 'suffix' ? 'suffix' : 'prefix';
          report.error(
            'quote-context-mismatch',
            [...at, key],
            say('validation.quote.contextMismatch', { which: match.which, document: documentId }),
            match.which === 'suffix'
              ? say('validation.quote.textAfter', { text: match.actualAfter })
              : say('validation.quote.textBefore', { text: match.actualBefore }),
          );
          break;
        }
      }
    }
  }
  return anchors;
}
