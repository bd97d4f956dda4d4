/**
 * Reads until `done` says the value is there or `ms` have passed, and answers the last value read: the caller asserts
 * on it, so a timeout fails with what was last seen rather than with a bare "timed out".
 */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  ms = 10_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    value = await read();
  }
  return value;
}
