import { describe, expect, it } from 'vitest';
import {
  readDate,
  readDisabilityGroup,
  readRelation,
  readSex,
  readSocialStatus,
  readStatus,
  readYesNo,
  splitFullName,
} from '../../shared/domain/import-cells';
import { matchDistrict, matchRegion } from '../../shared/domain/import-places';

describe('reading the cells of a referral list', () => {
  it('reads dates as lists and spreadsheets write them', () => {
    expect(readDate('21.03.2019')).toBe('2019-03-21');
    expect(readDate('1.3.2019')).toBe('2019-03-01');
    expect(readDate('01/09/2018')).toBe('2018-09-01');
    expect(readDate('2019-03-21')).toBe('2019-03-21');
    expect(readDate('2019-03-21 00:00:00')).toBe('2019-03-21');
    expect(readDate('21.03.2019 y.')).toBe('2019-03-21');
    expect(readDate('21.03.2019 г.')).toBe('2019-03-21');
    expect(readDate('31.02.2019')).toBeNull();
    expect(readDate('21.03.19')).toBeNull();
    expect(readDate('2019')).toBeNull();
    expect(readDate('yesterday')).toBeNull();
  });

  it('reads sex in four languages and both scripts', () => {
    for (const male of ['oʻgʻil', "o'g'il bola", 'Erkak', 'ЎҒИЛ', 'эркак', 'м', 'М.', 'мужской', 'male', 'M'])
      expect(readSex(male), male).toBe('male');
    for (const female of ['qiz', 'Qiz bola', 'ayol', 'қиз', 'Аёл', 'ж', 'Женский', 'female', 'F', 'girl'])
      expect(readSex(female), female).toBe('female');
    expect(readSex('x')).toBeNull();
    expect(readSex('1')).toBeNull();
  });

  it('reads yes and no', () => {
    for (const yes of ['ha', 'Xa', 'bor', 'Ҳа', 'да', 'Есть', 'yes', '+', '1'])
      expect(readYesNo(yes), yes).toBe(true);
    for (const no of ['yoʻq', "yo'q", 'йўқ', 'Нет', 'no', '-', '0']) expect(readYesNo(no), no).toBe(false);
    expect(readYesNo('maybe')).toBeNull();
    expect(readYesNo('.')).toBeNull();
  });

  it('reads disability groups, a child’s disability and one being established', () => {
    expect(readDisabilityGroup('1')).toBe('1');
    expect(readDisabilityGroup('II guruh')).toBe('2');
    expect(readDisabilityGroup('3-guruh')).toBe('3');
    expect(readDisabilityGroup('2-я группа')).toBe('2');
    expect(readDisabilityGroup('group 1')).toBe('1');
    expect(readDisabilityGroup('Nogironligi bor bola')).toBe('child');
    expect(readDisabilityGroup('ребёнок-инвалид')).toBe('child');
    expect(readDisabilityGroup('Bolalikdan nogiron, 2-guruh')).toBe('2');
    expect(readDisabilityGroup('aniqlanmoqda')).toBe('pending');
    expect(readDisabilityGroup('устанавливается')).toBe('pending');
    expect(readDisabilityGroup('4')).toBeNull();
  });

  it('reads the social register, near poverty before poverty', () => {
    expect(readSocialStatus('Kambagʻal oilalar reestri')).toBe('poverty_register');
    expect(readSocialStatus('Камбағал')).toBe('poverty_register');
    expect(readSocialStatus('Temir daftar')).toBe('poverty_register');
    expect(readSocialStatus('Kambagʻallik chegarasida')).toBe('near_poverty');
    expect(readSocialStatus('на грани бедности')).toBe('near_poverty');
    expect(readSocialStatus('Kam taʼminlangan')).toBe('low_income');
    expect(readSocialStatus('малообеспеченная семья')).toBe('low_income');
    expect(readSocialStatus('yoʻq')).toBe('none');
    expect(readSocialStatus('ha')).toBeNull();
  });

  it('reads a guardian’s relation and a person’s status', () => {
    expect(readRelation('Onasi')).toBe('mother');
    expect(readRelation('мать')).toBe('mother');
    expect(readRelation('Отаси')).toBe('father');
    expect(readRelation('Buvisi')).toBe('grandmother');
    expect(readRelation('дедушка')).toBe('grandfather');
    expect(readRelation('opa-singlisi')).toBe('sibling');
    expect(readRelation('Vasiy')).toBe('guardian');
    expect(readRelation('законный представитель')).toBe('guardian');
    expect(readRelation('qoʻshni')).toBeNull();
    expect(readStatus('Navbatda')).toBe('waiting');
    expect(readStatus('в очереди')).toBe('waiting');
    expect(readStatus('Faol')).toBe('active');
    expect(readStatus('Chiqarilgan')).toBe('discharged');
    expect(readStatus('?')).toBeNull();
  });

  it('splits a full name, keeping a two-word Uzbek patronymic whole', () => {
    expect(splitFullName('Karimov  Shahzod Alisher oʻgʻli')).toEqual({
      familyName: 'Karimov',
      givenName: 'Shahzod',
      patronymic: 'Alisher oʻgʻli',
    });
    expect(splitFullName('Каримова Дилноза')).toEqual({
      familyName: 'Каримова',
      givenName: 'Дилноза',
      patronymic: '',
    });
  });
});

describe('finding regions and districts in the reference list', () => {
  it('finds a region by any of its names, with or without the kind word', () => {
    for (const cell of [
      'Andijon viloyati',
      'Andijon',
      'Андижон вилояти',
      'Андижанская обл.',
      'Andijan Region',
    ])
      expect(matchRegion(cell)?.code, cell).toBe('andijan');
    expect(matchRegion('Toshkent shahri')?.code).toBe('tashkentcity');
    expect(matchRegion('Atlantis')).toBeNull();
  });

  it('finds a district in the region, or anywhere when the region is not known', () => {
    for (const cell of ['Asaka tumani', 'Asaka', 'Асака тумани', 'Асакинский р-н', 'Асакинский район'])
      expect(matchDistrict(cell, 'andijan'), cell).toEqual({
        found: expect.objectContaining({ code: 'andijan.asaka' }),
      });
    expect(matchDistrict('Boʻston tumani', null)).toEqual({
      found: expect.objectContaining({ code: 'andijan.boston' }),
    });
    expect(matchDistrict('Xonobod shahri', 'andijan')).toEqual({
      found: expect.objectContaining({ code: 'andijan.xonobod-city' }),
    });
    expect(matchDistrict('г. Андижан', 'andijan')).toEqual({
      found: expect.objectContaining({ code: 'andijan.andijon-city' }),
    });
    expect(matchDistrict('Andijon tumani', 'andijan')).toEqual({
      found: expect.objectContaining({ code: 'andijan.andijon' }),
    });
    expect(matchDistrict('Andijon', 'andijan')).toEqual({ ambiguous: expect.any(Array) });
    expect(matchDistrict('Narnia', 'andijan')).toEqual({ unknown: true });
  });
});
