// Size limits and progress for datasets read from files and responses.
import { describe, expect, it } from 'vitest';
import { readFileBytes, readResponseBytes, TooLargeError } from '../../src/io/readLimitedBytes';
import { problemFromError } from '../../src/io/refusal';
import { messageOf } from '../support/problemWords';

const streamOf = (...chunks: number[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const size of chunks) controller.enqueue(new Uint8Array(size).fill(65));
      controller.close();
    },
  });

describe('readLimitedBytes', () => {
  it('reads a file and reports progress', async () => {
    const seen: number[] = [];
    const bytes = await readFileBytes(new Blob(['{"a":', '1}']), { onProgress: (loaded) => seen.push(loaded) });
    expect(new TextDecoder().decode(bytes)).toBe('{"a":1}');
    expect(seen.at(-1)).toBe(7);
  });

  it('refuses a file over the limit before reading it', async () => {
    const refused = await readFileBytes(new Blob(['x'.repeat(2048)]), { limit: 1024 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TooLargeError);
    expect(refused).toMatchObject({ bytes: 2048, limit: 1024 });
    // The refusal says it in the catalogue's words.
    expect(messageOf(problemFromError('big.json', refused))).toBe(
      'the file is 0.0 MB; datasets over 0.0 MB are refused',
    );
  });

  it('stops a response whose body outgrows the limit, whatever its Content-Length said', async () => {
    const lying = new Response(streamOf(600, 600, 600), { headers: { 'content-length': '10' } });
    await expect(readResponseBytes(lying, { limit: 1000 })).rejects.toBeInstanceOf(TooLargeError);
    const honest = new Response(streamOf(600, 600), { headers: { 'content-length': '1200' } });
    await expect(readResponseBytes(honest, { limit: 1000 })).rejects.toThrow(TooLargeError);
    expect((await readResponseBytes(new Response(streamOf(300, 300)), { limit: 1000 })).byteLength).toBe(600);
  });
});
