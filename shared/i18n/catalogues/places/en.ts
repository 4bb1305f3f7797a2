export const placesEn = {
  title: 'Staff and rooms',
} as const;
