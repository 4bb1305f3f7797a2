export const authEn = {
  nav: 'Users',
};
