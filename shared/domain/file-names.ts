/*
 * File names made from people's names ("Karimova Malika 2026-03-01_2026-05-31.pdf"): they must be valid on
 * Windows, where the centre's computers are, and keep the letters of every script the centre writes in (Cyrillic,
 * the Uzbek ʻ and ʼ). The renderer makes them with safeFileName; the main process checks them with
 * isSafeFileName before a file is written, so a name that passes can never leave the chosen folder.
 */

/** Characters Windows refuses in a name, the path separators among them, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are what the check is about
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
/** CON, PRN, AUX, NUL, COM1–9, LPT1–9: device names on Windows, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
const EXTENSION = /\.[a-z0-9]{1,8}$/i;
/** Leaves room for " (2)" and well under the 255 a file system allows. */
export const MAX_FILE_NAME = 180;

/** Whether `name` (with its extension) can be written into a folder as it is, on any system. */
export function isSafeFileName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_FILE_NAME) return false;
  if (new RegExp(FORBIDDEN.source).test(name)) return false;
  if (!EXTENSION.test(name)) return false;
  const base = name.replace(EXTENSION, '');
  if (base.trim() === '' || base !== base.trim() || /^\./.test(name) || /\.$/.test(base)) return false;
  return !RESERVED.test(name);
}

/**
 * A safe file name for `text` and `extension` ("pdf"): what Windows refuses becomes a space, runs of spaces
 * one, no dot or space at the ends, a long text cut, a device name kept from being one.
 */
export function safeFileName(text: string, extension: string): string {
  let base = text
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const room = MAX_FILE_NAME - extension.length - 1;
  if (base.length > room) base = base.slice(0, room).replace(/[\s.]+$/, '');
  if (base === '') base = '_';
  if (RESERVED.test(base)) base = `_${base}`;
  return `${base}.${extension}`;
}
