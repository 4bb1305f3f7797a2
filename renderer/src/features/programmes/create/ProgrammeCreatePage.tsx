import { Button, Group, Paper, Stack, Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { contract } from '../../../../../shared/contract';
import { addDays } from '../../../../../shared/domain/calendar';
import { fullName } from '../../../../../shared/domain/people';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { invoke } from '../../../api';
import { PageHeader } from '../../../components/PageHeader';
import { useCentreTimeZone } from '../../../lib/centreContext';
import { useLanguage } from '../../../lib/languageContext';
import { useToday } from '../../../lib/useToday';
import { PersonPicker } from '../../groups/PersonPicker';
import type { Option } from '../../groups/useGroupRecords';
import { DateField } from '../../places/form/DateField';
import { FormOutcome } from '../../places/form/FormOutcome';
import { toTypedDate, typedDateInput } from '../../places/form/typedDate';
import { useEditorForm } from '../../places/form/useEditorForm';

interface Values {
  person: Option | null;
  startDate: string;
  reviewDate: string;
  endDate: string;
  notes: string;
}

/** A usual first period: six months from today, reviewed after three. */
function initialValues(today: string): Values {
  return {
    person: null,
    startDate: toTypedDate(today),
    reviewDate: toTypedDate(addDays(today, 91)),
    endDate: toTypedDate(addDays(today, 182)),
    notes: '',
  };
}

/** A new programme (a draft): the person and the period; goals and services are added on its page. */
export function ProgrammeCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const today = useToday(useCentreTimeZone());
  const form = useEditorForm({
    initial: initialValues(today),
    schema: contract['programmes.create'].input,
    toInput: (values: Values) => ({
      beneficiaryId: values.person ? Number(values.person.value) : undefined,
      startDate: typedDateInput(values.startDate),
      reviewDate: typedDateInput(values.reviewDate),
      endDate: typedDateInput(values.endDate),
      notes: values.notes,
    }),
    send: (input) => invoke('programmes.create', input as Parameters<typeof invoke<'programmes.create'>>[1]),
    onSaved: (detail) => void navigate(`/plans/${detail.programme.id}`),
  });
  const { values, set, issue, formRef, submit, issues, failure, saving } = form;
  const { language } = useLanguage();
  const personId = Number(params.get('person')) || null;

  // Opened from a person's file: that person is chosen already.
  useEffect(() => {
    if (personId === null) return;
    let current = true;
    void invoke('people.get', { id: personId }).then((result) => {
      if (!current || !result.ok) return;
      const label = `${fullName(result.value)} (${formatCalendarDate(result.value.birthDate, language, 'short')})`;
      set('person', { value: String(personId), label }, 'beneficiaryId');
    });
    return () => {
      current = false;
    };
  }, [personId, language, set]);

  const back = params.get('person') ? `/people/${params.get('person')}` : '/plans';

  return (
    <>
      <PageHeader title={t('programmes.form.titleNew')} />
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="lg" maw="48rem">
          <Paper withBorder radius="md" p="lg">
            <Stack gap="md">
              <PersonPicker
                label={t('programmes.form.person')}
                value={values.person}
                onChange={(person) => set('person', person, 'beneficiaryId')}
                error={issue('beneficiaryId')}
              />
              <Group gap="md" align="flex-start">
                {(['startDate', 'reviewDate', 'endDate'] as const).map((field) => (
                  <DateField
                    key={field}
                    label={t(`programmes.form.${field}`)}
                    name={field}
                    value={values[field]}
                    onChange={(event) => set(field, event.currentTarget.value)}
                    error={issue(field)}
                    withAsterisk
                    w="13rem"
                  />
                ))}
              </Group>
              <Textarea
                label={t('programmes.form.notes')}
                name="notes"
                autosize
                minRows={2}
                value={values.notes}
                onChange={(event) => set('notes', event.currentTarget.value)}
                error={issue('notes')}
              />
            </Stack>
          </Paper>
          <FormOutcome issues={issues} failure={failure} />
          <Group justify="flex-end" gap="sm">
            <Button component={Link} to={back} variant="default">
              {t('programmes.form.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('programmes.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
