export const programmesUzCyrl = {};
