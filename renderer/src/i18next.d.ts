import type { en } from '../../shared/i18n/catalogues/en';

// Typed keys: a misspelt key or a missing interpolation value fails the type check instead of showing a raw key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
