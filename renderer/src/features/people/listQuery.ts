import type { ChannelInput } from '../../../../shared/contract';
import { AGE_BAND_NAMES, type AgeBand } from '../../../../shared/domain/age';
import {
  BENEFICIARY_STATUSES,
  SOCIAL_STATUSES,
  type BeneficiaryStatus,
  type SocialStatus,
} from '../../../../shared/domain/people';

/**
 * The list's search and filters live in the address (#/people?q=…&status=…), so going back from a person's
 * page returns to the same list, page and all.
 */
export interface ListQuery {
  query: string;
  status: BeneficiaryStatus | null;
  serviceId: number | null;
  ageBand: AgeBand | null;
  hasDisability: boolean | null;
  socialStatus: SocialStatus | null;
  page: number;
}

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | null =>
  value !== null && (options as readonly string[]).includes(value) ? (value as T) : null;

const positive = (value: string | null): number | null => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : null;
};

export function readListQuery(params: URLSearchParams): ListQuery {
  const disability = params.get('disability');
  return {
    query: params.get('q') ?? '',
    status: oneOf(BENEFICIARY_STATUSES, params.get('status')),
    serviceId: positive(params.get('service')),
    ageBand: oneOf(AGE_BAND_NAMES, params.get('age')),
    hasDisability: disability === 'yes' ? true : disability === 'no' ? false : null,
    socialStatus: oneOf(SOCIAL_STATUSES, params.get('social')),
    page: positive(params.get('page')) ?? 1,
  };
}

export function writeListQuery(query: ListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.query.trim()) params.set('q', query.query);
  if (query.status) params.set('status', query.status);
  if (query.serviceId !== null) params.set('service', String(query.serviceId));
  if (query.ageBand) params.set('age', query.ageBand);
  if (query.hasDisability !== null) params.set('disability', query.hasDisability ? 'yes' : 'no');
  if (query.socialStatus) params.set('social', query.socialStatus);
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

export function hasFilters(query: ListQuery): boolean {
  return (
    query.status !== null ||
    query.serviceId !== null ||
    query.ageBand !== null ||
    query.hasDisability !== null ||
    query.socialStatus !== null
  );
}

export function searchInput(query: ListQuery, pageSize: number): ChannelInput<'people.search'> {
  return { ...query, pageSize };
}
