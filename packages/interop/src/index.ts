/**
 * GPOS ↔ STIX 2.1 and GPOS ↔ MISP core format: pure, typed mappings with deterministic ids and a loss report. The CLI's `export`/`import`
 * commands and the server's TAXII endpoints call these functions; they read and write nothing themselves.
 *
 * @packageDocumentation
 */
export { toStix, retractionToStix, retractionPattern, RETRACTION_SPEC_VERSION, stixTimestamp, displayText, TYPOLOGY_LABEL_PREFIX, OPERATION_STIX_TYPE, type StixBundle, type StixObject, type ToStixResult } from './to-stix.js';
export { fromStix, type FromStixOptions, type FromStixLimits, type FromStixResult, type StixInputError, type StixInputErrorCode } from './from-stix.js';
export { parsePattern, stixString, equalityPattern, type PatternParse, type PatternNode, type ComparisonNode, type PatternComparison } from './pattern.js';
export { observableToStix, observedValue, type StixObservable, type StixSco, type ObservedValue } from './observables.js';
export {
  GPOS_EXTENSION_ID,
  GPOS_EXTENSION_DEFINITION,
  GPOS_EXTENSION_SCHEMA_URL,
  GPOS_EXTENSION_VERSION,
  GPOS_OBSERVABLE_TYPE,
  GPOS_STANDARD_IDENTITY,
  GPOS_STANDARD_IDENTITY_ID,
  identityIdFor,
  type GposPropertyExtension,
} from './extension.js';
export { stixIdFor, scoId, gposIdFor, GPOS_STIX_NAMESPACE, STIX_SCO_NAMESPACE } from './ids.js';
export { TLP2_MARKING_IDS, TLP1_MARKING_IDS, TLP2_MARKING_DEFINITIONS, TLP2_EXTENSION_DEFINITION_ID, tlpMarkingDefinitionsFor, tlpOfMarkings, isTlpMarking, type Tlp, type Tlp2MarkingDefinition } from './tlp.js';
export type { Loss, LossCode } from './loss.js';
export { mispTypologyTaxonomy, typologyMachineTag, MISP_TYPOLOGY_NAMESPACE, MISP_TYPOLOGY_TAXONOMY_URL, type MispTaxonomy } from './misp-taxonomy.js';
export { toMisp, mispFeed, observableToMisp, STANDALONE_COMMENT_PREFIX, type ToMispOptions, type ToMispResult, type MispFeedManifestEntry } from './to-misp.js';
export { fromMisp, type FromMispOptions, type FromMispLimits, type FromMispResult, type MispInputError, type MispInputErrorCode } from './from-misp.js';
export {
  GPOS_MISP_NAMESPACE,
  MISP_TEMPLATES,
  MISP_CATEGORY,
  MISP_DISTRIBUTION,
  DISTRIBUTION_OF_TLP,
  TLP_OF_DISTRIBUTION,
  tlpTag,
  papTag,
  tlpOfTag,
  type MispEventDocument,
  type MispEvent,
  type MispObject,
  type MispAttribute,
  type MispObjectReference,
  type MispSighting,
  type MispTag,
  type MispOrg,
  type MispTemplate,
} from './misp.js';
export { StixExportStream, type StixExportStreamOptions, type StixStreamStep } from './to-stix-stream.js';
