/**
 * Whether a Node.js image tag's major version (e.g. `node:22-bookworm-slim`, which floats to the latest
 * 22.x) meets an npm `engines.node` range. Reads the forms the lockfile holds (`>=20.19`, `^20.19.0 ||
 * >=24`, `6.* || 8.*`, `14 >=14.17`, `*`); anything else is an error rather than a guess.
 */
export function majorSatisfies(major: number, range: string): boolean {
  const version = [major, 999, 999];
  const parse = (text: string) => text.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : null));
  const compare = (bound: (number | null)[]) => {
    for (let i = 0; i < 3; i++) if ((bound[i] ?? 0) !== version[i]) return version[i] - (bound[i] ?? 0);
    return 0;
  };
  const comparator = (token: string): boolean => {
    if (token === '*' || token === 'x') return true;
    const m = /^(>=|<=|>|<|\^|~|=)?v?(\d+(?:\.(?:\d+|x|\*))*)$/.exec(token);
    if (!m) throw new Error(`cannot read engines range "${range}"`);
    const bound = parse(m[2]);
    switch (m[1]) {
      case '>=':
        return compare(bound) >= 0;
      case '>':
        return compare(bound) > 0;
      case '<':
        return compare(bound) < 0;
      case '<=':
        return compare(bound) <= 0;
      case '^':
        return version[0] === bound[0] && compare(bound) >= 0;
      case '~':
        return version[0] === bound[0] && (bound[1] === undefined || bound[1] === null || version[1] === bound[1]);
      default:
        // `22`, `22.x`, `22.*`: the same major line.
        return version[0] === bound[0] && (bound.length < 2 || bound[1] === null || compare(bound) >= 0);
    }
  };
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/([<>]=?|\^|~)\s+/g, '$1')
      .split(/\s+/)
      .every(comparator),
  );
}

/** Production packages of the lockfile whose `engines.node` the image's Node.js major does not meet. */
export function unmetEngines(major: number, lock: { packages: Record<string, { dev?: boolean; engines?: { node?: unknown } }> }): string[] {
  return Object.entries(lock.packages)
    .filter(([, p]) => !p.dev && typeof p.engines?.node === 'string')
    .filter(([, p]) => !majorSatisfies(major, p.engines?.node as string))
    .map(([path, p]) => `${path.replace(/^.*node_modules\//, '') || 'this project'} needs node ${String(p.engines?.node)}`);
}
