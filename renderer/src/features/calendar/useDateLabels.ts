import { useEffect, type RefObject } from 'react';
import type { Language } from '../../../../shared/domain/languages';
import { isCalendarDate } from '../../../../shared/domain/calendar';
import { formatCalendarDate } from '../../../../shared/i18n/dates';

/**
 * FullCalendar names each day cell for screen readers with a fixed browser-Intl format, which Chromium writes
 * as "2026 M03 21" in Uzbek Latin and no option replaces. Every such element carries its date in data-date, so
 * the names are rewritten in the person's language whenever FullCalendar (re)draws them.
 */
export function useDateLabels(container: RefObject<HTMLElement | null>, language: Language): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const relabel = () => {
      for (const element of root.querySelectorAll<HTMLElement>('[data-date][aria-label]')) {
        const date = element.dataset.date ?? '';
        if (!isCalendarDate(date)) continue;
        const label = formatCalendarDate(date, language, 'full');
        // Writing only a different label keeps the observer from waking itself forever.
        if (element.getAttribute('aria-label') !== label) element.setAttribute('aria-label', label);
      }
    };
    relabel();
    const observer = new MutationObserver(relabel);
    observer.observe(root, { subtree: true, childList: true, attributeFilter: ['aria-label'] });
    return () => observer.disconnect();
  }, [container, language]);
}
