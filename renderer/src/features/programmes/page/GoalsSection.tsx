import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatGasLevel,
  GAS_LEVELS,
  isEditable,
  type Goal,
  type ProgrammeDetail,
} from '../../../../../shared/domain/programmes';
import { useCan } from '../../../app/useCan';
import { invoke } from '../../../api';
import { levelNameKey } from '../format';
import { GoalDialog } from './GoalDialog';
import type { ProgrammeState } from './useProgramme';

/** The goals, each with its domain, codes, baseline and the five levels of its scale. */
export function GoalsSection({ detail, state }: { detail: ProgrammeDetail; state: ProgrammeState }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Goal | 'new' | null>(null);
  const writes = useCan('programmes.write');
  const editable = writes && isEditable(detail.programme.status);
  const latest = detail.reviews[0];
  // The order is the one the notes and the progress report list the goals in.
  const move = (goalId: number, direction: 'up' | 'down') =>
    void state.run(() => invoke('programmes.moveGoal', { goalId, direction }));

  return (
    <section aria-labelledby="goals-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="goals-title">
          {t('programmes.page.goalsTitle')}
        </Title>
        {editable && <Button onClick={() => setEditing('new')}>{t('programmes.goal.add')}</Button>}
      </Group>
      {detail.goals.length === 0 && <Text>{t('programmes.page.noGoals')}</Text>}
      <Stack gap="md">
        {detail.goals.map((goal, index) => {
          const reached = latest?.levels.find((l) => l.goalId === goal.id)?.level;
          return (
            <Paper key={goal.id} withBorder radius="md" p="lg" data-testid="goal">
              <Stack gap="sm">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={4}>
                    <Text size="sm" c="gray.7">
                      {t('programmes.goal.number', { number: index + 1 })}
                    </Text>
                    <Title order={3} fz="lg">
                      {goal.goal}
                    </Title>
                    <Group gap="xs">
                      <Badge variant="light" radius="sm" tt="none">
                        {t(`programmes.domains.${goal.domain}`)}
                      </Badge>
                      {goal.icfCodes.map((code) => (
                        <Badge key={code} variant="outline" color="gray" radius="sm" tt="none">
                          {code}
                        </Badge>
                      ))}
                    </Group>
                  </Stack>
                  {editable && (
                    <Group gap="xs" wrap="nowrap">
                      {detail.goals.length > 1 && (
                        <>
                          <Button
                            size="xs"
                            variant="default"
                            disabled={index === 0 || state.busy}
                            aria-label={t('programmes.goal.moveUpLabel', { number: index + 1 })}
                            onClick={() => move(goal.id, 'up')}
                          >
                            {t('programmes.goal.moveUp')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            disabled={index === detail.goals.length - 1 || state.busy}
                            aria-label={t('programmes.goal.moveDownLabel', { number: index + 1 })}
                            onClick={() => move(goal.id, 'down')}
                          >
                            {t('programmes.goal.moveDown')}
                          </Button>
                        </>
                      )}
                      <Button size="xs" variant="default" onClick={() => setEditing(goal)}>
                        {t('programmes.goal.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => {
                          if (window.confirm(t('programmes.goal.removeConfirm', { goal: goal.goal })))
                            void state.run(() => invoke('programmes.removeGoal', { goalId: goal.id }));
                        }}
                      >
                        {t('programmes.goal.remove')}
                      </Button>
                    </Group>
                  )}
                </Group>
                {goal.baseline !== '' && (
                  <Text>
                    <Text span fw={600}>
                      {t('programmes.goal.baseline')}:
                    </Text>{' '}
                    {goal.baseline}
                  </Text>
                )}
                <Table withTableBorder verticalSpacing={4} fz="sm">
                  <Table.Caption>{t('programmes.goal.scale')}</Table.Caption>
                  <Table.Tbody>
                    {[...GAS_LEVELS].reverse().map((level) => (
                      <Table.Tr
                        key={level}
                        bg={level === 0 ? 'green.0' : undefined}
                        fw={reached === level ? 700 : undefined}
                      >
                        <Table.Th scope="row" w="20rem" fw={500}>
                          {formatGasLevel(level)} · {t(levelNameKey(level))}
                        </Table.Th>
                        <Table.Td>
                          {goal.scale[level + 2]}
                          {reached === level && (
                            <Badge ml="xs" color="blue" radius="sm" variant="light">
                              {t('programmes.review.reached')}
                            </Badge>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      {editing && (
        <GoalDialog
          programmeId={detail.programme.id}
          goal={editing === 'new' ? null : editing}
          state={state}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
