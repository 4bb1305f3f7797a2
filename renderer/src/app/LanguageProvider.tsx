import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../shared/domain/languages';
import { storeLanguage } from '../lib/language';
import { LanguageContext, type LanguageState } from '../lib/languageContext';
import { browserStorage } from '../lib/storage';

interface Props {
  i18n: I18n;
  initialLanguage: Language;
  children: ReactNode;
}

/** Owns the interface language: the i18n instance, the remembered choice and `<html lang>`. */
export function LanguageProvider({ i18n, initialLanguage, children }: Props) {
  const [language, setLanguageState] = useState(initialLanguage);

  const setLanguage = useCallback(
    (next: Language) => {
      storeLanguage(browserStorage(), next);
      // Every catalogue is loaded up front, so the switch is synchronous and all strings change together.
      void i18n.changeLanguage(next);
      setLanguageState(next);
    },
    [i18n],
  );

  useEffect(() => {
    // Screen readers pick their voice from lang; hyphenation and quotes follow it too.
    document.documentElement.lang = language;
  }, [language]);

  const state = useMemo<LanguageState>(() => ({ language, setLanguage }), [language, setLanguage]);

  return (
    <I18nextProvider i18n={i18n}>
      <LanguageContext value={state}>{children}</LanguageContext>
    </I18nextProvider>
  );
}
