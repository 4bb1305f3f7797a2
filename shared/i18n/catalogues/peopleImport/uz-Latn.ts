import type { Catalogue } from '../types';

export const peopleImportUzLatn: Catalogue['peopleImport'] = {
  title: 'Roʻyxatni import qilish',
  intro:
    'Tuman «Inson» markazi jadval koʻrinishida yuborgan yoʻllanmalar roʻyxatini dasturga kiriting. Qatorlarni tekshirib, tasdiqlamaguningizcha hech narsa saqlanmaydi.',
  file: {
    label: 'Roʻyxat fayli',
    choose: 'Faylni tanlash',
    chooseAnother: 'Boshqa faylni tanlash',
    hint: 'Birinchi qatorida ustunlar nomi yozilgan {{formats}} fayl, koʻpi bilan {{rows}} qator.',
    chosen: '{{name}}, {{size}} KB',
    reading: 'Fayl oʻqilmoqda va qatorlar tekshirilmoqda…',
  },
  mapping: {
    title: 'Ustunlar',
    intro:
      'Har bir maʼlumot faylning qaysi ustunida turgani. Ustunlar sarlavhalariga qarab tanlandi; birortasini oʻzgartirsangiz, qatorlar qayta tekshiriladi.',
    field: 'Maʼlumot',
    fileColumn: 'Fayl ustuni',
    example: 'Namuna',
    notInFile: 'Faylda yoʻq',
    column: '{{letter}}: {{header}}',
    columnNoHeader: '{{letter}} ustun',
    missing:
      'Quyidagilar uchun ustunni tanlang: {{fields}}. Ularsiz birorta qatorni ham import qilib boʻlmaydi.',
    groups: {
      person: 'Shaxsiy maʼlumotlar',
      address: 'Manzil va telefon',
      health: 'Nogironlik va ijtimoiy reestr',
      referral: 'Yoʻllanma va holat',
      guardian: 'Ota-onasi yoki vasiysi',
    },
  },
  fields: {
    fullName: 'F.I.Sh. bitta ustunda',
    guardianName: 'Ota-onasi yoki vasiysining F.I.Sh.',
    guardianRelation: 'Odamga kim boʻladi',
    guardianPhone: 'Ota-onasi yoki vasiysining telefoni',
  },
  defaults: {
    title: 'Barcha qatorlar uchun',
    intro: 'Faylda bunday ustun boʻlmasa yoki katak boʻsh boʻlsa, shu qiymat olinadi.',
    referralDateHint: 'KK.OO.YYYY',
    guardianRelation: 'Fayl koʻrsatmagan boʻlsa, ota-onasi yoki vasiysi kim boʻladi',
  },
  preview: {
    title: 'Qatorlar',
    counts: {
      total: 'Fayldagi qatorlar',
      valid: 'Import qilishga tayyor',
      invalid: 'Xatosi bor',
      duplicates: 'Takror boʻlishi mumkin',
    },
    filter: 'Koʻrsatish',
    filters: {
      all: 'Barcha qatorlar',
      invalid: 'Xatosi borlar',
      duplicate: 'Takror boʻlishi mumkinlar',
      valid: 'Tayyorlar',
    },
    caption: 'Fayl qatorlari: {{total}} tadan {{from}}–{{to}}',
    pages: 'Qatorlar sahifalari',
    none: 'Bu yerda koʻrsatiladigan qator yoʻq.',
    columns: {
      row: 'Qator',
      status: 'Holati',
      name: 'F.I.Sh.',
      birthDate: 'Tugʻilgan sana',
      sex: 'Jinsi',
      pinfl: 'JShShIR',
      address: 'Manzil',
      guardian: 'Ota-onasi yoki vasiysi',
      problems: 'Nimani tekshirish kerak',
    },
    status: {
      valid: 'Tayyor',
      invalid: 'Xato',
      duplicate: 'Takror boʻlishi mumkin',
    },
    problem: '{{field}}: {{message}}',
    duplicateOf: 'Ismi va tugʻilgan sanasi roʻyxatdagi {{name}} bilan bir xil (tugʻilgan sanasi {{date}}).',
    duplicateOfRow: 'Ismi va tugʻilgan sanasi fayldagi {{row}}-qator bilan bir xil.',
    includeDuplicates:
      'Takror boʻlishi mumkinlarni ham import qilish: ular boshqa odamlar ekanini tekshirdim',
    import: 'Tayyor qatorlarni import qilish ({{n}})',
    nothingToImport: 'Import qilishga tayyor qator yoʻq. Faylni tuzating va uni qayta tanlang.',
  },
  summary: {
    title: 'Import yakunlandi',
    result: 'Import qilindi: {{created}}. Oʻtkazib yuborildi: {{skipped}}.',
    created: 'Import qilingan odamlar',
    skipped: 'Oʻtkazib yuborilgan qatorlar',
    duplicate: 'Takror boʻlishi mumkin, import qilinmadi.',
    another: 'Boshqa roʻyxatni import qilish',
    toList: 'Odamlar roʻyxatiga oʻtish',
  },
  validation: {
    fileTooBig: 'Fayl 10 MB dan katta. Roʻyxatni kichikroq fayllarga boʻling.',
    unsupportedFile:
      '{{formats}} faylini tanlang. Eski jadval fayllarini avval jadval dasturida shu formatlardan birida saqlang.',
    unreadableFile:
      'Faylni oʻqib boʻlmadi: u shikastlangan boʻlishi mumkin. Uni jadval dasturida ochib, qayta saqlang.',
    emptyFile: 'Faylda sarlavhadan keyin birorta ham qator yoʻq.',
    tooManyRows: 'Faylda {{max}} tadan ortiq qator bor. Roʻyxatni kichikroq fayllarga boʻling.',
    fullName: 'Bu katakka familiya va ismni (hamda otasining ismini) yozing.',
    sex: '«{{value}}» jins sifatida tushunilmadi: erkak yoki ayol (oʻgʻil yoki qiz) deb yozing.',
    yesNo: '«{{value}}»: ha yoki yoʻq deb yozing.',
    disabilityGroup:
      '«{{value}}» nogironlik guruhi emas: 1, 2 yoki 3 deb, nogironligi bor bola uchun «bola», aniqlanayotgan boʻlsa «aniqlanmoqda» deb yozing.',
    socialStatus:
      '«{{value}}» ijtimoiy reestr emas: kambagʻal oilalar reestri, kam taʼminlangan, kambagʻallik chegarasida yoki yoʻq deb yozing.',
    status: '«{{value}}» holat emas: navbatda, faol yoki chiqarilgan deb yozing.',
    relation:
      '«{{value}}» dastur biladigan qarindoshlik emas: onasi, otasi, buvisi, bobosi, aka-uka yoki opa-singil, vasiysi yoki boshqa.',
    region: '«{{value}}» nomli viloyat topilmadi.',
    district: 'Viloyatda «{{value}}» nomli tuman yoki shahar topilmadi.',
    districtAmbiguous:
      '«{{value}}» nomli tuman ham, shahar ham bor: nomidan keyin «tumani» yoki «shahri» deb yozing.',
    pinflRepeated: 'Xuddi shu JShShIR fayldagi {{row}}-qatorda ham bor.',
  },
};
