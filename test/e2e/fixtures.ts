// The end-to-end harness: the built renderer served from 127.0.0.1 (one server per worker), and per test a fresh
// data folder with a real backend that the page reaches through window.imkon — an exposed binding standing in
// for Electron's IPC. Every click goes through the real contract, registry, services and SQLite database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { createBackend, LOCAL_OPERATOR, type Backend } from '../../electron/backend';
import { hashPassword, type StoredPassword } from '../../electron/backend/auth/password';
import { insertAccount } from '../../electron/backend/auth/repository';
import { startRendererServer } from '../tools/renderer-server';
import { ROLES, type ChannelName, type ChannelOutput, type Result, type Role } from '../../shared/contract';
import { LANGUAGES, type Language } from '../../shared/domain/languages';
import { catalogues, type Catalogue } from '../../shared/i18n';

export { expect, catalogues, LANGUAGES, type Catalogue, type Language };

/** The password of every account the harness makes (never used outside tests). */
export const E2E_PASSWORD = 'e2e-parol-2026';
/** The user name of the account a test starts signed in as. */
export const E2E_USER = 'sinov';

export interface AppFixtures {
  /** The instant both the page's clock and the backend's clock are pinned to (ISO); unset: real time. */
  now: string | undefined;
  /**
   * Who the page starts as: by default signed in as an administrator who holds every role, so a spec about
   * booking or notes needs to say nothing; a list of roles for a narrower account; 'signedOut' (an
   * administrator exists) or 'setup' (a first start, no account yet).
   */
  signIn: Role[] | 'signedOut' | 'setup';
  /** Adds an account with E2E_PASSWORD (or the one given) and gives its id. */
  addAccount: (
    username: string,
    roles: Role[],
    options?: { staffId?: number | null; password?: string },
  ) => Promise<string>;
  dataDir: string;
  backend: Backend;
  /** Calls the test's backend directly (not through the page) and returns the value, failing on an error. */
  call: <C extends ChannelName>(channel: C, input?: unknown) => Promise<ChannelOutput<C>>;
  /** Opens the app at a hash route, e.g. gotoApp('/settings'). */
  gotoApp: (route?: string) => Promise<void>;
}

/** The test's direct call to the backend, for helpers that seed a centre. */
export type Call = AppFixtures['call'];

let hashed: Promise<StoredPassword> | undefined;
/** One scrypt hash of E2E_PASSWORD per worker: at full cost it takes a second or two. */
function harnessPassword(): Promise<StoredPassword> {
  hashed ??= hashPassword(E2E_PASSWORD);
  return hashed;
}

async function addHarnessAccount(
  backend: Backend,
  username: string,
  roles: Role[],
  password: StoredPassword,
  staffId: number | null = null,
): Promise<string> {
  const account = { username, displayName: username, roles, staffId, password, mustChangePassword: false };
  return insertAccount(backend.db, account, new Date());
}

interface WorkerFixtures {
  rendererUrl: string;
}

type BridgeWindow = {
  __imkonInvoke: (channel: unknown, input: unknown) => Promise<Result<unknown>>;
  imkon?: unknown;
};

export const test = base.extend<AppFixtures, WorkerFixtures>({
  rendererUrl: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startRendererServer();
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  baseURL: async ({ rendererUrl }, use) => use(rendererUrl),

  now: [undefined, { option: true }],
  signIn: [[...ROLES], { option: true }],

  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'imkon-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  backend: async ({ dataDir, now, signIn }, use) => {
    const clock = now === undefined ? undefined : () => new Date(now);
    // Like the app: the page's calls come from whoever is signed in.
    const backend = await createBackend({ dataDir, caller: 'session', ...(clock && { clock }) });
    if (signIn !== 'setup') {
      const roles: Role[] = signIn === 'signedOut' ? ['administrator'] : signIn;
      const id = await addHarnessAccount(backend, E2E_USER, roles, await harnessPassword());
      if (signIn !== 'signedOut') backend.session.signIn(id);
    }
    await use(backend);
    await backend.close();
  },

  addAccount: async ({ backend }, use) => {
    await use(async (username, roles, options = {}) => {
      const password =
        options.password === undefined ? await harnessPassword() : await hashPassword(options.password);
      return addHarnessAccount(backend, username, roles, password, options.staffId ?? null);
    });
  },

  call: async ({ backend }, use) => {
    await use(async (channel, input = {}) => {
      // Test setup acts as the local operator, whatever the page is signed in as.
      const result = await backend.handle(channel, input, LOCAL_OPERATOR);
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value as ChannelOutput<typeof channel>;
    });
  },

  page: async ({ page, backend, now }, use, testInfo) => {
    // Each test has a fresh browser context, so localStorage and the rest start empty.
    await page.exposeBinding('__imkonInvoke', (_source, channel: unknown, input: unknown) =>
      backend.handle(channel, input),
    );
    await page.addInitScript(() => {
      const bridge = globalThis as unknown as BridgeWindow;
      const invoke = (channel: unknown, input: unknown) => bridge.__imkonInvoke(channel, input);
      Object.defineProperty(bridge, 'imkon', { value: Object.freeze({ invoke }), enumerable: true });
    });
    if (now !== undefined) await page.clock.setFixedTime(new Date(now));

    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`Uncaught: ${error.stack ?? error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      problems.push(`console.error: ${message.text()} (${message.location().url})`);
    });

    await use(page);

    if (problems.length > 0) {
      await testInfo.attach('page-errors.txt', { body: problems.join('\n\n'), contentType: 'text/plain' });
      throw new Error(`The page reported errors:\n${problems.join('\n')}`);
    }
  },

  gotoApp: async ({ page }, use) => {
    await use(async (route = '/today') => {
      await page.goto(`/#${route}`);
    });
  },
});

/** The language picker, found by its label in the language the page is showing now. */
export function languageSelect(page: Page, current: Language) {
  return page.getByLabel(catalogues[current].language.label, { exact: true });
}

/** The main navigation, found by its label in the given language. */
export function mainNav(page: Page, language: Language) {
  return page.getByRole('navigation', { name: catalogues[language].nav.label, exact: true });
}
