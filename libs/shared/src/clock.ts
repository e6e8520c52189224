/**
 * The time commands are decided at. Deciders take `now` as input; this is where the HTTP layer
 * gets it. `travel` moves it, for end-to-end tests that need a slot to have started or ended.
 */
class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  travel(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}

export const clock = new Clock();
