// The built page's Content-Security-Policy: scripts and styles only from the page's own origin, no inline script, nothing embedded.

/**
 * One row per directive. connect-src allows https: because `?data=<url>` may name any CORS-enabled
 * dataset; everything else stays on the page's own origin. Blob and data URLs are needed for
 * exported images and downloads; workers (the layout) come from the bundle.
 */
const CONTENT_SECURITY_POLICY: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self' https:"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export function contentSecurityPolicy(): string {
  return CONTENT_SECURITY_POLICY.map(([directive, sources]) => `${directive} ${sources}`).join('; ');
}

/**
 * The policy inside a shared view (an exported HTML file opened from disk or in an iframe): nothing may be fetched from
 * anywhere, and the only script and style are the file's own, allowed by their hashes. Images are the printed picture
 * of the graph (a data URL) and the canvas's own.
 */
export function sharedViewContentSecurityPolicy(hashes: { script: string; style: string }): string {
  const directives: ReadonlyArray<readonly [string, string]> = [
    ['default-src', "'none'"],
    ['script-src', `'${hashes.script}'`],
    ['style-src', `'${hashes.style}'`],
    ['img-src', 'data: blob:'],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map(([directive, sources]) => `${directive} ${sources}`).join('; ');
}
