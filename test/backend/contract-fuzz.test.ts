import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CHANNEL_NAMES, contract, PERMISSIONS, type Caller, type ChannelName } from '../../shared/contract';
import { openExportCentre, tableContents } from './export-fixture';

/**
 * Bad input at the boundary: every channel of the contract (read from CHANNEL_NAMES, so a new channel is covered
 * without touching this file) is fed generated payloads, most of them invalid. A payload its schema refuses must
 * be answered VALIDATION and write nothing; one its schema accepts may succeed or fail as the feature decides,
 * but never INTERNAL. Nothing may throw, and no payload may pollute Object.prototype.
 */

/** The run is bounded by time, not by count: channels take turns in batches until the budget is spent. */
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 40_000);
const BATCH = 12;
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

const MEGABYTE = 'ж'.repeat(1024 * 1024);

const dates = fc.constantFrom(
  '2026-03-16',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-3-6',
  '16.03.2026',
  '2026-03-16T10:00:00Z',
  '+275760-09-13',
  'yesterday',
);
const strings = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constant(MEGABYTE),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '10:00',
    '25:61',
    'uz-Latn',
    'xlsx',
    '__proto__',
    "'; drop table staff; --",
  ),
  dates,
);
const numbers = fc.oneof(
  fc.integer({ min: -3, max: 40 }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, 2 ** 53 + 2, -(2 ** 31), 1e308),
);
const leaves = fc.oneof(
  strings,
  numbers,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.bigInt(),
);
const { garbage } = fc.letrec((tie) => ({
  garbage: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaves,
    fc.array(tie('garbage'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('garbage'), { maxKeys: 4 }),
  ),
}));

/** Objects whose own keys are the ones prototype pollution goes through. */
const prototypeKeys = fc.constantFrom(
  () => JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown,
  () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
  () => ({ prototype: { polluted: 'yes' } }),
  () => JSON.parse('{"__proto__": null}') as unknown,
);

/** The top-level keys an input schema knows, through refinements, transforms, defaults and unions. */
function keysOf(schema: z.ZodType): string[] {
  const s = schema as unknown as {
    shape?: Record<string, unknown>;
    def?: { in?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[] };
  };
  if (s.shape) return Object.keys(s.shape);
  if (s.def?.in) return keysOf(s.def.in);
  if (s.def?.innerType) return keysOf(s.def.innerType);
  if (s.def?.options) return [...new Set(s.def.options.flatMap(keysOf))];
  return [];
}

/** Payloads for one channel: wrong shapes, its own keys with garbage or near-valid values, extra keys. */
function payloads(channel: ChannelName): fc.Arbitrary<unknown> {
  const keys = keysOf(contract[channel].input);
  const value = fc.oneof(
    garbage,
    garbage,
    fc.integer({ min: 1, max: 5 }),
    dates,
    fc.constantFrom(true, false, []),
  );
  const known =
    keys.length === 0
      ? fc.constant({})
      : fc.record(Object.fromEntries(keys.map((key) => [key, value])), { requiredKeys: [] });
  const withExtra = fc
    .tuple(
      known,
      fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('constructor', 'prototype')),
      garbage,
    )
    .filter(([, key]) => !keys.includes(key))
    .map(([object, key, extra]) => ({ ...object, [key]: extra }));
  const withPrototype = fc
    .tuple(known, prototypeKeys)
    .map(([object, make]) => Object.assign(make() as object, object) as unknown);
  return fc.oneof(
    { weight: 4, arbitrary: known },
    { weight: 2, arbitrary: withExtra },
    { weight: 2, arbitrary: withPrototype },
    { weight: 1, arbitrary: fc.array(garbage, { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.array(known, { minLength: 1, maxLength: 2 }) },
    { weight: 1, arbitrary: leaves },
  );
}

const CALLER: Caller = { userId: 'fuzz', permissions: new Set(PERMISSIONS) };

function describePayload(payload: unknown): string {
  const text = JSON.stringify(payload, (_key, v: unknown) =>
    typeof v === 'bigint' ? `${v}n` : typeof v === 'string' && v.length > 60 ? `<${v.length} chars>` : v,
  );
  return (text ?? String(payload)).slice(0, 300);
}

describe('the contract at the boundary', () => {
  it(
    'answers generated bad payloads on every channel with VALIDATION, never INTERNAL, writing nothing',
    async () => {
      const centre = await openExportCentre();
      const { backend } = centre;
      const totalChanges = () =>
        (backend.raw.prepare('select total_changes() as n').get() as { n: number }).n;
      // The first example of each kind of problem per channel, with how often it happened.
      const found = new Map<string, { example: string; times: number }>();
      const problem = (channel: ChannelName, kind: string, payload: unknown) => {
        const key = `${channel}: ${kind}`;
        const seen = found.get(key);
        if (seen) seen.times += 1;
        else found.set(key, { example: describePayload(payload), times: 1 });
      };
      const counts = { payloads: 0, refused: 0, accepted: 0 };
      const perChannel = new Map<ChannelName, number>();
      const deadline = Date.now() + BUDGET_MS;
      let round = 0;

      while (Date.now() < deadline || round === 0) {
        for (const channel of CHANNEL_NAMES) {
          const schema = contract[channel].input;
          const batch = fc.sample(payloads(channel), {
            numRuns: BATCH,
            seed: SEED + round * 7919 + perChannel.size,
          });
          const before = await tableContents(backend);
          let acceptedHere = false;
          for (const payload of batch) {
            counts.payloads += 1;
            perChannel.set(channel, (perChannel.get(channel) ?? 0) + 1);
            // A payload that makes the schema's own checks throw is invalid too (the registry says VALIDATION).
            let valid: boolean;
            try {
              valid = schema.safeParse(payload).success;
            } catch {
              valid = false;
            }
            const changes = totalChanges();
            let result;
            try {
              result = await backend.handle(channel, payload, CALLER);
            } catch (error) {
              problem(channel, `threw ${String(error)}`, payload);
              continue;
            }
            if (!valid) {
              counts.refused += 1;
              if (result.ok || result.error.code !== 'VALIDATION')
                problem(
                  channel,
                  `answered ${result.ok ? 'ok' : result.error.code} to an invalid payload`,
                  payload,
                );
              if (totalChanges() !== changes) problem(channel, 'wrote while refusing', payload);
            } else {
              counts.accepted += 1;
              acceptedHere = true;
              if (!result.ok && result.error.code === 'INTERNAL') problem(channel, 'INTERNAL', payload);
            }
          }
          // Every table, row for row: nothing written unless some payload was one the schema accepts.
          if (!acceptedHere && JSON.stringify(await tableContents(backend)) !== JSON.stringify(before))
            problem(channel, 'changed a table while refusing every payload', batch[0]);
          if (Date.now() >= deadline && round > 0) break;
        }
        round += 1;
      }

      console.info(
        `contract fuzz (seed ${SEED}): ${counts.payloads} payloads over ${perChannel.size} channels in ${round} rounds; ` +
          `${counts.refused} refused by their schema, ${counts.accepted} accepted`,
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(perChannel.size).toBe(CHANNEL_NAMES.length);
      const problems = [...found].map(([key, { example, times }]) => `${key} (${times}×), e.g. ${example}`);
      expect(problems).toEqual([]);
    },
    BUDGET_MS + 60_000,
  );
});
