import type { Language } from '../../../shared/domain/languages';
import type { CentreSettings } from '../../../shared/domain/settings';
import { invoke } from '../api';
import { chooseLanguage, readStoredLanguage } from '../lib/language';
import { browserStorage } from '../lib/storage';

/** How long the first screen waits for the centre's settings before showing Uzbek Latin. */
const SETTINGS_TIMEOUT_MS = 3000;

export interface Startup {
  language: Language;
  /** Null when they were not awaited or could not be read; the CentreProvider then asks again. */
  settings: CentreSettings | null;
}

async function centreSettings(): Promise<CentreSettings | null> {
  const timeout = new Promise<null>((resolve) => {
    window.setTimeout(() => resolve(null), SETTINGS_TIMEOUT_MS);
  });
  const read = invoke('settings.get', {}).then((result) => (result.ok ? result.value : null));
  return Promise.race([read, timeout]);
}

/**
 * What the first render needs. Without a remembered choice the language comes from the centre's settings,
 * asked before rendering, so the interface never flashes in one language and then redraws in another.
 */
export async function startup(): Promise<Startup> {
  const stored = readStoredLanguage(browserStorage());
  if (stored) return { language: stored, settings: null };
  const settings = await centreSettings();
  return { language: chooseLanguage(null, settings?.defaultLanguage), settings };
}
