import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/domain/languages';
import { LANGUAGE_NAME_KEYS } from '../../../shared/i18n';

/**
 * The four languages as `<option>`s, each named in its own language and marked with its own `lang`, so a
 * screen reader reads "Русский" in a Russian voice whatever the interface language.
 */
export function LanguageOptions() {
  const { t } = useTranslation();
  return LANGUAGES.map((language) => (
    <option key={language} value={language} lang={language}>
      {t(LANGUAGE_NAME_KEYS[language])}
    </option>
  ));
}
