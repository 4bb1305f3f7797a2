export const authRu = {
  nav: 'Пользователи',
};
