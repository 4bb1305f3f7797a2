import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, type Caller } from '../../shared/contract';
import type { ImportResult } from '../../shared/contract/import';
import type { Beneficiary } from '../../shared/domain/people';
import { makePinfl } from '../../shared/domain/pinfl';
import { expectOk } from './backend-fixture';
import { file, openImportBackend, PINFLS, ROWS, storedCounts, type Row } from './import-fixture';

type TestBackend = Awaited<ReturnType<typeof openImportBackend>>;

const badPinfl: Row = [...ROWS.bobur];
badPinfl[5] = PINFLS.bobur.slice(0, 13) + String((Number(PINFLS.bobur[13]) + 1) % 10);
const noBirthDate: Row = [...ROWS.sevara];
noBirthDate[3] = '';

async function commit(backend: TestBackend, input: object): Promise<ImportResult> {
  return expectOk(await backend.handle('import.commit', input)) as ImportResult;
}

async function person(backend: TestBackend, id: number): Promise<Beneficiary> {
  return expectOk(await backend.handle('people.get', { id })) as Beneficiary;
}

describe('importing a referral list', () => {
  it('creates the valid rows with their guardians and skips the others with their reasons', async () => {
    const backend = await openImportBackend();
    const result = await commit(backend, file([ROWS.shahzod, badPinfl, ROWS.madina, noBirthDate]));

    expect(result.created.map((c) => [c.rowNumber, c.name])).toEqual([
      [2, 'Karimov Shahzod Alisher oʻgʻli'],
      [4, 'Гуломова Мадина Баҳодир қизи'],
    ]);
    expect(result.skipped).toEqual([
      {
        rowNumber: 3,
        status: 'invalid',
        issues: { pinfl: { key: 'validation.pinflChecksum' } },
        duplicateOf: [],
        duplicateOfRow: null,
      },
      {
        rowNumber: 5,
        status: 'invalid',
        issues: { birthDate: { key: 'validation.required' } },
        duplicateOf: [],
        duplicateOfRow: null,
      },
    ]);
    expect(await storedCounts(backend)).toEqual({ beneficiaries: 2, guardians: 2 });

    const shahzod = await person(backend, result.created[0]!.id);
    expect(shahzod).toMatchObject({
      familyName: 'Karimov',
      birthDate: '2019-05-14',
      sex: 'male',
      pinfl: PINFLS.shahzod,
      regionCode: 'andijan',
      districtCode: 'andijan.asaka',
      status: 'waiting',
      guardians: [
        {
          relation: 'mother',
          familyName: 'Karimova',
          givenName: 'Dilnoza',
          patronymic: 'Rustamovna',
          phone: '+998901234567',
          isPrimary: true,
        },
      ],
    });
  });

  it('imports possible duplicates only when asked to', async () => {
    const backend = await openImportBackend();
    await commit(backend, file([ROWS.madina]));
    const otherMadina: Row = [...ROWS.madina];
    otherMadina[5] = makePinfl('2018-09-01', 'female', 203, 99);
    const twice: Row = [...ROWS.bobur];
    twice[5] = makePinfl('2020-01-30', 'male', 203, 98);
    const input = file([otherMadina, ROWS.bobur, twice]);

    const skipping = await commit(backend, input);
    expect(skipping.created.map((c) => c.rowNumber)).toEqual([3]);
    expect(skipping.skipped.map((s) => [s.rowNumber, s.status, s.duplicateOfRow])).toEqual([
      [2, 'duplicate', null],
      [4, 'duplicate', 3],
    ]);
    expect(skipping.skipped[0]!.duplicateOf).toHaveLength(1);

    const backend2 = await openImportBackend();
    await commit(backend2, file([ROWS.madina]));
    const taking = await commit(backend2, { ...input, skipDuplicates: false });
    expect(taking.created.map((c) => c.rowNumber)).toEqual([2, 3, 4]);
    expect(taking.skipped).toEqual([]);
    expect((await storedCounts(backend2)).beneficiaries).toBe(4);
  });

  it('checks the rows again instead of trusting the preview', async () => {
    const backend = await openImportBackend();
    const input = file([ROWS.shahzod, ROWS.madina]);
    const preview = expectOk(await backend.handle('import.preview', input)) as { counts: { valid: number } };
    expect(preview.counts.valid).toBe(2);
    // Meanwhile someone registers Shahzod through the form.
    expectOk(
      await backend.handle('people.create', {
        familyName: 'Karimov',
        givenName: 'Shahzod',
        birthDate: '2019-05-14',
        sex: 'male',
        pinfl: PINFLS.shahzod,
      }),
    );
    const result = await commit(backend, input);
    expect(result.created.map((c) => c.rowNumber)).toEqual([3]);
    expect(result.skipped).toMatchObject([
      { rowNumber: 2, status: 'invalid', issues: { pinfl: { key: 'people.validation.pinflTaken' } } },
    ]);
    expect((await storedCounts(backend)).beneficiaries).toBe(2);
  });

  it('leaves nothing behind when a row fails while it is written', async () => {
    const logged: string[] = [];
    const backend = await openImportBackend((message) => logged.push(message));
    await commit(backend, file([ROWS.sevara]));
    const before = await storedCounts(backend);
    // A fault the checks cannot foresee (a full disk, a damaged index): the database refuses the third row.
    await sql`create trigger refuse_bobur before insert on beneficiaries when new.given_name = 'Bobur'
      begin select raise(abort, 'simulated write failure'); end`.execute(backend.db);

    const result = await backend.handle('import.commit', file([ROWS.shahzod, ROWS.madina, ROWS.bobur]));
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logged).toEqual(['Unexpected failure in import.commit']);
    expect(await storedCounts(backend)).toEqual(before);
    const names = await backend.db.selectFrom('beneficiaries').select('given_name').execute();
    expect(names.map((n) => n.given_name)).toEqual(['Sevara']);
  });

  it('needs the import permission for both the preview and the import', async () => {
    const backend = await openImportBackend();
    const without: Caller = {
      userId: 'reception',
      permissions: new Set(PERMISSIONS.filter((p) => p !== 'people.import')),
    };
    const only: Caller = { userId: 'intake', permissions: new Set(['people.import']) };
    const input = file([ROWS.shahzod]);
    for (const channel of ['import.preview', 'import.commit'] as const) {
      expect(await backend.handle(channel, input, without)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(await storedCounts(backend)).toEqual({ beneficiaries: 0, guardians: 0 });
    expectOk(await backend.handle('import.preview', input, only));
    expect(expectOk(await backend.handle('import.commit', input, only))).toMatchObject({
      created: [{ rowNumber: 2 }],
    });
  });
});
