/**
 * The annotator's API key, kept for this tab only (sessionStorage), never in the page's code or
 * its URL. Without it the page is read-only.
 */
const STORAGE = 'isnad.apiKey';

type Listener = (key: string) => void;
const listeners = new Set<Listener>();

export function readApiKey(): string {
  try {
    return sessionStorage.getItem(STORAGE) ?? '';
  } catch {
    return '';
  }
}

export function writeApiKey(key: string): void {
  try {
    if (key === '') sessionStorage.removeItem(STORAGE);
    else sessionStorage.setItem(STORAGE, key);
  } catch {
    // storage refused (private mode): the key lives until the page reloads
  }
  current = key;
  for (const listener of listeners) listener(key);
}

let current = readApiKey();

export function apiKey(): string {
  return current;
}

export function onApiKeyChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
