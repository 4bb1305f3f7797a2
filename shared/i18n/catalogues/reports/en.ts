export const reportsEn = {};
