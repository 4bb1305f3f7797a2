import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fullName, type Beneficiary } from '../../../../../shared/domain/people';
import { formatPhone } from '../../../../../shared/domain/phone';
import { Card } from './Card';
import classes from './GuardiansCard.module.css';

/** Each guardian as a short block (name; relation and phone), which reads well in a narrow column. */
export function GuardiansCard({ person }: { person: Beneficiary }) {
  const { t } = useTranslation();
  const earlyIntervention = person.services.some((s) => s.code === 'early_intervention');
  return (
    <Card title={t('people.page.guardians')}>
      {person.guardians.length === 0 ? (
        <Text c="dimmed">{t('people.page.noGuardians')}</Text>
      ) : (
        <ul className={classes.list}>
          {person.guardians.map((guardian) => (
            <li key={guardian.id} className={classes.item}>
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600}>{fullName(guardian)}</Text>
                  {guardian.isPrimary && (
                    <Badge variant="light" size="sm" tt="none" fw={600}>
                      {t('people.fields.primaryGuardian')}
                    </Badge>
                  )}
                </Group>
                <Text>
                  <Text span c="dimmed">
                    {t(`people.relation.${guardian.relation}`)}
                  </Text>
                  {guardian.phone && (
                    <>
                      {' · '}
                      <Text span style={{ whiteSpace: 'nowrap' }}>
                        {formatPhone(guardian.phone)}
                      </Text>
                    </>
                  )}
                </Text>
                {earlyIntervention && guardian.relation === 'mother' && (
                  <Text size="sm" c="dimmed">
                    {t('people.page.mother')}
                  </Text>
                )}
              </Stack>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
