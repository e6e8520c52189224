import { Clock } from '@app/shared';

/**
 * A clock end-to-end tests can move, for slots that must have started or ended and listings that
 * must have aged. Injected into the test system in place of the system clock; never in production.
 */
export class TravellingClock extends Clock {
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

/** The clock of the test system started by startTestSystem. */
export const clock = new TravellingClock();
