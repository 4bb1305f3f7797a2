import { sql } from 'kysely';
import { expect } from 'vitest';
import { type UpgradeCase } from './upgrade-case';

export const upgrade0002: UpgradeCase = {
  before: async (db) => {
    await sql`insert into centre_settings values
      (1, 'Markaz', 'Andijon', 'Asia/Tashkent', '[1,2,3,4,5]', '08:00', '17:00', 'ru', '2026-01-01T00:00:00Z')`.execute(
      db,
    );
  },
  after: async (db) => {
    const settings = await db.selectFrom('centre_settings').select(['name', 'default_language']).execute();
    expect(settings).toEqual([{ name: 'Markaz', default_language: 'ru' }]);
    expect(await db.selectFrom('beneficiaries').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('staff').select('id').execute()).toEqual([]);
    // A new centre starts with the usual services, each named in the four languages.
    const services = await db.selectFrom('services').selectAll().orderBy('id').execute();
    expect(services.map((s) => s.code)).toEqual([
      'early_intervention',
      'day_care',
      'physiotherapy',
      'massage',
      'speech_therapy',
      'defectologist',
      'psychologist',
      'occupational_therapy',
      'pool',
      'adaptive_gym',
      'english',
      'russian',
      'korean',
      'crafts',
      'vocational_guidance',
    ]);
    for (const service of services) {
      for (const name of [service.name_uz_latn, service.name_uz_cyrl, service.name_ru, service.name_en]) {
        expect(name.trim(), service.code).not.toBe('');
      }
      expect(service.colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(service.active).toBe(1);
    }
    const english = services.find((s) => s.code === 'english')!;
    expect(english).toMatchObject({ kind: 'group', min_age_months: 72, max_age_months: 216 });
    expect(JSON.parse(english.eligibility)).toEqual(['disability', 'poverty_register']);
  },
};
