export const auditUzLatn = {
  nav: 'Audit jurnali',
};
