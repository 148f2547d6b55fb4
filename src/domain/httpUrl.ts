// Which links the panels make: a dataset's URLs come from outside, so only http(s) ones become links.

/** Only http(s) URLs become links; anything else (javascript:, data:) stays text. */
export function isHttpUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
