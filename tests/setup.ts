// Shared test setup: DOM matchers for component tests (harmless in node-environment files), and how long Testing
// Library waits for a positive signal.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// A lazily loaded editor can take more than the default second to arrive while the machine's cores are taken by other
// test files; the wait ends as soon as it arrives, so a longer limit costs nothing when all is well.
configure({ asyncUtilTimeout: 5_000 });
