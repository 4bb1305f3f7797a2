import { createContext, use } from 'react';
import { DEFAULT_TIME_ZONE, type CentreSettings } from '../../../shared/domain/settings';

export interface CentreState {
  /** The centre's settings, or null while they could not be read. */
  settings: CentreSettings | null;
  setSettings(settings: CentreSettings): void;
}

export const CentreContext = createContext<CentreState | null>(null);

export function useCentre(): CentreState {
  const state = use(CentreContext);
  if (!state) throw new Error('useCentre needs a CentreProvider above it');
  return state;
}

/** The zone every day boundary is computed in; Tashkent until the settings are known. */
export function useCentreTimeZone(): string {
  return useCentre().settings?.timeZone ?? DEFAULT_TIME_ZONE;
}
