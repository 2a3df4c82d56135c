/**
 * A database that went away, for the tests of what the API answers then: the real error pg gives
 * for a refused connection, and a store whose every method fails with a given error.
 */
import pg from 'pg';

/** The error pg gives for a database that is not listening (loopback port 1): real, not imitated. */
export async function refusedConnection(): Promise<Error> {
  const client = new pg.Client({ connectionString: 'postgres://loket@127.0.0.1:1/loket' });
  const error = await client.connect().then(
    () => new Error('something listens on port 1'),
    (e: Error) => e,
  );
  await client.end().catch(() => {});
  return error;
}

/** `store` with every method but close() failing with `error`; properties (kind) are kept. */
export function failing<T extends object>(store: T, error: Error, only?: ReadonlyArray<keyof T>): T {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      const fails = only ? only.includes(prop as keyof T) : prop !== 'close';
      return typeof value === 'function' && fails ? () => Promise.reject(error) : value;
    },
  });
}
