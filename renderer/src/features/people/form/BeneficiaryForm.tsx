import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FORM_FIELD } from '../../../../../shared/contract';
import type { Beneficiary } from '../../../../../shared/domain/people';
import type { Service } from '../../../../../shared/domain/services';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useMessageText } from '../../../lib/message';
import type { BeneficiaryValues } from '../beneficiaryForm';
import { useBeneficiaryForm } from '../useBeneficiaryForm';
import { AddressSection } from './AddressSection';
import { DuplicateWarning } from './DuplicateWarning';
import { GuardiansSection } from './GuardiansSection';
import { HealthSection } from './HealthSection';
import { IdentitySection } from './IdentitySection';
import { ReferralSection } from './ReferralSection';
import { ConsentSection, StatusSection } from './StatusSection';

interface Props {
  initial: BeneficiaryValues;
  /** The record being edited, or null for a new one. */
  id: number | null;
  services: Service[];
  cancelTo: string;
  onSaved(person: Beneficiary): void;
}

export function BeneficiaryForm({ initial, id, services, cancelTo, onSaved }: Props) {
  const { t } = useTranslation();
  const text = useMessageText();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useBeneficiaryForm(initial, id, onSaved, formRef);
  const { issues, outcome, saving } = form;
  const issue = (path: string) => {
    const found = issues[path];
    return found ? text(found) : undefined;
  };
  const formIssue = issues[FORM_FIELD];
  const sections = { form, issue };

  return (
    <form ref={formRef} onSubmit={form.submit} noValidate>
      <Stack gap="lg" maw="64rem">
        <IdentitySection {...sections} />
        <AddressSection {...sections} />
        <GuardiansSection {...sections} />
        <HealthSection {...sections} />
        <ReferralSection {...sections} services={services} />
        <ConsentSection {...sections} />
        <StatusSection {...sections} />

        {outcome?.kind === 'invalid' && (
          <Alert color="red" variant="light" role="alert">
            {t('people.form.fixErrors')}
            {formIssue && <Text mt="xs">{text(formIssue)}</Text>}
          </Alert>
        )}
        {outcome?.kind === 'duplicates' && (
          <DuplicateWarning
            duplicates={outcome.duplicates}
            canConfirm={outcome.canConfirm}
            saving={saving}
            onConfirm={form.saveAnyway}
          />
        )}
        {outcome?.kind === 'failed' && <ErrorAlert error={outcome.error} />}

        <Group gap="md">
          <Button type="submit" loading={saving}>
            {t('people.form.save')}
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            {t('people.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
