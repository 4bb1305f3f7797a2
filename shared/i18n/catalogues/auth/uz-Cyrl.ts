export const authUzCyrl = {
  nav: 'Фойдаланувчилар',
};
