import type { ReactNode } from 'react';
import type { LoadState } from '../lib/useLoad';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';

interface Props<T> {
  state: LoadState<T>;
  onRetry(): void;
  /** What shows once the value is there. */
  children(value: T): ReactNode;
}

/** A loaded value's three states: "Loading…", the error with a retry button, or the content. */
export function Loaded<T>({ state, onRetry, children }: Props<T>) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ErrorAlert error={state.error} onRetry={onRetry} />;
  return children(state.value);
}
