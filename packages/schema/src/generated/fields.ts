// generated from schemas/v1/*.json by packages/schema/scripts/generate.ts — do not edit.
// Run `npm run generate` after changing the standard.

import type { FieldIndex } from '../field-index.js';

/** Per record family, every field that names a codelist, holds personal data or is deprecated. `*` stands for any array item, `{}` for any map value. */
export const fieldIndex: FieldIndex = {
  "bundle": [
    {
      "path": [
        "producer"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "scope"
      ],
      "codelist": "bundle_scope",
      "closed": true
    },
    {
      "path": [
        "signature",
        "alg"
      ],
      "codelist": "signature_alg",
      "closed": true
    }
  ],
  "case": [
    {
      "path": [
        "source"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "markings",
        "*",
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "pap"
      ],
      "codelist": "pap",
      "closed": true
    },
    {
      "path": [
        "local_refs",
        "*",
        "system"
      ],
      "codelist": "local_ref_system",
      "closed": false
    },
    {
      "path": [
        "local_refs",
        "*",
        "issuer"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "provenance",
        "method"
      ],
      "codelist": "collection_method",
      "closed": false
    },
    {
      "path": [
        "intake",
        "channel"
      ],
      "codelist": "intake_channel",
      "closed": false
    },
    {
      "path": [
        "intake",
        "reporting_org"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "victim",
        "key",
        "alg"
      ],
      "codelist": "pseudonym_alg",
      "closed": true
    },
    {
      "path": [
        "victim",
        "victim_type"
      ],
      "codelist": "victim_type",
      "closed": true
    },
    {
      "path": [
        "victim",
        "age_band"
      ],
      "codelist": "age_band",
      "closed": true,
      "personal": {
        "category": "demographic",
        "min_tlp": "green"
      }
    },
    {
      "path": [
        "victim",
        "residence"
      ],
      "personal": {
        "category": "location",
        "min_tlp": "amber"
      }
    },
    {
      "path": [
        "victim",
        "nationality"
      ],
      "personal": {
        "category": "demographic",
        "min_tlp": "amber"
      }
    },
    {
      "path": [
        "victim",
        "vulnerability",
        "*"
      ],
      "codelist": "vulnerability",
      "closed": false,
      "personal": {
        "category": "special_category",
        "min_tlp": "amber+strict",
        "min_tlp_by": "vulnerability.min_tlp"
      }
    },
    {
      "path": [
        "victim",
        "role"
      ],
      "codelist": "victim_role",
      "closed": true,
      "personal": {
        "category": "special_category",
        "min_tlp": "clear",
        "min_tlp_by": "victim_role.min_tlp"
      }
    },
    {
      "path": [
        "victim",
        "protection"
      ],
      "personal": {
        "category": "special_category",
        "min_tlp": "amber+strict"
      }
    },
    {
      "path": [
        "victim",
        "protection",
        "identification",
        "stage"
      ],
      "codelist": "trafficking_identification_stage",
      "closed": true
    },
    {
      "path": [
        "victim",
        "protection",
        "identification",
        "identified_by"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "victim",
        "protection",
        "identification",
        "forced_activities",
        "*"
      ],
      "codelist": "typology",
      "closed": false
    },
    {
      "path": [
        "victim",
        "protection",
        "rescue",
        "by",
        "*"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "victim",
        "protection",
        "repatriation",
        "status"
      ],
      "codelist": "repatriation_status",
      "closed": true
    },
    {
      "path": [
        "victim",
        "protection",
        "repatriation",
        "assisted_by",
        "*"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "victim",
        "protection",
        "support",
        "*",
        "service"
      ],
      "codelist": "support_service",
      "closed": false
    },
    {
      "path": [
        "victim",
        "protection",
        "support",
        "*",
        "provided_by"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "victim",
        "reporter_relationship"
      ],
      "codelist": "reporter_relationship",
      "closed": true
    },
    {
      "path": [
        "scam_type"
      ],
      "codelist": "typology",
      "closed": false
    },
    {
      "path": [
        "secondary_scam_types",
        "*"
      ],
      "codelist": "typology",
      "closed": false
    },
    {
      "path": [
        "contact_channels",
        "*",
        "channel"
      ],
      "codelist": "contact_channel",
      "closed": false
    },
    {
      "path": [
        "contact_channels",
        "*",
        "platform"
      ],
      "codelist": "platform",
      "closed": false
    },
    {
      "path": [
        "contact_channels",
        "*",
        "direction"
      ],
      "codelist": "contact_direction",
      "closed": true
    },
    {
      "path": [
        "impersonated",
        "*",
        "entity_type"
      ],
      "codelist": "impersonated_entity_type",
      "closed": false
    },
    {
      "path": [
        "impersonated",
        "*",
        "identifier"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "enablers",
        "*"
      ],
      "codelist": "enabler",
      "closed": false
    },
    {
      "path": [
        "payments",
        "*",
        "method"
      ],
      "codelist": "payment_method",
      "closed": false
    },
    {
      "path": [
        "payments",
        "*",
        "rail"
      ],
      "codelist": "payment_rail",
      "closed": false
    },
    {
      "path": [
        "payments",
        "*",
        "destination_institution"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "payments",
        "*",
        "transaction_ref"
      ],
      "personal": {
        "category": "identifier",
        "min_tlp": "amber"
      }
    },
    {
      "path": [
        "payments",
        "*",
        "recall",
        "reason"
      ],
      "codelist": "recall_reason",
      "closed": true
    },
    {
      "path": [
        "payments",
        "*",
        "recall",
        "message_type"
      ],
      "codelist": "recall_message_type",
      "closed": true
    },
    {
      "path": [
        "payments",
        "*",
        "recall",
        "outcome"
      ],
      "codelist": "action_outcome",
      "closed": true
    },
    {
      "path": [
        "payments",
        "*",
        "freeze",
        "status"
      ],
      "codelist": "freeze_status",
      "closed": true
    },
    {
      "path": [
        "payments",
        "*",
        "freeze",
        "by"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "payments",
        "*",
        "freeze",
        "returns",
        "*",
        "returned_by"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "payments",
        "*",
        "freeze",
        "returns",
        "*",
        "reference",
        "system"
      ],
      "codelist": "local_ref_system",
      "closed": false
    },
    {
      "path": [
        "payments",
        "*",
        "freeze",
        "returns",
        "*",
        "reference",
        "issuer"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "transfers",
        "*",
        "from",
        "institution"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "transfers",
        "*",
        "to",
        "institution"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "transfers",
        "*",
        "method"
      ],
      "codelist": "payment_method",
      "closed": false
    },
    {
      "path": [
        "transfers",
        "*",
        "rail"
      ],
      "codelist": "payment_rail",
      "closed": false
    },
    {
      "path": [
        "transfers",
        "*",
        "reference"
      ],
      "personal": {
        "category": "identifier",
        "min_tlp": "amber"
      }
    },
    {
      "path": [
        "transfers",
        "*",
        "freeze",
        "status"
      ],
      "codelist": "freeze_status",
      "closed": true
    },
    {
      "path": [
        "transfers",
        "*",
        "freeze",
        "by"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "transfers",
        "*",
        "freeze",
        "returns",
        "*",
        "returned_by"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "transfers",
        "*",
        "freeze",
        "returns",
        "*",
        "reference",
        "system"
      ],
      "codelist": "local_ref_system",
      "closed": false
    },
    {
      "path": [
        "transfers",
        "*",
        "freeze",
        "returns",
        "*",
        "reference",
        "issuer"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "loss",
        "accounting"
      ],
      "codelist": "loss_accounting",
      "closed": true
    },
    {
      "path": [
        "loss",
        "recovery_status"
      ],
      "codelist": "recovery_status",
      "closed": true
    },
    {
      "path": [
        "status"
      ],
      "codelist": "case_status",
      "closed": true
    },
    {
      "path": [
        "referrals",
        "*",
        "from"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "referrals",
        "*",
        "to"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "referrals",
        "*",
        "channel"
      ],
      "codelist": "referral_channel",
      "closed": false
    },
    {
      "path": [
        "referrals",
        "*",
        "status"
      ],
      "codelist": "referral_status",
      "closed": true
    },
    {
      "path": [
        "referrals",
        "*",
        "reference",
        "system"
      ],
      "codelist": "local_ref_system",
      "closed": false
    },
    {
      "path": [
        "referrals",
        "*",
        "reference",
        "issuer"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "referrals",
        "*",
        "outcome",
        "actions",
        "*"
      ],
      "codelist": "action_type",
      "closed": false
    },
    {
      "path": [
        "referrals",
        "*",
        "outcome",
        "decline_reason"
      ],
      "codelist": "referral_decline_reason",
      "closed": false
    },
    {
      "path": [
        "lawful_basis",
        "*"
      ],
      "codelist": "lawful_basis",
      "closed": true
    },
    {
      "path": [
        "consent",
        "status"
      ],
      "codelist": "consent_status",
      "closed": true
    },
    {
      "path": [
        "consent",
        "method"
      ],
      "codelist": "consent_method",
      "closed": true
    },
    {
      "path": [
        "consent",
        "scopes",
        "*"
      ],
      "codelist": "consent_scope",
      "closed": true
    },
    {
      "path": [
        "narrative"
      ],
      "personal": {
        "category": "narrative",
        "min_tlp": "amber+strict"
      }
    },
    {
      "path": [
        "narrative",
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "evidence",
        "*",
        "type"
      ],
      "codelist": "evidence_type",
      "closed": false
    }
  ],
  "commitment": [
    {
      "path": [
        "source"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "markings",
        "*",
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "pap"
      ],
      "codelist": "pap",
      "closed": true
    },
    {
      "path": [
        "local_refs",
        "*",
        "system"
      ],
      "codelist": "local_ref_system",
      "closed": false
    },
    {
      "path": [
        "local_refs",
        "*",
        "issuer"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "provenance",
        "method"
      ],
      "codelist": "collection_method",
      "closed": false
    },
    {
      "path": [
        "instrument"
      ],
      "codelist": "instrument",
      "closed": false
    },
    {
      "path": [
        "pillars",
        "*"
      ],
      "codelist": "commitment_pillar",
      "closed": false
    },
    {
      "path": [
        "commitment_type"
      ],
      "codelist": "commitment_type",
      "closed": false
    },
    {
      "path": [
        "parties",
        "*",
        "org"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "parties",
        "*",
        "roles",
        "*"
      ],
      "codelist": "party_role",
      "closed": false
    },
    {
      "path": [
        "parties",
        "*",
        "contacts",
        "*",
        "contact_type"
      ],
      "codelist": "contact_point_type",
      "closed": false
    },
    {
      "path": [
        "status"
      ],
      "codelist": "commitment_status",
      "closed": true
    },
    {
      "path": [
        "completion"
      ],
      "codelist": "completion_level",
      "closed": true
    },
    {
      "path": [
        "milestones",
        "*",
        "status"
      ],
      "codelist": "milestone_status",
      "closed": true
    },
    {
      "path": [
        "metrics",
        "*",
        "measure"
      ],
      "codelist": "metric_measure",
      "closed": true
    },
    {
      "path": [
        "metrics",
        "*",
        "references",
        "*",
        "vocabulary"
      ],
      "codelist": "metric_vocabulary",
      "closed": false
    },
    {
      "path": [
        "metrics",
        "*",
        "baseline",
        "status"
      ],
      "codelist": "observation_status",
      "closed": true
    },
    {
      "path": [
        "metrics",
        "*",
        "periods",
        "*",
        "target",
        "status"
      ],
      "codelist": "observation_status",
      "closed": true
    },
    {
      "path": [
        "metrics",
        "*",
        "periods",
        "*",
        "actual",
        "status"
      ],
      "codelist": "observation_status",
      "closed": true
    },
    {
      "path": [
        "evidence",
        "*",
        "document_type"
      ],
      "codelist": "evidence_document_type",
      "closed": false
    },
    {
      "path": [
        "evidence",
        "*",
        "source_types",
        "*"
      ],
      "codelist": "evidence_source_type",
      "closed": true
    },
    {
      "path": [
        "evidence",
        "*",
        "asserted_by"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "progress_reports",
        "*",
        "status"
      ],
      "codelist": "commitment_status",
      "closed": true
    },
    {
      "path": [
        "progress_reports",
        "*",
        "completion"
      ],
      "codelist": "completion_level",
      "closed": true
    },
    {
      "path": [
        "assessments",
        "*",
        "assessment_type"
      ],
      "codelist": "assessment_type",
      "closed": true
    },
    {
      "path": [
        "assessments",
        "*",
        "assessor"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "assessments",
        "*",
        "stage"
      ],
      "codelist": "assessment_stage",
      "closed": true
    },
    {
      "path": [
        "assessments",
        "*",
        "verifiability"
      ],
      "codelist": "verifiability",
      "closed": true
    },
    {
      "path": [
        "assessments",
        "*",
        "potential_for_results"
      ],
      "codelist": "potential_for_results",
      "closed": true
    },
    {
      "path": [
        "assessments",
        "*",
        "completion"
      ],
      "codelist": "completion_level",
      "closed": true
    },
    {
      "path": [
        "assessments",
        "*",
        "early_results"
      ],
      "codelist": "early_results",
      "closed": true
    },
    {
      "path": [
        "related_commitments",
        "*",
        "relationship"
      ],
      "codelist": "commitment_relationship",
      "closed": true
    }
  ],
  "indicator": [
    {
      "path": [
        "source"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "markings",
        "*",
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "pap"
      ],
      "codelist": "pap",
      "closed": true
    },
    {
      "path": [
        "source_reliability"
      ],
      "codelist": "source_reliability",
      "closed": true
    },
    {
      "path": [
        "local_refs",
        "*",
        "system"
      ],
      "codelist": "local_ref_system",
      "closed": false
    },
    {
      "path": [
        "local_refs",
        "*",
        "issuer"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "provenance",
        "method"
      ],
      "codelist": "collection_method",
      "closed": false
    },
    {
      "path": [
        "observable",
        "kind"
      ],
      "codelist": "indicator_kind",
      "closed": true
    },
    {
      "path": [
        "observable",
        "raw"
      ],
      "personal": {
        "category": "identifier",
        "min_tlp": "clear",
        "min_tlp_by": "indicator_kind.min_tlp"
      }
    },
    {
      "path": [
        "observable",
        "canonical"
      ],
      "personal": {
        "category": "identifier",
        "min_tlp": "clear",
        "min_tlp_by": "indicator_kind.min_tlp"
      }
    },
    {
      "path": [
        "observable",
        "pseudonym",
        "alg"
      ],
      "codelist": "pseudonym_alg",
      "closed": true
    },
    {
      "path": [
        "observable",
        "match_keys",
        "*",
        "type"
      ],
      "codelist": "match_key_type",
      "closed": true
    },
    {
      "path": [
        "observable",
        "match_keys",
        "*",
        "of"
      ],
      "codelist": "match_key_type",
      "closed": true
    },
    {
      "path": [
        "observable",
        "attributes",
        "account_number"
      ],
      "personal": {
        "category": "identifier",
        "min_tlp": "amber"
      }
    },
    {
      "path": [
        "observable",
        "attributes",
        "scheme"
      ],
      "codelist": "payment_scheme",
      "closed": false
    },
    {
      "path": [
        "observable",
        "attributes",
        "provider"
      ],
      "codelist": "ewallet_provider",
      "closed": false
    },
    {
      "path": [
        "observable",
        "attributes",
        "account_id"
      ],
      "personal": {
        "category": "identifier",
        "min_tlp": "amber"
      }
    },
    {
      "path": [
        "observable",
        "attributes",
        "custodian"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "observable",
        "attributes",
        "platform"
      ],
      "codelist": "platform",
      "closed": false
    },
    {
      "path": [
        "observable",
        "attributes",
        "app_platform"
      ],
      "codelist": "app_platform",
      "closed": true
    },
    {
      "path": [
        "roles",
        "*"
      ],
      "codelist": "indicator_role",
      "closed": false
    },
    {
      "path": [
        "typology",
        "*"
      ],
      "codelist": "typology",
      "closed": false
    },
    {
      "path": [
        "impersonated",
        "*",
        "entity_type"
      ],
      "codelist": "impersonated_entity_type",
      "closed": false
    },
    {
      "path": [
        "impersonated",
        "*",
        "identifier"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "enablers",
        "*"
      ],
      "codelist": "enabler",
      "closed": false
    },
    {
      "path": [
        "status"
      ],
      "codelist": "indicator_status",
      "closed": true
    },
    {
      "path": [
        "actions",
        "*",
        "type"
      ],
      "codelist": "action_type",
      "closed": false
    },
    {
      "path": [
        "actions",
        "*",
        "outcome"
      ],
      "codelist": "action_outcome",
      "closed": true
    },
    {
      "path": [
        "actions",
        "*",
        "outcome_reason"
      ],
      "codelist": "takedown_outcome_reason",
      "closed": false
    },
    {
      "path": [
        "actions",
        "*",
        "actor"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "actions",
        "*",
        "requested_by"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "actions",
        "*",
        "reference",
        "system"
      ],
      "codelist": "local_ref_system",
      "closed": false
    },
    {
      "path": [
        "actions",
        "*",
        "reference",
        "issuer"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "actions",
        "*",
        "appeal",
        "by"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "actions",
        "*",
        "appeal",
        "grounds"
      ],
      "codelist": "appeal_grounds",
      "closed": false
    },
    {
      "path": [
        "actions",
        "*",
        "appeal",
        "status"
      ],
      "codelist": "appeal_status",
      "closed": true
    },
    {
      "path": [
        "actions",
        "*",
        "appeal",
        "reference",
        "system"
      ],
      "codelist": "local_ref_system",
      "closed": false
    },
    {
      "path": [
        "actions",
        "*",
        "appeal",
        "reference",
        "issuer"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "actions",
        "*",
        "reversal",
        "by"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "actions",
        "*",
        "reversal",
        "reason"
      ],
      "codelist": "takedown_outcome_reason",
      "closed": false
    }
  ],
  "operation": [
    {
      "path": [
        "source"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "markings",
        "*",
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "pap"
      ],
      "codelist": "pap",
      "closed": true
    },
    {
      "path": [
        "source_reliability"
      ],
      "codelist": "source_reliability",
      "closed": true
    },
    {
      "path": [
        "local_refs",
        "*",
        "system"
      ],
      "codelist": "local_ref_system",
      "closed": false
    },
    {
      "path": [
        "local_refs",
        "*",
        "issuer"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "provenance",
        "method"
      ],
      "codelist": "collection_method",
      "closed": false
    },
    {
      "path": [
        "kind"
      ],
      "codelist": "operation_kind",
      "closed": false
    },
    {
      "path": [
        "status"
      ],
      "codelist": "operation_status",
      "closed": true
    },
    {
      "path": [
        "typology",
        "*"
      ],
      "codelist": "typology",
      "closed": false
    },
    {
      "path": [
        "contact_channels",
        "*"
      ],
      "codelist": "contact_channel",
      "closed": false
    },
    {
      "path": [
        "investigated_by",
        "*"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "disrupted_by",
        "*"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "size_estimates",
        "*",
        "measure"
      ],
      "codelist": "operation_size_measure",
      "closed": false
    },
    {
      "path": [
        "size_estimates",
        "*",
        "estimated_by"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    }
  ],
  "organization": [
    {
      "path": [
        "source"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "markings",
        "*",
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "pap"
      ],
      "codelist": "pap",
      "closed": true
    },
    {
      "path": [
        "local_refs",
        "*",
        "system"
      ],
      "codelist": "local_ref_system",
      "closed": false
    },
    {
      "path": [
        "local_refs",
        "*",
        "issuer"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "provenance",
        "method"
      ],
      "codelist": "collection_method",
      "closed": false
    },
    {
      "path": [
        "identifier"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "other_identifiers",
        "*"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "kind"
      ],
      "codelist": "organization_kind",
      "closed": false
    },
    {
      "path": [
        "roles",
        "*"
      ],
      "codelist": "organization_role",
      "closed": false
    },
    {
      "path": [
        "parent"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    }
  ],
  "relationship": [
    {
      "path": [
        "source"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "markings",
        "*",
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "pap"
      ],
      "codelist": "pap",
      "closed": true
    },
    {
      "path": [
        "source_reliability"
      ],
      "codelist": "source_reliability",
      "closed": true
    },
    {
      "path": [
        "local_refs",
        "*",
        "system"
      ],
      "codelist": "local_ref_system",
      "closed": false
    },
    {
      "path": [
        "local_refs",
        "*",
        "issuer"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "provenance",
        "method"
      ],
      "codelist": "collection_method",
      "closed": false
    },
    {
      "path": [
        "relationship_type"
      ],
      "codelist": "relationship_type",
      "closed": true
    },
    {
      "path": [
        "description"
      ],
      "personal": {
        "category": "free_text",
        "min_tlp": "amber"
      }
    }
  ],
  "sighting": [
    {
      "path": [
        "source"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "markings",
        "*",
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "pap"
      ],
      "codelist": "pap",
      "closed": true
    },
    {
      "path": [
        "source_reliability"
      ],
      "codelist": "source_reliability",
      "closed": true
    },
    {
      "path": [
        "local_refs",
        "*",
        "system"
      ],
      "codelist": "local_ref_system",
      "closed": false
    },
    {
      "path": [
        "local_refs",
        "*",
        "issuer"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "provenance",
        "method"
      ],
      "codelist": "collection_method",
      "closed": false
    },
    {
      "path": [
        "observable_id"
      ],
      "personal": {
        "category": "identifier",
        "min_tlp": "green"
      }
    },
    {
      "path": [
        "observed_by"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "verdict"
      ],
      "codelist": "sighting_verdict",
      "closed": true
    },
    {
      "path": [
        "description"
      ],
      "personal": {
        "category": "free_text",
        "min_tlp": "green"
      }
    }
  ],
  "statistic": [
    {
      "path": [
        "source"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "markings",
        "*",
        "tlp"
      ],
      "codelist": "tlp",
      "closed": true
    },
    {
      "path": [
        "pap"
      ],
      "codelist": "pap",
      "closed": true
    },
    {
      "path": [
        "source_reliability"
      ],
      "codelist": "source_reliability",
      "closed": true
    },
    {
      "path": [
        "local_refs",
        "*",
        "system"
      ],
      "codelist": "local_ref_system",
      "closed": false
    },
    {
      "path": [
        "local_refs",
        "*",
        "issuer"
      ],
      "codelist": "org_id_scheme",
      "closed": false
    },
    {
      "path": [
        "provenance",
        "method"
      ],
      "codelist": "collection_method",
      "closed": false
    },
    {
      "path": [
        "measure"
      ],
      "codelist": "statistic_measure",
      "closed": false
    },
    {
      "path": [
        "dimensions",
        "typology"
      ],
      "codelist": "typology",
      "closed": false
    },
    {
      "path": [
        "dimensions",
        "contact_channel"
      ],
      "codelist": "contact_channel",
      "closed": false
    },
    {
      "path": [
        "dimensions",
        "payment_method"
      ],
      "codelist": "payment_method",
      "closed": false
    },
    {
      "path": [
        "dimensions",
        "platform"
      ],
      "codelist": "platform",
      "closed": false
    },
    {
      "path": [
        "dimensions",
        "age_band"
      ],
      "codelist": "age_band",
      "closed": true
    },
    {
      "path": [
        "status"
      ],
      "codelist": "observation_status",
      "closed": true
    }
  ]
};
