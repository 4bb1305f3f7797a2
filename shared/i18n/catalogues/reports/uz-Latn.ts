export const reportsUzLatn = {};
