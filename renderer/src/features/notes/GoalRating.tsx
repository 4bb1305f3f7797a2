import { Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NoteGoal } from '../../../../shared/contract/notes';
import { formatGasLevel, GAS_LEVELS, type GasLevel } from '../../../../shared/domain/notes';

interface Props {
  goal: NoteGoal;
  value: GasLevel | null;
  onChange(level: GasLevel | null): void;
  error?: string | undefined;
}

const NOT_RATED = 'none';

/** One goal's rating: "not rated" or a level, each level with the words the goal's scale gives it. */
export function GoalRating({ goal, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const words = (level: GasLevel) =>
    goal.levels.find((l) => l.level === level)?.description || t(`notes.gas.${level}`);
  return (
    <Radio.Group
      label={t('notes.editor.levelOf', { goal: goal.goal })}
      value={value === null ? NOT_RATED : String(value)}
      onChange={(picked) => onChange(picked === NOT_RATED ? null : (Number(picked) as GasLevel))}
      error={error}
    >
      <Stack gap={4} mt={6}>
        <Radio value={NOT_RATED} label={t('notes.editor.notRated')} />
        {[...GAS_LEVELS].reverse().map((level) => (
          <Radio
            key={level}
            value={String(level)}
            label={
              <Text span fz="sm">
                <Text span fw={700} display="inline-block" w={28}>
                  {formatGasLevel(level)}
                </Text>
                {words(level)}
              </Text>
            }
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
