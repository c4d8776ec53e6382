import { found, type Rule, type RuleContext } from './rule.js';

const parsed = new Map<string, number[] | undefined>();
/** [major, minor, patch], memoised: a file holds few distinct versions (the cache is capped for hostile input). */
function parse(v: unknown): number[] | undefined {
  if (typeof v !== 'string') return undefined;
  if (parsed.has(v)) return parsed.get(v);
  const version = /^(\d+)\.(\d+)\.(\d+)$/.exec(v)?.slice(1).map(Number);
  if (parsed.size < 64) parsed.set(v, version);
  return version;
}

/** Negative when a < b, positive when a > b, by major, minor, patch. */
function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function versionCheck(rule: Rule, direction: 'newer' | 'older', value: unknown, context: RuleContext) {
  const theirs = parse(value);
  const ours = parse(context.specVersion);
  if (!theirs || !ours) return [];
  if (direction === 'newer' && compare(theirs, ours) > 0) {
    return [found(rule, '/spec_version', `This data follows version ${String(value)} of the standard, newer than this validator understands (${context.specVersion}); upgrade @gpos/validate to check it.`)];
  }
  if (direction === 'older' && theirs[0] === ours[0] && theirs[1]! < ours[1]!) {
    return [found(rule, '/spec_version', `This data follows version ${String(value)} of the standard; the current version is ${context.specVersion}, which adds fields and codes you may want to use.`)];
  }
  return [];
}

export const specVersionNewer: Rule = {
  code: 'spec_version_newer',
  severity: 'error',
  title: 'Data no newer than the validator',
  summary: "A record's or bundle's `spec_version` must not be newer than the version of the standard the validator implements.",
  rationale:
    'A newer minor version may add fields and codes this validator would wrongly reject or fail to check; rather than give a false verdict the validator says it is too old.',
  wrong: { spec_version: '1.9.0' },
  right: { spec_version: '1.0.0' },
  check(record, context) {
    return versionCheck(this, 'newer', record.spec_version, context);
  },
  checkBundle(bundle, context) {
    return versionCheck(this, 'newer', bundle.spec_version, context);
  },
};

export const specVersionOlder: Rule = {
  code: 'spec_version_older',
  severity: 'info',
  title: 'Data from an older minor version',
  summary: "A bundle's `spec_version` is an older minor version of the standard than the validator's.",
  rationale:
    'Older minor versions stay valid (a minor only adds), so this is advice: the newer version may have fields or codes that describe the data better. It is given once per bundle, the unit of exchange, rather than on every record of a feed.',
  wrong: { spec_version: '1.0.0' },
  right: { spec_version: '(the current 1.x version)' },
  check() {
    return [];
  },
  checkBundle(bundle, context) {
    return versionCheck(this, 'older', bundle.spec_version, context);
  },
};
