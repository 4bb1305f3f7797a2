export const programmesUzLatn = {};
