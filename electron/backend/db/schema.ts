/** Row types as SQLite returns them: integers for booleans, TEXT for dates and JSON. */
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

export interface Database {
  centre_settings: CentreSettingsTable;
}
