export const authUzLatn = {
  nav: 'Foydalanuvchilar',
};
