import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, BackupReason } from '../../../../shared/domain/backup';
import { localDateTime } from '../../../../shared/domain/scheduling/time-zone';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { formatNumber } from '../../../../shared/i18n/numbers';
import { useLanguage } from '../../lib/languageContext';

const REASON_KEYS = {
  scheduled: 'backup.reasons.scheduled',
  manual: 'backup.reasons.manual',
  'pre-migration': 'backup.reasons.preMigration',
  'pre-restore': 'backup.reasons.preRestore',
} as const satisfies Record<BackupReason, string>;

const MEGABYTE = 1024 * 1024;

/** How a backup reads to a person: its moment in the centre's time zone, its kind, size and contents. */
export function useBackupText(timeZone: string) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const when = useCallback(
    (instant: string) => {
      const { date, time } = localDateTime(instant, timeZone);
      return `${formatCalendarDate(date, language, 'long')}, ${time}`;
    },
    [language, timeZone],
  );
  const reason = useCallback((backup: BackupInfo) => t(REASON_KEYS[backup.reason]), [t]);
  const size = useCallback(
    (backup: BackupInfo) =>
      t('backup.list.sizeMb', {
        size: formatNumber(Math.max(0.1, backup.size / MEGABYTE), language, { maximumFractionDigits: 1 }),
      }),
    [language, t],
  );
  const contents = useCallback(
    (backup: BackupInfo) =>
      t('backup.list.summary', {
        people: formatNumber(backup.summary.people, language),
        sessions: formatNumber(backup.summary.sessions, language),
        marks: formatNumber(backup.summary.marks, language),
      }),
    [language, t],
  );
  return { when, reason, size, contents };
}
