import { List, Paper, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../shared/i18n/numbers';
import { invoke } from '../../api';
import { Loaded } from '../../components/Loaded';
import { useLanguage } from '../../lib/languageContext';
import { useLoad } from '../../lib/useLoad';

const loadHealth = () => invoke('system.health', {});

/** What support staff ask for first: which version, which database, where the data lives. */
export function AboutSection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { state, retry } = useLoad(loadHealth);
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg" mt="xl" maw="44rem">
      <Title order={2} id={headingId} fz="h3" mb="sm">
        {t('settings.about')}
      </Title>
      <Loaded state={state} onRetry={retry}>
        {(health) => (
          <List spacing="xs" listStyleType="none">
            <List.Item>{t('settings.version', { version: health.appVersion })}</List.Item>
            <List.Item>
              {t('settings.schema', {
                schema: formatNumber(health.schemaVersion, language),
                latest: formatNumber(health.latestSchemaVersion, language),
              })}
            </List.Item>
            <List.Item style={{ overflowWrap: 'anywhere' }}>
              {t('settings.dataDir', { dir: health.dataDir })}
            </List.Item>
          </List>
        )}
      </Loaded>
    </Paper>
  );
}
