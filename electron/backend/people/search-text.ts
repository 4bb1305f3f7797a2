import type { ParsedBeneficiary } from '../../../shared/contract/people';
import { foldForSearch } from '../../../shared/domain/search-fold';

const digits = (phone: string | null) => (phone ? phone.replace(/\D/g, '') : '');

/**
 * The folded text that `people.search` matches words against. It starts with the person's own folded name, so
 * ordering by it lists people alphabetically with both scripts interleaved ("Karimov" beside "Каримов"); then
 * the identifiers and phones (digits only) and the guardians' names and phones.
 */
export function beneficiarySearchText(person: ParsedBeneficiary): string {
  const parts = [
    person.familyName,
    person.givenName,
    person.patronymic,
    person.pinfl ?? '',
    person.birthCertificate ?? '',
    digits(person.phone),
    ...person.guardians.flatMap((g) => [g.familyName, g.givenName, g.patronymic, digits(g.phone)]),
  ];
  return parts
    .map((part) => foldForSearch(part))
    .filter(Boolean)
    .join(' ');
}
