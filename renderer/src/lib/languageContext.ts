import { createContext, use } from 'react';
import type { Language } from '../../../shared/domain/languages';

export interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
}

export const LanguageContext = createContext<LanguageState | null>(null);

export function useLanguage(): LanguageState {
  const state = use(LanguageContext);
  if (!state) throw new Error('useLanguage needs a LanguageProvider above it');
  return state;
}
