import type { UpgradeCase } from './upgrade-case';
import { upgrade0001 } from './0001_centre_settings';
import { upgrade0002 } from './0002_people_and_places';
import { upgrade0003 } from './0003_sessions';
import { upgrade0004 } from './0004_groups';
import { upgrade0005 } from './0005_group_sessions_detached';
import { upgrade0006 } from './0006_attendance';
import { upgrade0007 } from './0007_programmes';
import { upgrade0008 } from './0008_progress_notes';
import { upgrade0009 } from './0009_accounts_audit';
import { upgrade0010 } from './0010_archive';

/** In migration order; migrations.test.ts checks that every migration has its case. */
export const upgradeCases: Record<string, UpgradeCase> = {
  '0001_centre_settings': upgrade0001,
  '0002_people_and_places': upgrade0002,
  '0003_sessions': upgrade0003,
  '0004_groups': upgrade0004,
  '0005_group_sessions_detached': upgrade0005,
  '0006_attendance': upgrade0006,
  '0007_programmes': upgrade0007,
  '0008_progress_notes': upgrade0008,
  '0009_accounts_audit': upgrade0009,
  '0010_archive': upgrade0010,
};
