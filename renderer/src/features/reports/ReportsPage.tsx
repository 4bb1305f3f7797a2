import { Alert, Button, Group, Loader, NativeSelect, Paper, Radio, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../../shared/domain/languages';
import { fullName } from '../../../../shared/domain/people';
import { serviceName } from '../../../../shared/domain/services';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LanguageOptions } from '../../components/LanguageOptions';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useCentre, useCentreTimeZone } from '../../lib/centreContext';
import { useLanguage } from '../../lib/languageContext';
import { useLoad } from '../../lib/useLoad';
import { useToday } from '../../lib/useToday';
import { PeriodFields } from './PeriodFields';
import { renderReport } from './reportCall';
import {
  DOCUMENT_SCOPES,
  DOCUMENTS,
  reportCall,
  type ReportField,
  type ReportForm,
  type ScopeChoice,
} from './reportForm';
import { loadReportOptions, type ReportOptions } from './reportOptions';
import { useDocumentOutput, type OutputAction } from './useDocumentOutput';

/** Documents to print: the choice of document, what it covers and its language, then Save or Print. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { state, retry } = useLoad(loadReportOptions);
  return (
    <>
      <PageHeader title={t('reports.title')}>{t('reports.intro')}</PageHeader>
      <Loaded state={state} onRetry={retry}>
        {(options) => <ReportChooser options={options} />}
      </Loaded>
    </>
  );
}

function ReportChooser({ options }: { options: ReportOptions }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const centre = useCentre();
  const today = useToday(useCentreTimeZone());
  const [form, setForm] = useState<ReportForm>(() => ({
    document: 'register',
    scope: 'group',
    scopeId: '',
    month: today.slice(0, 7),
    day: today,
    from: `${today.slice(0, 7)}-01`,
    to: today,
    arrangement: 'time',
    language: centre.settings?.defaultLanguage ?? 'uz-Latn',
  }));
  const [missing, setMissing] = useState<ReportField | null>(null);
  const output = useDocumentOutput();
  const change = (patch: Partial<ReportForm>) => setForm((current) => ({ ...current, ...patch }));
  const scopes = DOCUMENT_SCOPES[form.document];

  const scopeItems: Record<Exclude<ScopeChoice, 'centre'>, Array<{ value: string; label: string }>> = {
    group: options.groups.map((group) => ({ value: String(group.id), label: group.name })),
    service: options.services.map((service) => ({
      value: String(service.id),
      label: serviceName(service, language),
    })),
    specialist: options.specialists.map((person) => ({ value: String(person.id), label: fullName(person) })),
  };

  const start = useCallback(
    (action: OutputAction) => {
      const request = reportCall(form);
      setMissing(request.ok ? null : request.field);
      if (!request.ok) return;
      void output.run(action, () => renderReport(request.call), t(`reports.documents.${form.document}`));
    },
    [form, output, t],
  );

  return (
    <Paper withBorder p="lg" maw="44rem">
      <Stack gap="md">
        <NativeSelect
          label={t('reports.document')}
          value={form.document}
          onChange={(event) => {
            const document = event.currentTarget.value as ReportForm['document'];
            const scopes = DOCUMENT_SCOPES[document];
            change({
              document,
              ...(scopes.length > 0 &&
                !scopes.includes(form.scope) && { scope: scopes[0] ?? 'centre', scopeId: '' }),
            });
            setMissing(null);
          }}
          data={DOCUMENTS.map((document) => ({ value: document, label: t(`reports.documents.${document}`) }))}
        />
        {scopes.length > 0 && (
          <Radio.Group
            label={t('reports.scope')}
            value={form.scope}
            onChange={(value) => {
              change({ scope: value as ScopeChoice, scopeId: '' });
              setMissing(null);
            }}
          >
            <Group gap="lg" mt="xs">
              {scopes.map((scope) => (
                <Radio key={scope} value={scope} label={t(`reports.scopes.${scope}`)} />
              ))}
            </Group>
          </Radio.Group>
        )}
        {scopes.includes(form.scope) && form.scope !== 'centre' && (
          <NativeSelect
            label={t(`reports.${form.scope}`)}
            value={form.scopeId}
            required
            error={missing === 'scopeId' ? t('reports.required') : undefined}
            onChange={(event) => {
              change({ scopeId: event.currentTarget.value });
              setMissing(null);
            }}
            data={[{ value: '', label: t('reports.choose') }, ...scopeItems[form.scope]]}
          />
        )}
        <PeriodFields form={form} today={today} missing={missing} change={change} />
        <NativeSelect
          label={t('reports.language')}
          description={t('reports.languageHint')}
          value={form.language}
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (isLanguage(next)) change({ language: next });
          }}
        >
          <LanguageOptions />
        </NativeSelect>
        <Group>
          <Button
            onClick={() => start('save')}
            loading={output.busy === 'save'}
            disabled={output.busy !== null}
          >
            {t('reports.save')}
          </Button>
          <Button
            variant="default"
            onClick={() => start('print')}
            loading={output.busy === 'print'}
            disabled={output.busy !== null}
          >
            {t('reports.print')}
          </Button>
        </Group>
        <div role="status" aria-live="polite">
          {output.busy && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">{t('reports.busy')}</Text>
            </Group>
          )}
          {!output.busy && output.notice && (
            <Alert color="teal" variant="light">
              {t(`reports.${output.notice}`)}
            </Alert>
          )}
        </div>
        {output.error && <ErrorAlert error={output.error} />}
      </Stack>
    </Paper>
  );
}
