import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelInput } from '../../shared/contract';
import type { Backend } from '../../electron/backend';
import { call } from './schedule-fixture';

export interface ReadPdf {
  file: string;
  fileName: string;
  /** pdftotext -layout, one entry per page. */
  pages: string[];
  /** pdfinfo's fields ("Pages", "Page size", ...). */
  info: Record<string, string>;
  /** The font names pdffonts lists. */
  fonts: string[];
}

const dir = mkdtempSync(join(tmpdir(), 'imkon-documents-'));

/** Renders the register through the channel, writes the PDF and reads it back with poppler's tools. */
export async function readRegister(
  backend: Backend,
  input: ChannelInput<'documents.register'>,
): Promise<ReadPdf> {
  const rendered = await call(backend, 'documents.register', input);
  const read = readPdf(Buffer.from(rendered.bytes, 'base64'), `${input.language}-${rendered.fileName}`);
  return { ...read, fileName: rendered.fileName };
}

/** Writes a PDF's bytes under `fileName` and reads them back with pdfinfo, pdftotext -layout and pdffonts. */
export function readPdf(bytes: Uint8Array, fileName: string): ReadPdf {
  const file = join(dir, fileName);
  writeFileSync(file, bytes);
  const info = Object.fromEntries(
    execFileSync('pdfinfo', [file], { encoding: 'utf8' })
      .split('\n')
      .flatMap((line) => {
        const at = line.indexOf(':');
        return at > 0 ? [[line.slice(0, at), line.slice(at + 1).trim()]] : [];
      }),
  );
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .flatMap((line) => (line.trim() ? [line.split(/\s+/)[0]!] : []));
  return {
    file,
    fileName,
    pages: text.split('\f').filter((page) => page.trim() !== ''),
    info,
    fonts,
  };
}

/** The cells of the register line that names the person, split on the gaps pdftotext leaves between columns. */
export function lineOf(page: string, name: string): string[] {
  const line = page.split('\n').find((candidate) => candidate.includes(name));
  if (!line) throw new Error(`No line with ${name} in:\n${page}`);
  return line
    .slice(line.indexOf(name) + name.length)
    .trim()
    .split(/\s+/);
}
