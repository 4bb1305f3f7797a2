import { safeFileName } from '../../../../../shared/domain/file-names';

/** One child's report in a folder: "Karimova Malika Rustamovna 2026-03-01 - 2026-05-31.pdf". */
export function childReportFileName(name: string, from: string, to: string): string {
  return safeFileName(`${name} ${from} - ${to}`, 'pdf');
}

/** The combined reports: "Progress reports Quyoshcha 2026-03-01 - 2026-05-31.pdf" (the group, if one). */
export function combinedReportFileName(
  title: string,
  group: string | null,
  from: string,
  to: string,
): string {
  return safeFileName([title, group, `${from} - ${to}`].filter(Boolean).join(' '), 'pdf');
}
