/** One thing a mapping could not carry across: which object, which field, why. Never dropped silently. */
export interface Loss {
  /** The id of the object it concerns, in the input's format (a GPOS record id on export, a STIX id or MISP UUID on import). */
  readonly object: string;
  /** A JSON Pointer into that object, `''` for the whole object. */
  readonly pointer: string;
  /** A stable, machine-readable reason. */
  readonly code: LossCode;
  /** One sentence a data steward can act on. */
  readonly message: string;
}

export type LossCode =
  /** The family or STIX type has no counterpart on the other side: the whole object is not carried. */
  | 'no_counterpart'
  /** A reference names an object that is not in the same input, so the referring object cannot be written. */
  | 'unresolved_reference'
  /** Text in several languages became one string in STIX (all languages still travel in the GPOS extension). */
  | 'text_flattened'
  /** A STIX property has no GPOS field. */
  | 'property_dropped'
  /** A STIX pattern uses more than equality on one observable GPOS knows: it cannot become an indicator. */
  | 'pattern_not_mapped'
  /** The observable's value did not normalise, so no valid GPOS indicator can hold it. */
  | 'observable_not_normalized'
  /** The object lacks what a valid GPOS record requires (a case's intake, an organisation's country…). */
  | 'record_incomplete'
  /** A STIX pattern with several alternatives became several GPOS indicators. */
  | 'pattern_split'
  /** No TLP marking: the importer applied its default TLP (or, from MISP, read it from the distribution level). */
  | 'tlp_defaulted'
  /** A MISP object holding several observables became several GPOS indicators. */
  | 'object_split'
  /** A relationship type MISP or STIX names only in the other direction was written as its inverse, from the other end. */
  | 'reference_reversed';
