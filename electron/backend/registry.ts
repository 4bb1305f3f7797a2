import type { ZodType } from 'zod';
import {
  callerMay,
  contract,
  fieldIssues,
  isChannelName,
  type Caller,
  type ChannelName,
  type ChannelOutput,
  type ParsedInput,
  type Result,
} from '../../shared/contract';
import type { Db } from './db/connection';
import { auditedTransaction, recordView } from './audit/record';
import { AppError } from './errors';

export interface HandlerContext {
  /** The database, or inside a write the transaction that holds it: the only handle to use. */
  db: Db;
  caller: Caller;
  now: Date;
}

export interface Handler<C extends ChannelName> {
  /** Writes run in one immediate transaction: all or nothing. */
  write: boolean;
  run(input: ParsedInput<C>, ctx: HandlerContext): Promise<ChannelOutput<C>>;
}

type AnyHandler = { write: boolean; run(input: unknown, ctx: HandlerContext): Promise<unknown> };

export interface RegistryOptions {
  db: Db;
  clock: () => Date;
  log: (message: string, error: unknown) => void;
}

/** The one place where channels meet their handlers: validation, permission, transaction, errors as data. */
export class Registry {
  private readonly handlers = new Map<ChannelName, AnyHandler>();

  constructor(private readonly options: RegistryOptions) {}

  register<C extends ChannelName>(channel: C, handler: Handler<C>): void {
    if (!isChannelName(channel)) throw new Error(`Channel ${String(channel)} is not in the contract`);
    if (this.handlers.has(channel)) throw new Error(`Channel ${channel} is registered twice`);
    this.handlers.set(channel, handler as unknown as AnyHandler);
  }

  /** Contract channels that have no handler; a complete backend has none. */
  missing(): ChannelName[] {
    return (Object.keys(contract) as ChannelName[]).filter((name) => !this.handlers.has(name));
  }

  async handle(channel: unknown, input: unknown, caller: Caller): Promise<Result<unknown>> {
    if (!isChannelName(channel)) {
      return fail('UNKNOWN_CHANNEL', `No channel named ${JSON.stringify(channel)}`);
    }
    const handler = this.handlers.get(channel);
    if (!handler) return fail('UNKNOWN_CHANNEL', `Channel ${channel} has no handler`);

    const def = contract[channel];
    // Permission first: a caller who may not use a channel learns nothing from how it validates.
    if (!callerMay(caller, def.permission)) {
      return fail('FORBIDDEN', `${channel} needs the ${def.permission} permission`);
    }
    const parsed = parseInput(def.input, input);
    if (!parsed) return fail('VALIDATION', `Invalid input for ${channel}`, { fields: {} });
    if (!parsed.success) {
      return fail('VALIDATION', `Invalid input for ${channel}`, { fields: fieldIssues(parsed.error, input) });
    }

    const { db, clock, log } = this.options;
    try {
      const now = clock();
      // Every write is one logged call; the audit triggers attribute its row changes to it.
      const meta = { caller, kind: 'change', action: channel, at: now } as const;
      const value = handler.write
        ? await auditedTransaction(db, meta, (trx) => handler.run(parsed.data, { db: trx, caller, now }))
        : await handler.run(parsed.data, { db, caller, now });
      if (!handler.write) await recordView(db, channel, parsed.data, caller, now);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
      }
      log(`Unexpected failure in ${channel}`, error);
      return fail('INTERNAL', `Unexpected failure in ${channel}`);
    }
  }
}

function fail(code: AppError['code'], message: string, details?: AppError['details']): Result<never> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

/**
 * Some hostile payloads (an object whose toString is not a function, say) make a schema's own checks throw
 * instead of reporting an issue; such input is invalid, not a failure of the app.
 */
function parseInput(schema: ZodType, input: unknown): ReturnType<ZodType['safeParse']> | null {
  try {
    return schema.safeParse(input);
  } catch {
    return null;
  }
}
