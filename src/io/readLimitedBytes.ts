// Reads a user's file or a fetched body into bytes with progress, refusing anything over the size limit before it can freeze the tab.

/** Larger datasets are refused up front: the tab would stall parsing them, and no curated dataset comes near it. */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;

/** A file over the limit; the words for it are the refusal's (io/refusal.ts). */
export class TooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly limit: number = MAX_DATASET_BYTES,
  ) {
    super();
    this.name = 'TooLargeError';
  }
}

export type Progress = (loadedBytes: number, totalBytes: number | null) => void;

/**
 * Drains a byte stream, reporting progress, and stops as soon as it passes the limit:
 * a server that lies about (or omits) its Content-Length cannot make the tab read 2 GB.
 */
async function readLimitedBytes(
  stream: ReadableStream<Uint8Array>,
  options: { declaredBytes: number | null; limit?: number; onProgress?: Progress; signal?: AbortSignal },
): Promise<Uint8Array> {
  const limit = options.limit ?? MAX_DATASET_BYTES;
  if (options.declaredBytes !== null && options.declaredBytes > limit)
    throw new TooLargeError(options.declaredBytes, limit);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    for (;;) {
      if (options.signal?.aborted) throw new DOMException('', 'AbortError');
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      if (loaded > limit) throw new TooLargeError(loaded, limit);
      chunks.push(value);
      options.onProgress?.(loaded, options.declaredBytes);
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A File picked or dropped by the user. */
export function readFileBytes(
  file: Blob,
  options: { limit?: number; onProgress?: Progress; signal?: AbortSignal } = {},
): Promise<Uint8Array> {
  return readLimitedBytes(file.stream(), { ...options, declaredBytes: file.size });
}

/** A fetched dataset: Content-Length, when given, is checked before the body is read. */
export function readResponseBytes(
  response: Response,
  options: { limit?: number; onProgress?: Progress; signal?: AbortSignal } = {},
): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (!response.body) return Promise.resolve(new Uint8Array());
  return readLimitedBytes(response.body, {
    ...options,
    declaredBytes: Number.isFinite(declared) && declared > 0 ? declared : null,
  });
}
