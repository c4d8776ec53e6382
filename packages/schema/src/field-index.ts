import type { TlpCode } from './generated/codelists.js';

/** How the schema marks a field that holds personal data. */
export interface PersonalDataMarking {
  readonly category: string;
  /** The lowest TLP a record may carry while it holds this field. */
  readonly min_tlp: TlpCode;
  /** A codelist column that raises the minimum per code (for observables: `indicator_kind.min_tlp`). */
  readonly min_tlp_by?: string;
}

export interface IndexedField {
  /** Property names from the record root; `*` is any array item, `{}` any map value. */
  readonly path: readonly string[];
  readonly codelist?: string;
  readonly closed?: boolean;
  readonly personal?: PersonalDataMarking;
  readonly deprecated?: boolean;
}

export type FieldIndex = Readonly<Record<string, readonly IndexedField[]>>;
