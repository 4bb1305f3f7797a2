import { Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import {
  formatGasLevel,
  GAS_LEVELS,
  GOAL_DOMAINS,
  splitIcfCodes,
  type Goal,
} from '../../../../../shared/domain/programmes';
import { invoke } from '../../../api';
import { EditorDialog } from '../../places/form/EditorDialog';
import { Section } from '../../places/form/Section';
import { useEditorForm } from '../../places/form/useEditorForm';
import { levelNameKey } from '../format';
import type { ProgrammeState } from './useProgramme';

interface Values {
  goal: string;
  domain: string | null;
  icfCodes: string;
  baseline: string;
  scale: string[];
}

function valuesOf(goal: Goal | null): Values {
  return goal
    ? {
        goal: goal.goal,
        domain: goal.domain,
        icfCodes: goal.icfCodes.join(', '),
        baseline: goal.baseline,
        scale: [...goal.scale],
      }
    : { goal: '', domain: null, icfCodes: '', baseline: '', scale: ['', '', '', '', ''] };
}

/** A goal in plain words, its domain and ICF-CY codes, the baseline, and the five levels of its scale. */
export function GoalDialog({
  programmeId,
  goal,
  state,
  onClose,
}: {
  programmeId: number;
  goal: Goal | null;
  state: ProgrammeState;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const form = useEditorForm({
    initial: valuesOf(goal),
    schema: goal ? contract['programmes.updateGoal'].input : contract['programmes.addGoal'].input,
    toInput: (values: Values) => ({
      ...(goal ? { goalId: goal.id } : { programmeId }),
      goal: values.goal,
      domain: values.domain ?? undefined,
      icfCodes: splitIcfCodes(values.icfCodes),
      baseline: values.baseline,
      scale: values.scale,
    }),
    send: (input) =>
      goal
        ? invoke('programmes.updateGoal', input as Parameters<typeof invoke<'programmes.updateGoal'>>[1])
        : invoke('programmes.addGoal', input as Parameters<typeof invoke<'programmes.addGoal'>>[1]),
    onSaved: (saved) => {
      state.apply(saved);
      onClose();
    },
    // Every code's problem is shown under the one field they are typed in.
    fieldPath: (path) => (path.startsWith('icfCodes') ? 'icfCodes' : path),
  });
  const { values, set, issue } = form;
  const setLevel = (index: number, text: string) =>
    set(
      'scale',
      values.scale.map((old, i) => (i === index ? text : old)),
      `scale.${index}`,
    );

  return (
    <EditorDialog
      title={t(goal ? 'programmes.goal.titleEdit' : 'programmes.goal.titleAdd')}
      form={form}
      onClose={onClose}
    >
      <Textarea
        label={t('programmes.goal.goal')}
        description={t('programmes.goal.goalHint')}
        autosize
        minRows={2}
        value={values.goal}
        onChange={(event) => set('goal', event.currentTarget.value)}
        error={issue('goal')}
        withAsterisk
        data-autofocus
      />
      <Select
        label={t('programmes.goal.domain')}
        data={GOAL_DOMAINS.map((d) => ({ value: d, label: t(`programmes.domains.${d}`) }))}
        value={values.domain}
        onChange={(value) => set('domain', value)}
        error={issue('domain')}
        withAsterisk
        maw="24rem"
      />
      <TextInput
        label={t('programmes.goal.icfCodes')}
        description={t('programmes.goal.icfHint')}
        value={values.icfCodes}
        onChange={(event) => set('icfCodes', event.currentTarget.value)}
        error={issue('icfCodes')}
        maw="24rem"
      />
      <Textarea
        label={t('programmes.goal.baseline')}
        description={t('programmes.goal.baselineHint')}
        autosize
        minRows={1}
        value={values.baseline}
        onChange={(event) => set('baseline', event.currentTarget.value)}
        error={issue('baseline')}
      />
      <Section legend={t('programmes.goal.scale')}>
        <Text size="sm" c="gray.7" mb="xs">
          {t('programmes.goal.scaleHint')}
        </Text>
        <Stack gap="xs">
          {[...GAS_LEVELS].reverse().map((level) => (
            <TextInput
              key={level}
              label={t('programmes.goal.level', {
                level: formatGasLevel(level),
                name: t(levelNameKey(level)),
              })}
              value={values.scale[level + 2] ?? ''}
              onChange={(event) => setLevel(level + 2, event.currentTarget.value)}
              error={issue(`scale.${level + 2}`)}
              withAsterisk
            />
          ))}
        </Stack>
      </Section>
    </EditorDialog>
  );
}
