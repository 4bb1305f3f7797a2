import { callerMay, type Caller } from '../../../shared/contract';
import type { ProgrammeList } from '../../../shared/contract/programmes';
import type { ProgrammeDetail } from '../../../shared/domain/programmes';

/**
 * Goals, baselines, reviews and the programme's own notes are casework, read only with notes.read. Reception
 * holds programmes.read to book from prescriptions; it gets the period, status and prescriptions, and empty
 * casework rather than a refusal, so booking keeps working.
 */
export function mayReadCasework(caller: Caller): boolean {
  return callerMay(caller, 'notes.read');
}

export function detailFor(caller: Caller, detail: ProgrammeDetail): ProgrammeDetail {
  if (mayReadCasework(caller)) return detail;
  return { ...detail, programme: { ...detail.programme, notes: '' }, goals: [], reviews: [] };
}

export function listFor(caller: Caller, list: ProgrammeList): ProgrammeList {
  if (mayReadCasework(caller)) return list;
  return { ...list, items: list.items.map((item) => ({ ...item, notes: '' })) };
}
