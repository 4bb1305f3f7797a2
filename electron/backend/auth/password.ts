import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keylen: number;
}

/** OWASP's scrypt recommendation (N=2^17, r=8, p=1): about 128 MiB and a few hundred milliseconds per hash. */
export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 17, r: 8, p: 1, keylen: 64 };
const SALT_BYTES = 16;

export interface StoredPassword {
  hash: string;
  salt: string;
  params: ScryptParams;
}

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node refuses above 32 MiB unless maxmem says otherwise.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r };
  // The same password typed on a Latin or a Cyrillic layout's composed letters compares equal.
  const text = password.normalize('NFKC');
  return new Promise((resolve, reject) => {
    scrypt(text, salt, params.keylen, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Hashes off the main thread (libuv's pool): the interface stays responsive while it works. */
export async function hashPassword(password: string, params = SCRYPT_PARAMS): Promise<StoredPassword> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params);
  return { hash: key.toString('base64'), salt: salt.toString('base64'), params };
}

export async function verifyPassword(password: string, stored: StoredPassword): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), stored.params);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

export function parseParams(json: string): ScryptParams {
  const value = JSON.parse(json) as Record<string, unknown>;
  const number = (key: keyof ScryptParams): number => {
    const n = value[key];
    if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) {
      throw new Error('Stored password parameters are damaged');
    }
    return n;
  };
  return { N: number('N'), r: number('r'), p: number('p'), keylen: number('keylen') };
}

let dummy: Promise<StoredPassword> | undefined;
/** A hash to check an unknown name against, so a wrong name takes as long as a wrong password. */
export function dummyPassword(): Promise<StoredPassword> {
  dummy ??= hashPassword(randomBytes(12).toString('base64'));
  return dummy;
}
