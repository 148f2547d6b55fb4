// Loads and registers the layout extension (fcose) on demand: it is not needed for the first frame, so it stays out of the initial bundle.
import cytoscape from 'cytoscape';

let loading: Promise<void> | null = null;
let registered = false;

/** Starts loading early (the explorer calls it while the dataset is still being validated); resolves once fcose is usable. */
export function loadLayoutExtension(): Promise<void> {
  loading ??= import('cytoscape-fcose').then(({ default: fcose }) => {
    if (!registered) cytoscape.use(fcose);
    registered = true;
  });
  return loading;
}

export function layoutExtensionReady(): boolean {
  return registered;
}
