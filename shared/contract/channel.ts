import type { z } from 'zod';
import type { Access } from './permissions';

declare const outputType: unique symbol;
/** Carries a channel's output type without a runtime value. */
export interface Output<T> {
  readonly [outputType]?: T;
}
export function returns<T>(): Output<T> {
  return {};
}

export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  output: Output<O>;
  /** Required: a permission, or PUBLIC / SIGNED_IN said out loud (a test fails on a channel without one). */
  permission: Access;
}

export function channel<I extends z.ZodType, O>(def: ChannelDef<I, O>): ChannelDef<I, O> {
  return def;
}
