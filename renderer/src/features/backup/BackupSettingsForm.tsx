import { Alert, Button, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIssues, type AppErrorData, type FieldIssue } from '../../../../shared/contract';
import { backupSettingsSchema } from '../../../../shared/contract/backup';
import { BACKUP_INTERVAL_CHOICES, type BackupSettings } from '../../../../shared/domain/backup';
import { errorFieldIssues, invoke, issuesByField } from '../../api';
import { canChooseFolder, chooseFolder } from '../../api/files';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMessageText } from '../../lib/message';

const INTERVAL_KEYS = {
  1: 'backup.interval.h1',
  2: 'backup.interval.h2',
  4: 'backup.interval.h4',
  8: 'backup.interval.h8',
  12: 'backup.interval.h12',
  24: 'backup.interval.h24',
} as const satisfies Record<(typeof BACKUP_INTERVAL_CHOICES)[number], string>;

interface Props {
  initial: BackupSettings;
  onSaved(settings: BackupSettings): void;
}

type Outcome = { kind: 'saved' } | { kind: 'failed'; error: AppErrorData } | null;

/** Where backups go (another disk, a USB drive) and how often; checked here and again by the backend. */
export function BackupSettingsForm({ initial, onSaved }: Props) {
  const { t } = useTranslation();
  const text = useMessageText();
  const headingId = useId();
  const [folder, setFolder] = useState(initial.folder ?? '');
  const [interval, setInterval] = useState(String(initial.intervalHours));
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (saving) return;
    const input = { folder: folder.trim() === '' ? null : folder, intervalHours: Number(interval) };
    const parsed = backupSettingsSchema.safeParse(input);
    if (!parsed.success) {
      setIssues(issuesByField(fieldIssues(parsed.error, input)));
      setOutcome(null);
      return;
    }
    setSaving(true);
    const result = await invoke('backup.updateSettings', parsed.data);
    setSaving(false);
    if (result.ok) {
      setIssues({});
      setOutcome({ kind: 'saved' });
      onSaved(result.value);
    } else if (result.error.code === 'VALIDATION') {
      setIssues(issuesByField(errorFieldIssues(result.error)));
      setOutcome(null);
    } else {
      setOutcome({ kind: 'failed', error: result.error });
    }
  }

  function changeFolder(value: string): void {
    setFolder(value);
    setIssues(({ folder: _old, ...rest }) => rest);
    setOutcome(null);
  }

  async function pickFolder(): Promise<void> {
    const chosen = await chooseFolder(t('backup.folder.chooseTitle'));
    // Only filled in: the person still saves, and the backend checks the folder as for a typed path.
    if (chosen !== null) changeFolder(chosen);
  }

  const issue = (field: string) => (issues[field] ? text(issues[field]) : undefined);
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg" maw="44rem">
      <Title order={2} id={headingId} fz="h3" mb="sm">
        {t('backup.settingsTitle')}
      </Title>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Stack gap="xs">
            <TextInput
              name="folder"
              label={t('backup.folder.label')}
              description={t('backup.folder.hint')}
              value={folder}
              error={issue('folder')}
              onChange={(event) => changeFolder(event.currentTarget.value)}
            />
            {/* A browser has no folder dialog: there the path is typed. */}
            {canChooseFolder() && (
              <Group>
                <Button variant="default" onClick={() => void pickFolder()}>
                  {t('backup.folder.choose')}
                </Button>
              </Group>
            )}
          </Stack>
          <Select
            name="intervalHours"
            label={t('backup.interval.label')}
            data={BACKUP_INTERVAL_CHOICES.map((hours) => ({
              value: String(hours),
              label: t(INTERVAL_KEYS[hours]),
            }))}
            value={interval}
            allowDeselect={false}
            error={issue('intervalHours')}
            onChange={(value) => {
              if (value) setInterval(value);
              setOutcome(null);
            }}
          />
          {outcome?.kind === 'saved' && (
            <Alert color="green" role="status">
              {t('backup.saved')}
            </Alert>
          )}
          {outcome?.kind === 'failed' && <ErrorAlert error={outcome.error} />}
          <Group>
            <Button type="submit" loading={saving}>
              {t('backup.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
