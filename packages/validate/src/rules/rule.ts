import type { GposRecord, GposRecordType } from '@gpos/types';
import type { ExtensionRegistry } from '../extensions/registry.js';
import type { Problem, Severity } from '../problem.js';

/** Where the record being checked sits, and what else travels with it: the second pass of a two-pass check. */
export interface RuleContext {
  /** `record` for a lone record, `array` for a file holding a list of records, `bundle` for a bundle's records. */
  readonly container: 'record' | 'array' | 'bundle';
  /** Position of the record in its array or bundle. */
  readonly index: number;
  /** The enclosing bundle, when there is one. */
  readonly bundle?: { readonly tlp?: unknown; readonly spec_version?: unknown; readonly scope?: unknown };
  /** In a delta bundle, the ids of the records it names in `references` without carrying them. */
  readonly stubs?: ReadonlySet<string>;
  /** Every record id in the same file or bundle, with its type. */
  readonly ids: ReadonlyMap<string, string>;
  /** For every `(id, modified)` pair in the same file or bundle, the positions where it occurs. */
  readonly versions: ReadonlyMap<string, readonly number[]>;
  /** The version of the standard this validator implements. */
  readonly specVersion: string;
  /** Extension namespaces the caller gave schemas for (a partner's own), beside the standard's registry. */
  readonly extensions?: ExtensionRegistry;
}

/** A semantic rule: something the standard requires (or advises) that JSON Schema cannot express. */
export interface Rule {
  /** Stable snake_case code, reported on every problem the rule finds. */
  readonly code: string;
  /** The severity of what the rule finds (a rule may lower it in a given context; see its rationale). */
  readonly severity: Severity;
  /** Short name for documentation. */
  readonly title: string;
  /** One line: what the rule checks. */
  readonly summary: string;
  /** Why the standard has the rule. */
  readonly rationale: string;
  /**
   * The record families the rule looks at, when it looks at some only (its `check` finds nothing in a record of
   * any other family); absent when it applies to every family. The engine skips the rule for other families.
   */
  readonly families?: readonly GposRecordType[];
  /** A record or record fragment the rule rejects. */
  readonly wrong: unknown;
  /** The same fragment, corrected. */
  readonly right: unknown;
  /** Checks one schema-valid record; pointers in the problems are relative to the record. */
  check(record: GposRecord, context: RuleContext): Problem[];
  /** Checks the enclosing bundle itself, for the few rules that apply to it. */
  checkBundle?(bundle: Record<string, unknown>, context: RuleContext): Problem[];
}

/** A problem found by `rule`, relative to the record. */
export function found(rule: Pick<Rule, 'code' | 'severity'>, pointer: string, message: string, severity: Severity = rule.severity): Problem {
  return { severity, code: rule.code, message, pointer };
}
