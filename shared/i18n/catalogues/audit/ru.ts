export const auditRu = {
  nav: 'Журнал аудита',
};
