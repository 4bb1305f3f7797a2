export const peopleEn = {
  title: 'People',
} as const;
