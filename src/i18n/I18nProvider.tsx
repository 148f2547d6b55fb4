// Hands the reader's formatter to the panels through context, with `rich` for messages that hold elements.
import { createContext, Fragment, useContext, useMemo, type ReactNode } from 'react';
import type { MessageId } from './en';
import type { Formatter, RichValues } from './formatter';

export interface I18n extends Formatter {
  /** A message whose values are elements (or tag functions such as `strong: (chunks) => <strong>{chunks}</strong>`). */
  rich(id: MessageId, values: RichValues<ReactNode>): ReactNode;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ formatter, children }: { formatter: Formatter; children: ReactNode }) {
  const i18n = useMemo<I18n>(
    () => ({
      ...formatter,
      rich: (id, values) =>
        formatter
          .parts<ReactNode>(id, values)
          .map((part, index) => (typeof part === 'string' ? part : <Fragment key={index}>{part}</Fragment>)),
    }),
    [formatter],
  );
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null)
    throw new Error('useI18n needs an I18nProvider above it (App sets one up; tests use their helpers).');
  return i18n;
}
