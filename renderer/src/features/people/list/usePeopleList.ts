import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AppErrorData } from '../../../../../shared/contract';
import { PEOPLE_PAGE_SIZE, type PeoplePage } from '../../../../../shared/contract/people';
import { invoke } from '../../../api';
import { readListQuery, searchInput, writeListQuery, type ListQuery } from '../listQuery';

/** Typing pauses this long before the list is asked for again. */
const TYPING_PAUSE_MS = 250;

interface Answer {
  /** The request it answers: the address's query and the retry count. */
  request: string;
  page: PeoplePage | null;
  error: AppErrorData | null;
}

export function usePeopleList() {
  const [params, setParams] = useSearchParams();
  const query = readListQuery(params);
  const [typed, setTyped] = useState(query.query);
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer>({ request: '', page: null, error: null });
  const key = params.toString();
  const request = `${key}#${attempt}`;

  const update = (changes: Partial<ListQuery>) => {
    // Any change but turning the page starts again from the first page.
    const next = { ...readListQuery(params), page: 1, ...changes };
    setParams(writeListQuery(next), { replace: true });
  };

  useEffect(() => {
    if (typed === readListQuery(params).query) return;
    const timer = window.setTimeout(() => {
      setParams(writeListQuery({ ...readListQuery(params), query: typed, page: 1 }), { replace: true });
    }, TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [typed, params, setParams]);

  useEffect(() => {
    let current = true;
    const input = searchInput(readListQuery(new URLSearchParams(key)), PEOPLE_PAGE_SIZE);
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
  }, [key, request]);

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
