import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AppErrorData } from '../../../../../shared/contract';
import { PEOPLE_PAGE_SIZE, type PeoplePage } from '../../../../../shared/contract/people';
import { invoke } from '../../../api';
import { readListQuery, searchInput, writeListQuery, type ListQuery } from '../listQuery';

/** Typing pauses this long before the list is asked for again. */
const TYPING_PAUSE_MS = 250;

interface Answer {
  /** The request it answers: the query and the retry count. */
  request: string;
  page: PeoplePage | null;
  error: AppErrorData | null;
}

/**
 * The list's query is state, started from the address and written back to it (replacing the entry), so that
 * returning from a person's page shows the same list; changes are functional updates, so a filter chosen while
 * typing is still pending is never lost.
 */
export function usePeopleList() {
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(() => readListQuery(params));
  const [typed, setTyped] = useState(query.query);
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer>({ request: '', page: null, error: null });
  const address = writeListQuery(query).toString();
  const request = `${address}#${attempt}`;

  // Any change but turning the page starts again from the first page.
  const update = (changes: Partial<ListQuery>) =>
    setQuery((current) => ({ ...current, page: 1, ...changes }));

  useEffect(() => {
    if (typed === query.query) return;
    const timer = window.setTimeout(() => update({ query: typed }), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [typed, query.query]);

  useEffect(() => {
    if (params.toString() !== address) setParams(new URLSearchParams(address), { replace: true });
  }, [address, params, setParams]);

  useEffect(() => {
    let current = true;
    const input = searchInput(readListQuery(new URLSearchParams(address)), PEOPLE_PAGE_SIZE);
    void invoke('people.search', input).then((result) => {
      // An answer to an older query must not replace the answer to a newer one.
      if (!current) return;
      setAnswer((previous) =>
        result.ok
          ? { request, page: result.value, error: null }
          : // The last good page stays on screen under the error, rather than a blank.
            { request, page: previous.page, error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [address, request]);

  return {
    query,
    typed,
    setTyped,
    update,
    clearFilters: () =>
      update({ status: null, serviceId: null, ageBand: null, hasDisability: null, socialStatus: null }),
    page: answer.page,
    error: answer.error,
    loading: answer.request !== request,
    retry: () => setAttempt((n) => n + 1),
  };
}

export type PeopleList = ReturnType<typeof usePeopleList>;
