// A jest environment that runs its test files with the process in another time zone (TZ), so the
// China-calendar specs prove their answers do not depend on the server's zone. Node applies a
// change of process.env.TZ at once; each jest worker runs one file at a time, and the zone is put
// back when the file is done.
// Jest loads environments as CommonJS before any transform runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TestEnvironment } = require('jest-environment-node');

class TimeZoneEnvironment extends TestEnvironment {
  constructor(config, context) {
    const zone = config.projectConfig.testEnvironmentOptions.timeZone;
    const previous = process.env.TZ;
    process.env.TZ = zone;
    // A zone that did not take effect would make the whole project pass for the wrong reason.
    if (Intl.DateTimeFormat().resolvedOptions().timeZone !== zone) throw new Error(`time zone ${zone} did not take effect`);
    super(config, context);
    this.previousZone = previous;
  }

  async teardown() {
    if (this.previousZone === undefined) delete process.env.TZ;
    else process.env.TZ = this.previousZone;
    await super.teardown();
  }
}
module.exports = TimeZoneEnvironment;
