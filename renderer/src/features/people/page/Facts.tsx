import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './Facts.module.css';

export interface Fact {
  label: string;
  /** Empty values read "Not recorded" rather than leaving a blank a reader might take for a mistake. */
  value: ReactNode;
}

/** Labelled values as a description list. */
export function Facts({ facts }: { facts: Fact[] }) {
  const { t } = useTranslation();
  return (
    <dl className={classes.facts}>
      {facts.map(({ label, value }) => (
        <div key={label} className={classes.row}>
          <dt className={classes.term}>{label}</dt>
          <dd className={classes.value}>
            {value === null || value === undefined || value === '' ? (
              <Text span c="dimmed">
                {t('people.page.notRecorded')}
              </Text>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
