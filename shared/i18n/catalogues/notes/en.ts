export const notesEn = {};
