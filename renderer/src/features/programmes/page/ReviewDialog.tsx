import { Radio, Select, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import { formatGasLevel, GAS_LEVELS, type ProgrammeDetail } from '../../../../../shared/domain/programmes';
import { invoke } from '../../../api';
import { useCentreTimeZone } from '../../../lib/centreContext';
import { useLanguage } from '../../../lib/languageContext';
import { useToday } from '../../../lib/useToday';
import { useRecordOptions, type CalendarRecords } from '../../calendar/filters/calendarRecords';
import { DateField } from '../../places/form/DateField';
import { EditorDialog } from '../../places/form/EditorDialog';
import { toTypedDate, typedDateInput } from '../../places/form/typedDate';
import { useEditorForm } from '../../places/form/useEditorForm';
import { levelNameKey } from '../format';
import type { ProgrammeState } from './useProgramme';

interface Values {
  reviewDate: string;
  reviewerId: string | null;
  conclusion: string;
  /** The level chosen for each goal, by goal id; unset until chosen. */
  levels: Record<number, string>;
}

/** A review: the level each goal reached, chosen among its own five descriptions, and the conclusion. */
export function ReviewDialog({
  detail,
  records,
  state,
  onClose,
}: {
  detail: ProgrammeDetail;
  records: CalendarRecords;
  state: ProgrammeState;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const today = useToday(useCentreTimeZone());
  const options = useRecordOptions(records, language);
  const form = useEditorForm({
    initial: {
      reviewDate: toTypedDate(today),
      reviewerId: null,
      conclusion: '',
      levels: {},
    } satisfies Values as Values,
    schema: contract['programmes.review'].input,
    toInput: (values: Values) => ({
      programmeId: detail.programme.id,
      reviewDate: typedDateInput(values.reviewDate),
      reviewerId: values.reviewerId === null ? null : Number(values.reviewerId),
      conclusion: values.conclusion,
      levels: Object.entries(values.levels).map(([goalId, level]) => ({
        goalId: Number(goalId),
        level: Number(level),
      })),
    }),
    send: (input) => invoke('programmes.review', input as Parameters<typeof invoke<'programmes.review'>>[1]),
    onSaved: (saved) => {
      state.apply(saved);
      onClose();
    },
  });
  const { values, set, issue } = form;

  return (
    <EditorDialog title={t('programmes.review.title')} form={form} onClose={onClose}>
      <Group grow align="flex-start">
        <DateField
          label={t('programmes.review.date')}
          value={values.reviewDate}
          onChange={(event) => set('reviewDate', event.currentTarget.value)}
          error={issue('reviewDate')}
          withAsterisk
        />
        <Select
          label={t('programmes.review.reviewer')}
          placeholder={t('programmes.review.noReviewer')}
          data={options.staff(null)}
          value={values.reviewerId}
          onChange={(value) => set('reviewerId', value)}
          error={issue('reviewerId')}
          searchable
          clearable
        />
      </Group>
      {detail.goals.map((goal) => (
        <Radio.Group
          key={goal.id}
          label={t('programmes.review.levelOf', { goal: goal.goal })}
          value={values.levels[goal.id] ?? null}
          onChange={(level) => set('levels', { ...values.levels, [goal.id]: level }, `levels.${goal.id}`)}
          error={issue(`levels.${goal.id}`)}
          withAsterisk
        >
          <Stack gap={6} mt="xs">
            {[...GAS_LEVELS].reverse().map((level) => (
              <Radio
                key={level}
                value={String(level)}
                label={`${formatGasLevel(level)} · ${goal.scale[level + 2]}`}
                description={t(levelNameKey(level))}
              />
            ))}
          </Stack>
        </Radio.Group>
      ))}
      <Textarea
        label={t('programmes.review.conclusion')}
        autosize
        minRows={3}
        value={values.conclusion}
        onChange={(event) => set('conclusion', event.currentTarget.value)}
        error={issue('conclusion')}
        withAsterisk
      />
      <Text size="sm" c="gray.7">
        {t('programmes.goal.scaleHint')}
      </Text>
    </EditorDialog>
  );
}
