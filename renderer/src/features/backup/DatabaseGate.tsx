import { useEffect, useState, type ReactNode } from 'react';
import type { DatabaseHealth } from '../../../../shared/contract/backup';
import { invoke } from '../../api';
import { Loading } from '../../components/Loading';
import { DamagedDatabaseScreen } from './DamagedDatabaseScreen';

/**
 * Above the sign-in: asks once whether the database opened sound. If it was found damaged, the app (sign-in
 * included: the accounts are in the damaged file) gives way to the screen that explains and offers a backup.
 * Should the question itself fail, the app goes on as usual and its own errors speak.
 */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const [health, setHealth] = useState<DatabaseHealth | null | 'unknown'>(null);
  useEffect(() => {
    let current = true;
    void invoke('backup.health', {}).then((result) => {
      if (current) setHealth(result.ok ? result.value : 'unknown');
    });
    return () => {
      current = false;
    };
  }, []);
  if (health === null) return <Loading />;
  if (health !== 'unknown' && health.database.status === 'damaged') {
    return <DamagedDatabaseScreen health={{ ...health, database: health.database }} />;
  }
  return children;
}
