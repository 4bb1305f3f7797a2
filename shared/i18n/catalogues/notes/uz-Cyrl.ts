export const notesUzCyrl = {};
