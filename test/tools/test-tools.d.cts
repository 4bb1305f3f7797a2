export interface FoundChromium {
  path: string;
  source: 'CHROMIUM_PATH' | 'system' | 'playwright';
}

export function findChromium(env?: NodeJS.ProcessEnv): FoundChromium | null;
export function findCommand(name: string, env?: NodeJS.ProcessEnv): string | null;
