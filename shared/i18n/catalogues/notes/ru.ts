export const notesRu = {};
