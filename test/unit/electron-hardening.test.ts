import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  guardNavigation,
  isTrustedSender,
  secureWebPreferences,
  type GuardedContents,
} from '../../electron/main/security';

const root = join(__dirname, '../..');
const source = (path: string) => readFileSync(join(root, path), 'utf8');
const index = pathToFileURL('/opt/imkon/out/renderer/index.html').href;

/** The renderer page's Content-Security-Policy, directive by directive. */
function csp(): Map<string, string[]> {
  const html = source('renderer/index.html');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('renderer/index.html has no Content-Security-Policy');
  return new Map(
    match[1]
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('Electron hardening', () => {
  it('gives the window the secure preferences and nothing that loosens them', () => {
    const prefs = secureWebPreferences('/p.js');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    // The window takes them whole: no spread or override next to them.
    const window = source('electron/main/window.ts');
    expect(window).toMatch(/webPreferences: secureWebPreferences\(paths\.preload\),/);
    expect(window).not.toMatch(/nodeIntegration|contextIsolation|sandbox:/);
  });

  it('allows scripts from the app itself only: no remote, inline or eval', () => {
    const policy = csp();
    const scripts = policy.get('script-src') ?? policy.get('default-src');
    expect(scripts).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    for (const [name, values] of policy) {
      for (const value of values) {
        expect(value, `${name} ${value}`).not.toMatch(/^(https?:|wss?:|\*|'unsafe-eval'|'unsafe-hashes')/);
        if (name !== 'style-src') expect(value, name).not.toBe("'unsafe-inline'");
      }
    }
  });

  it('denies new windows, webviews and navigation away from the app', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents: GuardedContents = {
      setWindowOpenHandler: (handler) => {
        openHandler = handler;
      },
      on: (event, listener) => listeners.set(event, listener),
    };
    guardNavigation(contents, index);
    expect(openHandler?.({ url: index })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });

    const prevented = (event: string, url: string) => {
      let stopped = false;
      listeners.get(event)?.({ preventDefault: () => (stopped = true) }, url);
      return stopped;
    };
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(prevented(event, 'https://example.org/')).toBe(true);
      expect(prevented(event, pathToFileURL('/etc/passwd').href)).toBe(true);
      expect(prevented(event, `${index}#/settings`)).toBe(false);
    }
    expect(prevented('will-attach-webview', index)).toBe(true);
    expect(source('electron/main/window.ts')).toMatch(
      /guardNavigation\(window\.webContents, paths\.rendererIndexUrl\)/,
    );
    expect(source('electron/main/index.ts')).toMatch(
      /setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/,
    );
  });

  it('takes IPC calls only from the main frame of the app page', () => {
    const main = { url: `${index}#/today` };
    expect(isTrustedSender(main, main, index)).toBe(true);
    expect(isTrustedSender({ url: main.url }, main, index)).toBe(false);
    expect(isTrustedSender(null, main, index)).toBe(false);
    const remote = { url: 'https://evil.example/' };
    expect(isTrustedSender(remote, remote, index)).toBe(false);
    const ipc = source('electron/main/ipc.ts');
    expect(ipc).toMatch(/if \(!fromAppFrame\(event\)\)/);
    // The renderer names a channel and its input, never who is calling: the backend's session decides.
    expect(ipc).toMatch(/backend\.handle\(channel, input\)/);
    expect(source('electron/main/index.ts')).toMatch(/createBackend\(\{[^}]*caller: 'session'/);
  });
});
