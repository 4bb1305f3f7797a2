import { Anchor } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fullName, type Beneficiary } from '../../../../shared/domain/people';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useLanguage } from '../../lib/languageContext';
import { useLoad } from '../../lib/useLoad';
import { emptyValues, valuesOf } from './beneficiaryForm';
import { BeneficiaryForm } from './form/BeneficiaryForm';
import { useRouteId } from './routeId';
import { useServices } from './useServices';

/** #/people/new registers a person; #/people/:id/edit edits one. */
export function BeneficiaryFormPage() {
  const id = useRouteId();
  return id === null ? <NewBeneficiary /> : <EditBeneficiary id={id} />;
}

function useOpenSaved() {
  const navigate = useNavigate();
  return (person: Beneficiary) => navigate(`/people/${person.id}`, { state: { saved: true } });
}

function NewBeneficiary() {
  const { t } = useTranslation();
  const services = useServices();
  const onSaved = useOpenSaved();
  return (
    <>
      <BackLink />
      <PageHeader title={t('people.form.titleNew')}>{t('people.form.intro')}</PageHeader>
      {services.state.status === 'loading' && <Loading />}
      {services.state.status === 'failed' && (
        <ErrorAlert error={services.state.error} onRetry={services.retry} />
      )}
      {services.state.status === 'ready' && (
        <BeneficiaryForm
          initial={emptyValues()}
          id={null}
          services={services.state.value}
          cancelTo="/people"
          onSaved={onSaved}
        />
      )}
    </>
  );
}

function EditBeneficiary({ id }: { id: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const services = useServices();
  const load = useCallback(() => invoke('people.get', { id }), [id]);
  const person = useLoad(load);
  const onSaved = useOpenSaved();
  const failed =
    person.state.status === 'failed' ? person : services.state.status === 'failed' ? services : null;
  return (
    <>
      <BackLink />
      {person.state.status === 'ready' && (
        <PageHeader title={t('people.form.titleEdit', { name: fullName(person.state.value) })} />
      )}
      {failed && failed.state.status === 'failed' && (
        <ErrorAlert error={failed.state.error} onRetry={failed.retry} />
      )}
      {(person.state.status === 'loading' || services.state.status === 'loading') && <Loading />}
      {/* The form appears only with the stored values, so a late answer never overwrites what is typed. */}
      {person.state.status === 'ready' && services.state.status === 'ready' && (
        <BeneficiaryForm
          initial={valuesOf(person.state.value, language)}
          id={id}
          services={services.state.value}
          cancelTo={`/people/${id}`}
          onSaved={onSaved}
        />
      )}
    </>
  );
}

export function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/people" size="sm" display="inline-block" mb="xs">
      ← {t('people.actions.back')}
    </Anchor>
  );
}
