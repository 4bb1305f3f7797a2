import type { RegisterMonth } from '../../../../shared/contract/attendance';
import type { RenderedDocument } from '../../../../shared/contract/documents';
import type { Language } from '../../../../shared/domain/languages';
import type { Db } from '../../db/connection';
import { loadPdf, renderPdf } from '../pdf';
import { documentT } from '../translate';
import { registerDocument } from './document';

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

/** Renders the register's data as its PDF in the given language. */
export async function renderRegister(
  db: Db,
  register: RegisterMonth,
  language: Language,
): Promise<RenderedDocument> {
  const pdf = await loadPdf();
  const scope = register.scope;
  const element = registerDocument(pdf, register, {
    t: documentT(language),
    language,
    scopeName: await scopeName(db, register, language),
    responsible: scope.kind === 'group' || scope.kind === 'specialist' ? scope.responsible : null,
  });
  const bytes = await renderPdf(element);
  return { fileName: fileName(register), bytes: bytes.toString('base64') };
}
