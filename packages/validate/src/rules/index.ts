import { amountExceedsLoss } from './amount-exceeds-loss.js';
import { assetDecimals } from './asset-decimals.js';
import { bundleTlpBelowRecord } from './bundle-tlp-below-record.js';
import { completeWithoutEvidence } from './complete-without-evidence.js';
import { currencyMinorUnits } from './currency-minor-units.js';
import { currencyMismatch } from './currency-mismatch.js';
import { dateOrder } from './date-order.js';
import { dateOutsidePeriod } from './date-outside-period.js';
import { deprecatedCode } from './deprecated-code.js';
import { deprecatedField } from './deprecated-field.js';
import { duplicateRecord } from './duplicate-record.js';
import { estimateRange } from './estimate-range.js';
import { freezeExceedsPayment } from './freeze-exceeds-payment.js';
import { fullCardNumber } from './full-card-number.js';
import { markingBelowMinimum } from './marking-below-minimum.js';
import { milestoneMetWithoutDate } from './milestone-met-without-date.js';
import { milestoneUnexpectedDateMet } from './milestone-unexpected-date-met.js';
import { nonCanonicalValue } from './non-canonical-value.js';
import { observableIdMismatch } from './observable-id-mismatch.js';
import { observableWithoutValue } from './observable-without-value.js';
import { personalDataBelowTlp } from './personal-data-below-tlp.js';
import { possiblePersonalDataInText } from './possible-personal-data-in-text.js';
import { pseudonymLength } from './pseudonym-length.js';
import { relationshipToSelf, relationshipTypeMismatch } from './relationship.js';
import { returnExceedsFrozen } from './return-exceeds-frozen.js';
import type { Rule } from './rule.js';
import { sightingCountBelowVictims, sightingWithoutSubject } from './sighting.js';
import { specVersionNewer, specVersionOlder } from './spec-version.js';
import { smallCell, statisticValueUnit } from './statistic.js';
import { unknownCode } from './unknown-code.js';
import { unknownCurrency } from './unknown-currency.js';
import { unknownExtension } from './unknown-extension.js';
import { unregisteredExtension } from './unregistered-extension.js';
import { unresolvedMarkingPointer } from './unresolved-marking-pointer.js';
import { unresolvedOriginalLanguage } from './unresolved-original-language.js';
import { unresolvedEvidenceRef } from './unresolved-evidence-ref.js';
import { unresolvedPointer } from './unresolved-pointer.js';
import { unresolvedReference } from './unresolved-reference.js';
import { unresolvedTransferParent } from './unresolved-transfer-parent.js';
import { valueCurrencyOrAsset } from './value-currency-or-asset.js';

/** Every semantic rule of the reference validator, in the order they run. Codes are unique and stable. */
export const rules: readonly Rule[] = [
  specVersionNewer,
  specVersionOlder,
  dateOrder,
  dateOutsidePeriod,
  valueCurrencyOrAsset,
  unknownCurrency,
  currencyMinorUnits,
  assetDecimals,
  currencyMismatch,
  amountExceedsLoss,
  freezeExceedsPayment,
  returnExceedsFrozen,
  observableWithoutValue,
  pseudonymLength,
  nonCanonicalValue,
  observableIdMismatch,
  fullCardNumber,
  personalDataBelowTlp,
  markingBelowMinimum,
  unresolvedMarkingPointer,
  bundleTlpBelowRecord,
  possiblePersonalDataInText,
  milestoneMetWithoutDate,
  milestoneUnexpectedDateMet,
  completeWithoutEvidence,
  estimateRange,
  relationshipTypeMismatch,
  relationshipToSelf,
  sightingWithoutSubject,
  sightingCountBelowVictims,
  statisticValueUnit,
  smallCell,
  unresolvedEvidenceRef,
  unresolvedPointer,
  unresolvedReference,
  unresolvedTransferParent,
  unresolvedOriginalLanguage,
  duplicateRecord,
  deprecatedField,
  deprecatedCode,
  unknownCode,
  unknownExtension,
  unregisteredExtension,
];

/** The rules by code, for tools that link a problem to its documentation. */
export const rulesByCode: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.code, rule]));

export type { Rule, RuleContext } from './rule.js';
