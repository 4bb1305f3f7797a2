export const programmesEn = {};
