import { sql } from 'kysely';
import { expect } from 'vitest';
import { type UpgradeCase } from './upgrade-case';

export const upgrade0010: UpgradeCase = {
  before: async (db) => {
    await sql`insert into beneficiaries (id, family_name, given_name, birth_date, sex, status, discharge_date,
      created_at, updated_at)
      values (4, 'Aliyev', 'Jasur', '2010-05-01', 'male', 'discharged', '2019-06-30', '2018-01-01', '2019-06-30')`.execute(
      db,
    );
  },
  after: async (db) => {
    // Nobody is archived by the upgrade: the centre decides; the policy starts at five years.
    expect(
      await db.selectFrom('beneficiaries').select(['id', 'status', 'archived_at', 'archived_by']).execute(),
    ).toEqual([{ id: 4, status: 'discharged', archived_at: null, archived_by: null }]);
    expect(await db.selectFrom('retention_policy').select(['id', 'years_after_discharge']).execute()).toEqual(
      [{ id: 1, years_after_discharge: 5 }],
    );
    // One policy row only, and a sensible number of years.
    await expect(
      sql`insert into retention_policy (id, years_after_discharge, updated_at) values (2, 5, '2026-01-01')`.execute(
        db,
      ),
    ).rejects.toThrow();
    await expect(sql`update retention_policy set years_after_discharge = 0`.execute(db)).rejects.toThrow();
  },
};
