export const reportsRu = {};
