import { Alert, Button, Group, Modal, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../shared/contract';
import type { DaySession } from '../../../../shared/contract/attendance';
import { isAttended, MARKS, markProblems, type Mark } from '../../../../shared/domain/attendance';
import { useMessageText, type Message } from '../../lib/message';
import { allPresent, rollCallInput, rollCallRows, type RollCallRow } from './rollCall';

interface Props {
  session: DaySession;
  onClose(): void;
  /** Null once saved; otherwise why it was refused, and the dialog keeps every choice. */
  onSave(input: ChannelInput<'attendance.rollCall'>): Promise<Message | null>;
}

/** The group's roster: all present with one click, then the exceptions, saved in one go. */
export function RollCallDialog({ session, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const text = useMessageText();
  const [rows, setRows] = useState<RollCallRow[]>(() => rollCallRows(session));
  const [failure, setFailure] = useState<Message | null>(null);
  const [showIssues, setShowIssues] = useState(false);
  const [saving, setSaving] = useState(false);
  const title = t('attendance.board.rollCall.title', { name: session.groupName ?? '' });

  const change = (index: number, patch: Partial<RollCallRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const missingReason = (row: RollCallRow) =>
    markProblems({ mark: row.mark, reason: row.reason }).some((p) => p.problem === 'reasonRequired');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (rows.some(missingReason)) {
      setShowIssues(true);
      return;
    }
    setSaving(true);
    const refused = await onSave(rollCallInput(session.sessionId, rows));
    setSaving(false);
    if (refused) setFailure(refused);
    else onClose();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="xl"
      centered
      closeButtonProps={{ 'aria-label': t('attendance.board.rollCall.back') }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 650 } }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Group justify="space-between" wrap="nowrap">
            <Text>{t('attendance.board.rollCall.intro')}</Text>
            <Button variant="light" color="green" onClick={() => setRows(allPresent)}>
              {t('attendance.board.rollCall.allPresent')}
            </Button>
          </Group>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('attendance.board.rollCall.person')}</Table.Th>
                <Table.Th scope="col">{t('attendance.board.rollCall.mark')}</Table.Th>
                <Table.Th scope="col">{t('attendance.board.rollCall.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <Table.Tr key={row.beneficiaryId}>
                  <Table.Th scope="row" fw={500}>
                    {row.name}
                  </Table.Th>
                  <Table.Td>
                    <NativeSelect
                      aria-label={t('attendance.board.rollCall.markOf', { name: row.name })}
                      value={row.mark}
                      onChange={(event) => change(index, { mark: event.currentTarget.value as Mark })}
                      data={MARKS.map((mark) => ({ value: mark, label: t(`attendance.marks.${mark}`) }))}
                    />
                  </Table.Td>
                  <Table.Td>
                    {!isAttended(row.mark) && (
                      <TextInput
                        aria-label={t('attendance.board.rollCall.reasonOf', { name: row.name })}
                        value={row.reason}
                        maxLength={500}
                        onChange={(event) => change(index, { reason: event.currentTarget.value })}
                        error={
                          showIssues && missingReason(row)
                            ? t('attendance.validation.reasonRequired')
                            : undefined
                        }
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {failure && (
            <Alert color="red" variant="light">
              {text(failure)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('attendance.board.rollCall.back')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('attendance.board.rollCall.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
