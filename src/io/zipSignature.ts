// Tells a zip archive by its first bytes, without loading the zip reader: the page opens JSON far more often.

/** The name a dataset archive gives its dataset. */
export const DATASET_ENTRY = 'dataset.json';

/** The local file header's signature, "PK" 3 4, or an empty archive's end record, "PK" 5 6. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  return (bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06);
}
