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
