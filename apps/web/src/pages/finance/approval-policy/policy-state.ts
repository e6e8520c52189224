/** Where a recorded version stands at an instant: superseded, in force, or not yet in force. */
export function versionState(
  versions: readonly { version: number; effectiveAt: string }[],
  version: number,
  at: string,
): 'past' | 'current' | 'scheduled' {
  const started = versions.filter((v) => Date.parse(v.effectiveAt) <= Date.parse(at));
  const current = started[started.length - 1]?.version;
  if (version === current) return 'current';
  return started.some((v) => v.version === version) ? 'past' : 'scheduled';
}
