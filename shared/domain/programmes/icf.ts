/**
 * ICF-CY codes: a component letter (b body functions, s body structures, d activities and participation,
 * e environmental factors) and the category digits: 1 for a chapter, 3, 4 or 5 for the second to fourth level
 * ("d3", "d330", "b1670", "s73001"). A qualifier after a point is allowed ("d330.2", "s7300.213").
 */
const ICF_CODE = /^[bsde](\d|\d{3,5})(\.\d{1,3})?$/;

/** The code as stored (trimmed, lower case), or null when it is not shaped like an ICF-CY code. */
export function normaliseIcfCode(text: string): string | null {
  const code = text.trim().toLowerCase();
  return ICF_CODE.test(code) ? code : null;
}

export function isIcfCode(text: string): boolean {
  return normaliseIcfCode(text) !== null;
}

/** Splits what a person typed ("d330, b167; e310") into codes, keeping the order and dropping repeats. */
export function splitIcfCodes(text: string): string[] {
  const codes: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    const code = part.trim().toLowerCase();
    if (code !== '' && !codes.includes(code)) codes.push(code);
  }
  return codes;
}
