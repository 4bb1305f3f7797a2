import { Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../../../shared/contract/import';
import { districtName, regionName } from '../../../../shared/domain/regions';
import { formatPhone, normalizePhone } from '../../../../shared/domain/phone';
import type { Catalogue } from '../../../../shared/i18n';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { useLanguage } from '../../lib/languageContext';
import { RowProblems } from './RowProblems';
import { RowStatusBadge } from './RowStatusBadge';
import {
  hasIssue,
  hasProblems,
  shownAddress,
  shownBirthDate,
  shownGuardian,
  shownName,
  shownSex,
} from './rowDisplay';

type Column = keyof Catalogue['peopleImport']['preview']['columns'];

/** A cell whose field has a problem: in red, marked for those who cannot see the colour. */
function Cell({ bad, children, mono }: { bad: boolean; children: ReactNode; mono?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.Td
      ff={mono ? 'monospace' : undefined}
      c={bad ? 'red.9' : undefined}
      fw={bad ? 600 : undefined}
      bg={bad ? 'red.0' : undefined}
    >
      {bad && <VisuallyHidden>{t('peopleImport.preview.status.invalid')}: </VisuallyHidden>}
      {children}
    </Table.Td>
  );
}

export function PreviewTable({ rows, caption }: { rows: ImportRow[]; caption: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const th = (column: Column) => (
    <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
      {t(`peopleImport.preview.columns.${column}`)}
    </Table.Th>
  );
  return (
    <Table.ScrollContainer minWidth="56rem">
      <Table
        verticalSpacing="xs"
        horizontalSpacing="xs"
        fz="sm"
        withRowBorders
        styles={{ td: { verticalAlign: 'top' } }}
      >
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {th('row')}
            {th('status')}
            {th('name')}
            {th('birthDate')}
            {th('sex')}
            {th('pinfl')}
            {th('address')}
            {th('guardian')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const birth = shownBirthDate(row);
            const sex = shownSex(row);
            const address = shownAddress(row);
            const guardian = shownGuardian(row);
            const places = [
              address.districtCode ? districtName(address.districtCode, language) : undefined,
              address.regionCode && !address.districtCode
                ? regionName(address.regionCode, language)
                : undefined,
              ...address.unread,
              address.mahalla,
            ].filter(Boolean);
            const explained = hasProblems(row);
            return (
              <Fragment key={row.rowNumber}>
                <Table.Tr style={explained ? { borderBottom: 'none' } : undefined}>
                  <Table.Th scope="row" fw={600} rowSpan={explained ? 2 : 1} style={{ verticalAlign: 'top' }}>
                    {row.rowNumber}
                  </Table.Th>
                  <Table.Td rowSpan={explained ? 2 : 1} style={{ verticalAlign: 'top' }}>
                    <RowStatusBadge status={row.status} />
                  </Table.Td>
                  <Cell bad={hasIssue(row, ['fullName', 'familyName', 'givenName', 'patronymic'])}>
                    {shownName(row)}
                  </Cell>
                  <Cell bad={hasIssue(row, ['birthDate'])}>
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {'iso' in birth ? formatCalendarDate(birth.iso, language, 'short') : birth.text}
                    </span>
                  </Cell>
                  <Cell bad={hasIssue(row, ['sex'])}>
                    {'sex' in sex ? t(`people.sex.${sex.sex}`) : sex.text}
                  </Cell>
                  <Cell bad={hasIssue(row, ['pinfl'])} mono>
                    {row.cells.pinfl ?? ''}
                  </Cell>
                  <Cell bad={hasIssue(row, ['region', 'district', 'mahalla', 'address'])}>
                    {places.join(', ')}
                  </Cell>
                  <Cell bad={hasIssue(row, ['guardianName', 'guardianRelation', 'guardianPhone'])}>
                    {guardian && (
                      <>
                        <Text size="sm">{guardian.name}</Text>
                        <Text size="sm" c="gray.7">
                          {[
                            guardian.relation
                              ? t(`people.relation.${guardian.relation}`)
                              : guardian.relationText,
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                          {guardian.phone && (
                            <>
                              {guardian.relation || guardian.relationText ? ' · ' : ''}
                              <span style={{ whiteSpace: 'nowrap' }}>
                                {row.issues.guardianPhone
                                  ? guardian.phone
                                  : formatPhone(normalizePhone(guardian.phone) ?? guardian.phone)}
                              </span>
                            </>
                          )}
                        </Text>
                      </>
                    )}
                  </Cell>
                </Table.Tr>
                {/* The row's problems read across the whole width, under the cells they are about. */}
                {explained && (
                  <Table.Tr>
                    <Table.Td colSpan={6} pt={0} c={row.status === 'invalid' ? 'red.9' : 'orange.9'}>
                      <RowProblems row={row} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
