export function electronDir(): string;
export function installedElectronBinary(): string | null;
