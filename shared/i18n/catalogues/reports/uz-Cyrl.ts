export const reportsUzCyrl = {};
