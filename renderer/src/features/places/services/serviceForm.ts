import type { ChannelInput } from '../../../../../shared/contract';
import type { Language } from '../../../../../shared/domain/languages';
import type { EligibilityCriterion, Service, ServiceKind } from '../../../../../shared/domain/services';

/** What the service editor holds: numbers as the number fields give them ('' while empty). */
export interface ServiceValues {
  names: Record<Language, string>;
  kind: ServiceKind;
  defaultMinutes: number | string;
  minAgeMonths: number | string;
  maxAgeMonths: number | string;
  eligibility: EligibilityCriterion[];
  colour: string;
  active: boolean;
}

export const NEW_SERVICE: ServiceValues = {
  names: { 'uz-Latn': '', 'uz-Cyrl': '', ru: '', en: '' },
  kind: 'individual',
  defaultMinutes: 45,
  minAgeMonths: '',
  maxAgeMonths: '',
  eligibility: [],
  colour: '#1c7ed6',
  active: true,
};

export function serviceValues(service: Service): ServiceValues {
  return {
    names: { ...service.names },
    kind: service.kind,
    defaultMinutes: service.defaultMinutes,
    minAgeMonths: service.minAgeMonths ?? '',
    maxAgeMonths: service.maxAgeMonths ?? '',
    eligibility: [...service.eligibility],
    colour: service.colour,
    active: service.active,
  };
}

/** An empty required number is left out, so the schema reports it as required rather than invalid. */
function requiredNumber(value: number | string): number | undefined {
  return value === '' ? undefined : Number(value);
}

function optionalNumber(value: number | string): number | null {
  return value === '' ? null : Number(value);
}

export function serviceInput(values: ServiceValues): ChannelInput<'services.create'> {
  return {
    names: values.names,
    kind: values.kind,
    defaultMinutes: requiredNumber(values.defaultMinutes) as number,
    minAgeMonths: optionalNumber(values.minAgeMonths),
    maxAgeMonths: optionalNumber(values.maxAgeMonths),
    eligibility: values.eligibility,
    colour: values.colour.trim(),
    active: values.active,
  };
}
