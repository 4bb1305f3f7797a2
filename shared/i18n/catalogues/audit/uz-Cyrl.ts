export const auditUzCyrl = {
  nav: 'Аудит журнали',
};
