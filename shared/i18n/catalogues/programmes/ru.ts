export const programmesRu = {};
