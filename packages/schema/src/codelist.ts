/** One row of a codelist CSV: the base columns plus any crosswalk (`xw_*`) or list-specific columns. */
export interface CodelistRow<Code extends string = string> {
  readonly code: Code;
  readonly title: string;
  readonly description: string;
  readonly source: string;
  /** The spec version in which the code was deprecated, or empty. */
  readonly deprecated: string;
  readonly [column: string]: string;
}

export interface Codelist<Code extends string = string> {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** Open lists accept new codes with a warning; closed lists reject them. */
  readonly open: boolean;
  readonly rows: readonly CodelistRow<Code>[];
}
