/**
 * The time commands are decided at and reads are answered for. Deciders take `now` as input; the
 * apps get it from the one injected Clock, so a decision and the queries beside it agree on "now".
 * Production uses SystemClock; tests inject their own (see test/support/test-clock.ts).
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
