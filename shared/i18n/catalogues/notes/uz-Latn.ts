export const notesUzLatn = {};
