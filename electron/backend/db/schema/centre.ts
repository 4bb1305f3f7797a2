export interface CentreSettingsTable {
  id: number;
  name: string;
  address: string;
  time_zone: string;
  /** JSON array of ISO weekday numbers. */
  working_days: string;
  day_start: string;
  day_end: string;
  default_language: string;
  updated_at: string;
}

/** The centre's own settings (one row). */
export interface CentreTables {
  centre_settings: CentreSettingsTable;
}
