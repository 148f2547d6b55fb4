// Decodes archived source files as strict UTF-8 and, when they are not, says at which byte.

export type Utf8Outcome = { ok: true; text: string } | { ok: false; byteOffset: number };

export function decodeUtf8(bytes: Uint8Array): Utf8Outcome {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, byteOffset: firstInvalidByte(bytes) };
  }
}

/** Only runs on the failure path, so it favours clarity: the offset of the first byte that starts a malformed sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let k = 1; k < length; k++) if (((bytes[index + k] ?? 0) & 0xc0) !== 0x80) return index;
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    const second = bytes[index + 1] ?? 0;
    if (
      (lead === 0xe0 && second < 0xa0) ||
      (lead === 0xed && second > 0x9f) ||
      (lead === 0xf0 && second < 0x90) ||
      (lead === 0xf4 && second > 0x8f)
    )
      return index;
    index += length;
  }
  return bytes.length;
}
