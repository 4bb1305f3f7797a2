import type { Language } from '../../../shared/domain/languages';
import type { Db } from '../db/connection';

const NAME_COLUMN = {
  'uz-Latn': 'name_uz_latn',
  'uz-Cyrl': 'name_uz_cyrl',
  ru: 'name_ru',
  en: 'name_en',
} as const;

/** Every service's name in the export's language, by id. */
export async function serviceNames(db: Db, language: Language): Promise<Map<number, string>> {
  const rows = await db.selectFrom('services').select(['id', NAME_COLUMN[language]]).execute();
  return new Map(
    rows.map((row) => [row.id, String((row as Record<string, unknown>)[NAME_COLUMN[language]])]),
  );
}
