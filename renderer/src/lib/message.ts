import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A message to show later: a catalogue key and its parameters, translated only when rendered. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

type LooseT = (key: string, params?: Record<string, string | number>) => string;

/**
 * Translates keys that arrive as data (error codes, field issues from the backend), which the typed `t`
 * cannot check at compile time; the catalogue unit test keeps those keys honest.
 */
export function useMessageText(): (message: Message) => string {
  const { t } = useTranslation();
  return useCallback((message: Message) => (t as unknown as LooseT)(message.key, message.params), [t]);
}
