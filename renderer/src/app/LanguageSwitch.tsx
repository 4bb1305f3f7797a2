import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../shared/domain/languages';
import { LanguageOptions } from '../components/LanguageOptions';
import { useLanguage } from '../lib/languageContext';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <NativeSelect
      label={t('language.label')}
      value={language}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLanguage(next)) setLanguage(next);
      }}
      size="sm"
      w="12rem"
    >
      <LanguageOptions />
    </NativeSelect>
  );
}
