import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, FieldIssue } from '../../../../../shared/contract';
import { fieldIssues } from '../../../../../shared/contract';
import { progressReportSchema } from '../../../../../shared/contract/progress-report';
import { addDays } from '../../../../../shared/domain/calendar';
import type { Language } from '../../../../../shared/domain/languages';
import { invoke, issuesByField } from '../../../api';
import { preparePrint, printPdf, cancelPrint, saveFile } from '../../../api/files';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LanguageOptions } from '../../../components/LanguageOptions';
import { PageHeader } from '../../../components/PageHeader';
import { useCentreTimeZone } from '../../../lib/centreContext';
import { useLanguage } from '../../../lib/languageContext';
import { useMessageText } from '../../../lib/message';
import { useLoad } from '../../../lib/useLoad';
import { useToday } from '../../../lib/useToday';
import { PersonPicker } from '../../groups/PersonPicker';
import type { Option } from '../../groups/useGroupRecords';
import { DateField } from '../../places/form/DateField';
import { toTypedDate, typedDateInput } from '../../places/form/typedDate';
import { useReportBatch, type BatchOutput } from './useReportBatch';

const loadGroups = () => invoke('groups.list', {});

/** One child's progress report to print or save, or the reports of all active children or of a group. */
export function ProgressReportsPage() {
  const { t } = useTranslation();
  const text = useMessageText();
  const { language: interfaceLanguage } = useLanguage();
  const today = useToday(useCentreTimeZone());
  const [mode, setMode] = useState<'one' | 'many'>('one');
  const [child, setChild] = useState<Option | null>(null);
  const [from, setFrom] = useState(() => toTypedDate(addDays(today, -90)));
  const [to, setTo] = useState(() => toTypedDate(today));
  const [language, setLanguage] = useState<Language>(interfaceLanguage);
  const [groupId, setGroupId] = useState<string | null>(null);
  const [output, setOutput] = useState<BatchOutput>('combined');
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const { state: groups } = useLoad(loadGroups);
  const batch = useReportBatch();

  const period = () => ({ from: typedDateInput(from), to: typedDateInput(to) });

  const oneReport = async (target: 'print' | 'save') => {
    const input = { beneficiaryId: child ? Number(child.value) : 0, ...period(), language };
    const parsed = progressReportSchema.safeParse(input);
    if (!parsed.success) return setIssues(issuesByField(fieldIssues(parsed.error, input)));
    setIssues({});
    const tab = target === 'print' ? preparePrint(t) : null;
    setBusy(true);
    const result = await invoke('documents.progressReport', parsed.data);
    setBusy(false);
    if (!result.ok) {
      if (tab) cancelPrint(tab);
      return setFailure(result.error);
    }
    setFailure(null);
    const file = { fileName: result.value.fileName, base64: result.value.bytes };
    if (tab) await printPdf(tab, file, t('notes.report.title'));
    else await saveFile({ ...file, mime: 'application/pdf' }, t);
  };

  const startBatch = () => {
    const { from: start, to: end } = period();
    const check = progressReportSchema.safeParse({ beneficiaryId: 1, from: start, to: end, language });
    if (!check.success) return setIssues(issuesByField(fieldIssues(check.error, { from: start, to: end })));
    setIssues({});
    const group = groups.status === 'ready' ? groups.value.find((g) => String(g.id) === groupId) : undefined;
    batch.start({
      groupId: groupId === null ? undefined : Number(groupId),
      groupName: group?.name ?? null,
      from: start,
      to: end,
      language,
      output,
    });
  };

  const issue = (field: string) => (issues[field] ? text(issues[field]) : undefined);
  const running = batch.state.kind === 'running' || batch.state.kind === 'saving';
  const state = batch.state;

  return (
    <>
      <PageHeader title={t('notes.batch.title')}>{t('notes.batch.intro')}</PageHeader>
      <Stack gap="md" maw={720}>
        <SegmentedControl
          aria-label={t('notes.batch.title')}
          value={mode}
          onChange={(value) => setMode(value === 'many' ? 'many' : 'one')}
          data={[
            { value: 'one', label: t('notes.batch.one') },
            { value: 'many', label: t('notes.batch.many') },
          ]}
        />
        <Group grow align="flex-start">
          <DateField
            label={t('notes.batch.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={issue('from')}
          />
          <DateField
            label={t('notes.batch.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={issue('to')}
          />
          <NativeSelect
            label={t('notes.batch.language')}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value as Language)}
          >
            <LanguageOptions />
          </NativeSelect>
        </Group>
        {mode === 'one' ? (
          <Card withBorder>
            <Stack gap="sm">
              <PersonPicker
                label={t('notes.batch.child')}
                value={child}
                onChange={setChild}
                error={issue('beneficiaryId')}
              />
              <Group gap="sm">
                <Button onClick={() => void oneReport('print')} loading={busy}>
                  {t('notes.batch.print')}
                </Button>
                <Button variant="default" onClick={() => void oneReport('save')} loading={busy}>
                  {t('notes.batch.save')}
                </Button>
              </Group>
              {failure && <ErrorAlert error={failure} />}
            </Stack>
          </Card>
        ) : (
          <Card withBorder>
            <Stack gap="sm">
              <Select
                label={t('notes.batch.scope')}
                placeholder={t('notes.batch.allActive')}
                data={
                  groups.status === 'ready'
                    ? groups.value.map((g) => ({ value: String(g.id), label: g.name }))
                    : []
                }
                value={groupId}
                onChange={setGroupId}
                clearable
                searchable
              />
              <NativeSelect
                label={t('notes.batch.output')}
                value={output}
                onChange={(e) => setOutput(e.currentTarget.value === 'folder' ? 'folder' : 'combined')}
                data={[
                  { value: 'combined', label: t('notes.batch.combined') },
                  { value: 'folder', label: t('notes.batch.folder') },
                ]}
              />
              <Group gap="sm">
                <Button onClick={startBatch} disabled={running}>
                  {t('notes.batch.start')}
                </Button>
                {state.kind === 'running' && (
                  <Button variant="default" color="red" onClick={batch.stop}>
                    {t('notes.batch.stop')}
                  </Button>
                )}
              </Group>
              {state.kind === 'running' && (
                <div>
                  <Progress value={(100 * state.done) / state.total} aria-label={t('notes.batch.title')} />
                  <Text fz="sm" mt={4} role="status">
                    {t('notes.batch.progress', {
                      done: state.done + 1,
                      total: state.total,
                      name: state.name,
                    })}
                  </Text>
                </div>
              )}
              {state.kind === 'saving' && (
                <Text fz="sm" role="status">
                  {t('notes.batch.saving', { total: state.total })}
                </Text>
              )}
              {state.kind === 'done' && (
                <Alert color="green" role="status">
                  {state.saved === 'folder'
                    ? t('notes.batch.doneFolder', { count: state.count, folder: state.folder })
                    : state.saved === 'file'
                      ? t('notes.batch.doneFile', { count: state.count })
                      : t('notes.batch.doneDownloaded', { count: state.count })}
                </Alert>
              )}
              {state.kind === 'notSaved' && (
                <Alert color="gray" role="status">
                  {t('notes.batch.notSaved', { count: state.count })}
                </Alert>
              )}
              {state.kind === 'stopped' && (
                <Alert color="gray" role="status">
                  {t('notes.batch.stopped', { count: state.count })}
                </Alert>
              )}
              {state.kind === 'nobody' && <Alert color="gray">{t('notes.batch.nobody')}</Alert>}
              {state.kind === 'failed' && (
                <>
                  {state.name && (
                    <Title order={2} fz="h5">
                      {t('notes.batch.failed', { name: state.name })}
                    </Title>
                  )}
                  <ErrorAlert error={state.error} />
                </>
              )}
            </Stack>
          </Card>
        )}
      </Stack>
    </>
  );
}
