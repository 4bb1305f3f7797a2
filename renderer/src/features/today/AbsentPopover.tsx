import { Button, Group, Popover, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markProblems, type Mark } from '../../../../shared/domain/attendance';

type AbsentMark = Extract<Mark, 'absent_excused' | 'absent_unexcused'>;

interface Props {
  name: string;
  disabled: boolean;
  /** The person is recorded absent: the button shows it, as the other mark buttons do. */
  active: boolean;
  /** Resolves true once saved; on a refusal the popover stays open with what was typed. */
  onSave(mark: AbsentMark, reason: string): Promise<boolean>;
}

/** "Absent…": excused or not, and why; the reason is required for an excused absence, as the backend says. */
export function AbsentPopover({ name, disabled, active, onSave }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [mark, setMark] = useState<AbsentMark>('absent_excused');
  const [reason, setReason] = useState('');
  const [showIssue, setShowIssue] = useState(false);
  const [saving, setSaving] = useState(false);
  const missingReason = markProblems({ mark, reason }).some((p) => p.problem === 'reasonRequired');

  async function save() {
    if (missingReason) {
      setShowIssue(true);
      return;
    }
    setSaving(true);
    const saved = await onSave(mark, reason.trim());
    setSaving(false);
    if (saved) {
      setOpened(false);
      setShowIssue(false);
    }
  }

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      trapFocus
      returnFocus
      position="bottom-end"
      shadow="md"
      width={320}
    >
      <Popover.Target>
        <Button
          size="compact-sm"
          color="red.8"
          variant={active ? 'filled' : 'default'}
          disabled={disabled}
          aria-label={t('attendance.board.aria.absent', { name })}
          onClick={() => setOpened((o) => !o)}
        >
          {t('attendance.board.actions.absent')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          noValidate
        >
          <Stack gap="sm">
            <Text fw={600}>{t('attendance.board.absent.title', { name })}</Text>
            <Radio.Group
              label={t('attendance.board.absent.kind')}
              value={mark}
              onChange={(value) => setMark(value as AbsentMark)}
            >
              <Stack gap={6} mt={6}>
                <Radio value="absent_excused" label={t('attendance.board.absent.excused')} />
                <Radio value="absent_unexcused" label={t('attendance.board.absent.unexcused')} />
              </Stack>
            </Radio.Group>
            <Textarea
              label={t('attendance.board.absent.reason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              withAsterisk={mark === 'absent_excused'}
              error={showIssue && missingReason ? t('attendance.validation.reasonRequired') : undefined}
              autosize
              minRows={2}
              maxLength={500}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('attendance.board.absent.back')}
              </Button>
              <Button type="submit" loading={saving}>
                {t('attendance.board.absent.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
