/**
 * Read models follow the event store a moment later. After a write, a page that wants to show the
 * new row asks again a few times instead of showing a stale list.
 */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, tries = 20, delayMs = 250): Promise<T> {
  let value = await read();
  for (let i = 1; i < tries && !done(value); i++) {
    await new Promise((r) => setTimeout(r, delayMs));
    value = await read();
  }
  return value;
}
