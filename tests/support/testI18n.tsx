// Test helper: the formatter every component test renders with (en-US, so dates and numbers are predictable) and a
// wrapper that provides it; a message that cannot be formatted fails the test instead of showing its id.
import type { ReactNode } from 'react';
import { createFormatter, type Formatter, type FormatterOptions } from '../../src/i18n/formatter';
import { I18nProvider } from '../../src/i18n/I18nProvider';

export function strictFormatter(options: Omit<FormatterOptions, 'onError'> = {}) {
  return createFormatter({
    locale: 'en-US',
    ...options,
    onError: (error, id) => {
      throw new Error(`message ${id}: ${error.message}`);
    },
  });
}

export const testFormatter = strictFormatter();

export function WithI18n({ formatter = testFormatter, children }: { formatter?: Formatter; children: ReactNode }) {
  return <I18nProvider formatter={formatter}>{children}</I18nProvider>;
}
