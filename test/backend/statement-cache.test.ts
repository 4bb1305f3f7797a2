import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from '../../electron/backend/db/connection';
import { testDir } from './backend-fixture';

describe('statement cache', () => {
  it('prepares a statement once and reuses it, dropping the least recently used beyond its size', () => {
    const raw = new BetterSqlite3(join(testDir(), 'cache.sqlite'));
    let prepared = 0;
    const counting = new Proxy(raw, {
      get(target, property) {
        if (property === 'prepare')
          return (text: string) => {
            prepared += 1;
            return target.prepare(text);
          };
        const value = Reflect.get(target, property) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const cached = withStatementCache(counting, 2);
    const a = cached.prepare('select 1');
    expect(cached.prepare('select 1')).toBe(a);
    cached.prepare('select 2');
    cached.prepare('select 1'); // touch: now "select 2" is the oldest
    cached.prepare('select 3'); // evicts "select 2"
    expect(prepared).toBe(3);
    expect(cached.prepare('select 1')).toBe(a);
    cached.prepare('select 2');
    expect(prepared).toBe(4);
    expect(a.all([])).toEqual([{ 1: 1 }]);
    cached.close();
  });
});
