import type { Catalogue } from '../types';

export const groupsUzLatn: Catalogue['groups'] = {
  validation: {
    ageBand: 'Yuqori yosh chegarasi quyi chegaradan katta boʻlsin.',
    capacityOverRoom: 'Xonada guruhdagidan kamroq joy bor.',
    fromInPast: 'Oʻzgarishlar guruh mashgʻulotlariga bugundan boshlab taʼsir qiladi, undan oldin emas.',
    startInPast: 'Guruhga qabul bugundan yoki keyinroq boshlanadi: oʻtgan mashgʻulotlar boʻlib oʻtgan.',
    lastDateInPast: 'Oxirgi kun kechadan oldin boʻlmasin: oʻtgan mashgʻulotlar allaqachon qayd etilgan.',
    alreadyEnrolled: 'Bu shaxs shu sanalarda guruhda allaqachon bor.',
    alreadyLeft: 'Bu qabul shu kuni yoki undan oldin tugaydi.',
    alreadyWaiting: 'Bu shaxs shu navbat roʻyxatida allaqachon bor.',
    serviceOfGroup: 'Guruhning navbat roʻyxati shu guruh xizmati uchun boʻladi.',
  },
};
