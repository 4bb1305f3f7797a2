/** Uzbek phone numbers: +998 and nine digits, stored as "+998901234567" and shown as "+998 90 123 45 67". */
const STORED = /^\+998\d{9}$/;

/** The stored form of a typed number, or null when it is not an Uzbek number. Accepts spaces, dashes, brackets. */
export function normalizePhone(typed: string): string | null {
  const trimmed = typed.trim();
  if (!/^[+\d\s()\-.]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length === 9 && !trimmed.startsWith('+')) return `+998${digits}`;
  if (digits.length === 12 && digits.startsWith('998')) return `+${digits}`;
  return null;
}

export function isStoredPhone(value: string): boolean {
  return STORED.test(value);
}

export function formatPhone(stored: string): string {
  if (!STORED.test(stored)) return stored;
  const d = stored.slice(4);
  return `+998 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 7)} ${d.slice(7, 9)}`;
}
