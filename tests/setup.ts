// Shared test setup: DOM matchers for component tests (harmless in node-environment files).
import '@testing-library/jest-dom/vitest';
