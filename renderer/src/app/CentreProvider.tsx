import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CentreSettings } from '../../../shared/domain/settings';
import { invoke } from '../api';
import { CentreContext, type CentreState } from '../lib/centreContext';

interface Props {
  initialSettings: CentreSettings | null;
  children: ReactNode;
}

/** The centre's settings for every page: its time zone, working week and hours. */
export function CentreProvider({ initialSettings, children }: Props) {
  const [settings, setSettings] = useState(initialSettings);

  useEffect(() => {
    if (initialSettings) return;
    // Startup did not wait for them (or they failed); pages fall back to defaults until they arrive.
    let current = true;
    void invoke('settings.get', {}).then((result) => {
      if (current && result.ok) setSettings(result.value);
    });
    return () => {
      current = false;
    };
  }, [initialSettings]);

  const state = useMemo<CentreState>(() => ({ settings, setSettings }), [settings]);
  return <CentreContext value={state}>{children}</CentreContext>;
}
