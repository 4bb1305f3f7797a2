/**
 * Folds a name or phrase to one search key, so that the same name written in Uzbek Latin, Uzbek Cyrillic or
 * Russian spelling finds itself: "Shahzod", "Шаҳзод" and "Шахзод" all fold to "shahzod".
 * Not a transliteration for display: it drops the distinctions that people spell inconsistently.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  ў: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ҳ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ә: 'a',
  ө: 'o',
  ү: 'u',
  ң: 'ng',
};

/** Apostrophe-like marks of Oʻ, Gʻ and the tutuq belgisi, in every way people type them. */
const MARKS = /[ʻʼ'‘’`´]/g;

export function foldForSearch(text: string): string {
  const lower = text.normalize('NFC').toLocaleLowerCase('ru');
  let latin = '';
  for (const char of lower) latin += CYRILLIC_TO_LATIN[char] ?? char;
  return latin
    .replace(MARKS, '')
    .replace(/dj/g, 'j') // Russian spelling of Uzbek j: Джамшид / Jamshid
    .replace(/ye/g, 'e') // Cyrillic е after a vowel is "ye" in Latin: Саъдуллаев / Saʼdullayev
    .replace(/x/g, 'h') // Uzbek x (х) and h (ҳ) are both written х in Russian spelling
    .replace(/q/g, 'k') // қ is written к in Russian spelling
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, folded; empty words dropped. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean);
}
