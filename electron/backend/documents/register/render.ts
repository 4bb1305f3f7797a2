import type { RegisterMonth } from '../../../../shared/contract/attendance';
import type { RenderedDocument } from '../../../../shared/contract/documents';
import type { Language } from '../../../../shared/domain/languages';
import type { Db } from '../../db/connection';
import { renderDocument } from '../pdf';

const SERVICE_NAME = {
  'uz-Latn': 'name_uz_latn',
  'uz-Cyrl': 'name_uz_cyrl',
  ru: 'name_ru',
  en: 'name_en',
} as const;

/** What the heading names: the group, the specialist, or the service in the document's language. */
async function scopeName(db: Db, register: RegisterMonth, language: Language): Promise<string | null> {
  const scope = register.scope;
  switch (scope.kind) {
    case 'group':
      return scope.name;
    case 'specialist':
      return scope.responsible;
    case 'service': {
      const row = await db
        .selectFrom('services')
        .select(SERVICE_NAME[language])
        .where('id', '=', scope.serviceId)
        .executeTakeFirst();
      return row ? row[SERVICE_NAME[language]] : null;
    }
    case 'centre':
      return null;
  }
}

function fileName(register: RegisterMonth): string {
  const scope = register.scope;
  return `register-${register.month}-${scope.kind}${scope.kind === 'centre' ? '' : `-${scope.id}`}.pdf`;
}

/** Gathers what the register prints (here, next to the database) and renders it in the worker thread. */
export async function renderRegister(
  db: Db,
  register: RegisterMonth,
  language: Language,
): Promise<RenderedDocument> {
  const scope = register.scope;
  const bytes = await renderDocument('register', {
    register,
    language,
    scopeName: await scopeName(db, register, language),
    responsible: scope.kind === 'group' || scope.kind === 'specialist' ? scope.responsible : null,
  });
  return { fileName: fileName(register), bytes: bytes.toString('base64') };
}
