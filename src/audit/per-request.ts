import { currentRequestScope, type RequestScope } from '../database/request-scope.js';

/**
 * A memo that lives as long as one request (its RequestScope): what `load` gives for a key is loaded once per
 * request, however many fields ask. Outside a request nothing is kept.
 */
export function perRequest<V>(load: (key: string) => Promise<V>): (key: string) => Promise<V> {
  const memos = new WeakMap<RequestScope, Map<string, Promise<V>>>();
  return (key) => {
    const scope = currentRequestScope();
    if (!scope) return load(key);
    let memo = memos.get(scope);
    if (!memo) memos.set(scope, (memo = new Map()));
    let value = memo.get(key);
    if (!value) memo.set(key, (value = load(key)));
    return value;
  };
}
