/** localStorage, or undefined where the browser refuses access to it (the getter itself can throw). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
