// Opens a dataset from bytes, picked files or a URL: read with progress and a size limit, validate, and never throw.
import type { CheckedDataset } from '../domain/model';
import { say } from '../domain/problemMessages';
import type { Problem } from '../domain/problems';
import { sourceLabel, type DatasetSource } from './datasetSource';
import { MAX_DATASET_BYTES, readFileBytes, readResponseBytes, TooLargeError } from './readLimitedBytes';
import { readerFormatter } from '../i18n/readerFormatter';
import { fileProblem, problemFromError } from './refusal';
import { looksLikeZip } from './zipSignature';
import { validateOffThread, type Validate } from './validateOffThread';
import type { ValidationRequest } from './validateRequest';

export type OpenOutcome =
  | { ok: true; source: DatasetSource; checked: CheckedDataset; warnings: Problem[] }
  | { ok: false; source: DatasetSource; problems: Problem[] };

export type OpenProgress = { phase: 'reading'; loadedBytes: number; totalBytes: number | null } | { phase: 'checking' };

export interface OpenOptions {
  onProgress?: (progress: OpenProgress) => void;
  signal?: AbortSignal;
  /** Where validation runs; a Web Worker by default. */
  validate?: Validate;
}

interface OpenInput {
  source: DatasetSource;
  bytes: Uint8Array;
  textFiles?: ReadonlyMap<string, Uint8Array>;
  baseUrl?: string | null;
}

/** The zip reader is not part of the first load: it comes with the first archive opened. */
const loadArchiveReader = () => import('./archiveRequest');

/**
 * Validates already-read bytes: a dataset's JSON, or a .zip holding dataset.json with its texts. Every failure, even a
 * crash of the validator, comes back as problems.
 */
export async function openDatasetBytes(input: OpenInput, options: OpenOptions = {}): Promise<OpenOutcome> {
  const { source } = input;
  const file = sourceLabel(source);
  try {
    options.onProgress?.({ phase: 'checking' });
    let request: ValidationRequest = {
      bytes: input.bytes,
      file,
      textFiles: input.textFiles ?? new Map(),
      baseUrl: input.baseUrl ?? null,
    };
    if (/\.zip$/i.test(file) || looksLikeZip(input.bytes)) {
      const { openArchivedDataset } = await loadArchiveReader();
      const opened = openArchivedDataset(readerFormatter(), file, input.bytes);
      if (!opened.ok) return { ok: false, source, problems: [opened.problem] };
      request = { ...opened.dataset, baseUrl: null };
    }
    const validate = options.validate ?? validateOffThread;
    const result = await validate(request, options.signal);
    if (result.ok) return { ok: true, source, checked: result.checked, warnings: result.problems };
    const problems = result.problems.length > 0 ? result.problems : [fileProblem(file, say('import.refusal.notValid'))];
    return { ok: false, source, problems };
  } catch (error) {
    return { ok: false, source, problems: [problemFromError(file, error)] };
  }
}

/** A File-like: what the file input and drag-and-drop give (name, size, stream). */
export interface PickedFile extends Blob {
  readonly name: string;
  readonly webkitRelativePath?: string;
}

/** A dataset among picked files: a dataset JSON, or a shared view (the explorer's interactive HTML export). */
const isJsonFile = (file: PickedFile) =>
  /\.(json|html?)$/i.test(file.name) || file.type === 'application/json' || file.type === 'text/html';

/**
 * Files the user picked or dropped: one dataset JSON, optionally with the text files its documents name
 * (matched by path or by file name), since a page cannot read files next to the one picked.
 */
export async function openDatasetFiles(files: readonly PickedFile[], options: OpenOptions = {}): Promise<OpenOutcome> {
  const datasets = files.length === 1 ? files : files.filter(isJsonFile);
  const datasetFile = datasets[0];
  if (datasetFile === undefined || datasets.length > 1) {
    const name = datasetFile?.name ?? files[0]?.name ?? readerFormatter().t('import.refusal.unnamed');
    const message =
      datasetFile === undefined
        ? say('import.refusal.noJson')
        : say('import.refusal.severalJson', { count: datasets.length });
    return {
      ok: false,
      source: { kind: 'file', name },
      problems: [fileProblem(name, message, say('import.refusal.chooseOne'))],
    };
  }
  const source: DatasetSource = { kind: 'file', name: datasetFile.name };
  try {
    const bytes = await readPickedFile(datasetFile, {
      ...readOptions(options),
      onProgress: (loadedBytes, totalBytes) => options.onProgress?.({ phase: 'reading', loadedBytes, totalBytes }),
    });
    const textFiles = new Map<string, Uint8Array>();
    for (const file of files) {
      if (file === datasetFile) continue;
      const text = await readPickedFile(file, readOptions(options));
      textFiles.set(file.name, text);
      const relative = file.webkitRelativePath?.split('/').slice(1).join('/');
      if (relative) textFiles.set(relative, text);
    }
    return await openDatasetBytes({ source, bytes, textFiles }, options);
  } catch (error) {
    return { ok: false, source, problems: [problemFromError(datasetFile.name, error)] };
  }
}

/** A dataset by URL (same origin or CORS-enabled); its textFiles are fetched relative to it. */
export async function openDatasetUrl(
  url: string,
  options: OpenOptions & { fetchImpl?: typeof fetch } = {},
): Promise<OpenOutcome> {
  const source: DatasetSource = { kind: 'url', url };
  const file = sourceLabel(source);
  try {
    const fetchImpl = options.fetchImpl ?? fetch;
    const response = await fetchImpl(url, options.signal ? { signal: options.signal } : {});
    if (!response.ok)
      return {
        ok: false,
        source,
        problems: [
          fileProblem(
            file,
            say('import.refusal.httpStatus', { url, status: `${response.status} ${response.statusText}`.trim() }),
          ),
        ],
      };
    const bytes = await readResponseBytes(response, {
      ...readOptions(options),
      onProgress: (loadedBytes, totalBytes) => options.onProgress?.({ phase: 'reading', loadedBytes, totalBytes }),
    });
    // A fetch given by the caller (tests) also fetches the textFiles, so validation stays in the page.
    const validate =
      options.validate ??
      (options.fetchImpl
        ? async (request: ValidationRequest) => (await import('./validateRequest')).validateRequest(request, fetchImpl)
        : undefined);
    return await openDatasetBytes({ source, bytes, baseUrl: url }, { ...options, ...(validate && { validate }) });
  } catch (error) {
    if (error instanceof TypeError)
      return {
        ok: false,
        source,
        problems: [
          fileProblem(
            file,
            say('import.refusal.unreachable', { url, reason: error.message }),
            say('import.refusal.unreachableHint'),
          ),
        ],
      };
    return { ok: false, source, problems: [problemFromError(file, error)] };
  }
}

/** Streams the file where Blob.stream exists (browsers, Node); older DOMs (jsdom) read it whole, after the same size check. */
async function readPickedFile(file: Blob, options: Parameters<typeof readFileBytes>[1]): Promise<Uint8Array> {
  if (typeof file.stream === 'function') return readFileBytes(file, options);
  if (file.size > MAX_DATASET_BYTES) throw new TooLargeError(file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  options?.onProgress?.(bytes.byteLength, file.size);
  return bytes;
}

function readOptions(options: OpenOptions): { signal?: AbortSignal } {
  return options.signal ? { signal: options.signal } : {};
}
