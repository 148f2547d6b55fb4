// The shared view's viewer as the build gives it (src/build/sharedViewerBundle.ts): its script and stylesheet, to be
// inlined, and the Content-Security-Policy that allows exactly them by hash.
declare module 'virtual:shared-viewer' {
  export const viewerScript: string;
  export const viewerStyle: string;
  export const contentSecurityPolicy: string;
}
