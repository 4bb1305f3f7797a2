import type { RegisterMonth, RegisterRow } from '../../shared/contract/attendance';
import { MARKS, type Mark } from '../../shared/domain/attendance/marks';
import { registerTotals } from '../../shared/domain/attendance/totals';
import type { Language } from '../../shared/domain/languages';
import type { RegisterData } from '../../electron/backend/documents/register/document';

const FAMILY = [
  'Yoʻldoshev',
  'Gʻulomova',
  'Qoʻchqorov',
  'Ёқубова',
  'Ҳамидов',
  'Ғаниева',
  'Щербаков',
  'Sodiqova',
];
const GIVEN = ['Aziz', 'Moʻmina', 'Shohruh', 'Ўктам', 'Зулфия', 'Қодир', 'Элеонора', 'Baxtiyor'];

/**
 * A register of `people` × every day of March 2026 filled with marks, without a database: the data the
 * register document is built from, for measuring rendering alone (the worker test, the bench's floor).
 */
export function syntheticRegister(people: number, language: Language): RegisterData {
  const days = Array.from({ length: 31 }, (_, index) => {
    const weekday = ((index + 6) % 7) + 1; // 1 March 2026 is a Sunday
    return {
      date: `2026-03-${String(index + 1).padStart(2, '0')}`,
      day: index + 1,
      weekday,
      dayOff: weekday === 7,
      closure: null,
      holidayKey: null,
    };
  });
  const rows: RegisterRow[] = Array.from({ length: people }, (_, index) => {
    const marks: Array<Mark | null> = days.map((day, d) =>
      day.dayOff ? null : (MARKS[(index + d) % 9] ?? 'present'),
    );
    return {
      number: index + 1,
      beneficiaryId: index + 1,
      familyName: `${FAMILY[index % FAMILY.length]}${index + 1}`,
      givenName: GIVEN[Math.floor(index / FAMILY.length) % GIVEN.length]!,
      patronymic: '',
      cells: marks.map((mark) => (mark === null ? null : { mark, sessions: 1 })),
      totals: registerTotals(marks),
    };
  });
  const dayTotals = days.map((_, d) => {
    const marks = rows.map((row) => row.cells[d]?.mark ?? null);
    const totals = registerTotals(marks);
    return {
      attended: totals.attended,
      absent: totals.absent,
      cancelledByCentre: totals.cancelledByCentre,
      expected: totals.total,
    };
  });
  const register: RegisterMonth = {
    month: '2026-03',
    centreName: 'Andijon viloyati “Imkoniyatlar olami” ijtimoiy xizmatlar markazi',
    scope: { kind: 'centre' },
    days,
    rows,
    dayTotals,
    totals: registerTotals(rows.flatMap((row) => row.cells.map((cell) => cell?.mark ?? null))),
  };
  return { register, language, scopeName: null, responsible: null };
}
