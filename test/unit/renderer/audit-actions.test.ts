import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/contract';
import type { AuditEntry } from '../../../shared/contract/audit';
import { LANGUAGES } from '../../../shared/domain/languages';
import { catalogues, createI18n } from '../../../shared/i18n';
import { actionKey } from '../../../renderer/src/features/audit/auditFormat';

const entry = (kind: AuditEntry['kind'], action: string): AuditEntry =>
  ({ id: 1, at: '2026-03-10T05:00:00Z', kind, action, changes: [] }) as unknown as AuditEntry;

describe('the audit log’s plain words for each channel', () => {
  // Generated from the contract, so a channel added tomorrow without a text fails here: every write and every
  // view (a read that opens a person's file) is a channel, and the log shows the channel's text.
  it.each(LANGUAGES)(
    '%s has a text for every channel of the contract and none for a channel it lacks',
    (lang) => {
      const actions: Record<string, string> = catalogues[lang].audit.actions;
      for (const name of CHANNEL_NAMES) expect(actions[name]?.trim(), `${lang}: ${name}`).toBeTruthy();
      expect(Object.keys(actions).sort()).toEqual([...CHANNEL_NAMES].sort());
    },
  );

  it('says a different thing for every channel in every language', () => {
    for (const lang of LANGUAGES) {
      const texts = Object.values(catalogues[lang].audit.actions as Record<string, string>);
      const repeated = texts.filter((text, index) => texts.indexOf(text) !== index);
      expect(repeated, lang).toEqual([]);
    }
  });

  it('reaches each text through the page’s key, channel names with dots included', () => {
    for (const lang of LANGUAGES) {
      const i18n = createI18n(lang);
      const t = i18n.t.bind(i18n) as unknown as (key: string) => string;
      for (const name of CHANNEL_NAMES) {
        const actions = catalogues[lang].audit.actions as Record<string, string>;
        expect(t(`audit.actions.${name}`), `${lang}: ${name}`).toBe(actions[name]);
        const key = actionKey(entry('change', name));
        expect(key && t(key), `${lang}: ${name}`).not.toMatch(/^audit\.|^$/);
      }
    }
  });

  it('keeps the access events’ own texts and shows an action the contract no longer has as stored', () => {
    expect(actionKey(entry('access', 'auth.signInFailed'))).toBe('audit.access.signInFailed');
    expect(actionKey(entry('view', 'people.get'))).toBe('audit.actions.people.get');
    expect(actionKey(entry('change', 'people.merge'))).toBeNull();
  });
});
