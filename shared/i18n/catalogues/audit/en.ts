export const auditEn = {
  nav: 'Audit log',
};
