// generated from schemas/extensions/ by packages/schema/scripts/generate.ts — do not edit.
// Run `npm run generate` after changing the standard.

import type { RegisteredExtension } from '../extensions.js';

/** The extension namespaces registered with the standard, each with the JSON Schema its data must satisfy. */
export const EXTENSIONS: readonly RegisteredExtension[] = [
  {
    "namespace": "goaml",
    "title": "goAML report references",
    "description": "References to the suspicious-transaction and other reports filed with a financial intelligence unit through UNODC's goAML.",
    "records": [
      "case",
      "indicator"
    ],
    "source": "UNODC goAML 4.0 and 5.x",
    "schema": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://schemas.gpos.network/extensions/goaml.json",
      "title": "goAML report references",
      "description": "Extension `goaml`: references to the suspicious-transaction and other reports filed with a financial intelligence unit through UNODC's goAML, so a case or indicator can be matched with the FIU's own records. Only references travel: the reports themselves stay with the FIU.",
      "type": "object",
      "required": [
        "reports"
      ],
      "properties": {
        "reports": {
          "type": "array",
          "description": "The goAML reports that concern the record.",
          "minItems": 1,
          "maxItems": 100,
          "items": {
            "title": "GoamlReport",
            "type": "object",
            "description": "One goAML report.",
            "required": [
              "report_code"
            ],
            "properties": {
              "report_code": {
                "type": "string",
                "description": "The goAML report code, as the FIU's goAML configuration defines it (for example `STR`, `SAR`, `CTR`, `AIF`).",
                "pattern": "^[A-Z][A-Z0-9_]{1,15}$"
              },
              "fiu_ref_number": {
                "type": "string",
                "description": "The reference the FIU gave the report (`fiu_ref_number`).",
                "minLength": 1,
                "maxLength": 255
              },
              "entity_reference": {
                "type": "string",
                "description": "The reporting entity's own reference for the report (`entity_reference`).",
                "minLength": 1,
                "maxLength": 255
              },
              "rentity_id": {
                "type": "integer",
                "description": "The reporting entity's id in the FIU's goAML registry (`rentity_id`).",
                "minimum": 0
              },
              "fiu": {
                "type": "string",
                "pattern": "^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*:[^\\s]+$",
                "maxLength": 256,
                "description": "The financial intelligence unit the report was filed with, as a GPOS organisation reference (for example `TH-GOV:amlo`)."
              },
              "reporting_entity": {
                "type": "string",
                "pattern": "^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*:[^\\s]+$",
                "maxLength": 256,
                "description": "The bank, payment provider or exchange that filed the report, as a GPOS organisation reference."
              },
              "submitted_at": {
                "type": "string",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z)?$",
                "description": "When the report was submitted (`submission_date`): a date, or a UTC timestamp."
              },
              "report_indicators": {
                "type": "array",
                "description": "The FIU's report indicator codes given in the report (`report_indicators`).",
                "items": {
                  "type": "string",
                  "description": "One indicator code.",
                  "minLength": 1,
                  "maxLength": 50
                },
                "uniqueItems": true,
                "maxItems": 50
              }
            },
            "additionalProperties": false
          }
        }
      },
      "additionalProperties": false
    }
  },
  {
    "namespace": "gse",
    "title": "Global Signal Exchange signal",
    "description": "The fields of a Global Signal Exchange signal that have no place of their own in a GPOS indicator.",
    "records": [
      "indicator",
      "sighting"
    ],
    "source": "Global Signal Exchange API (signals.gse.live)",
    "schema": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://schemas.gpos.network/extensions/gse.json",
      "title": "Global Signal Exchange signal",
      "description": "Extension `gse`: the fields of a Global Signal Exchange (GSE) signal that have no place of their own in a GPOS indicator, so an indicator can be sent to or received from the GSE without loss. The identifier itself is the indicator's observable; report and import dates, confidence and predictive flag are kept as GSE gave them.",
      "type": "object",
      "properties": {
        "signal_id": {
          "type": "string",
          "description": "The GSE's own id of the signal (`id` in a GSE feed item).",
          "minLength": 1,
          "maxLength": 200
        },
        "signal_type": {
          "type": "string",
          "description": "The GSE signal type, with spaces written as underscores (`domain name` → `domain_name`).",
          "enum": [
            "url",
            "hostname",
            "domain_name",
            "ip_address"
          ]
        },
        "abuse_type": {
          "type": "string",
          "description": "The GSE abuse type; the GPOS typology of the indicator says more, and crosswalks to it.",
          "enum": [
            "cloaking",
            "copyright",
            "exploit",
            "fraud",
            "impersonation",
            "malware",
            "phishing",
            "piracy",
            "scam",
            "spam",
            "trademark",
            "unspecified"
          ]
        },
        "source": {
          "type": "string",
          "description": "The GSE member that provided the signal, as the GSE names it.",
          "minLength": 1,
          "maxLength": 200
        },
        "report_date": {
          "type": "string",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$",
          "description": "When the provider reported the signal to the GSE (`report_date`), UTC."
        },
        "import_date": {
          "type": "string",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$",
          "description": "When the GSE imported the signal (`import_date`), UTC."
        },
        "confidence_score": {
          "type": "integer",
          "description": "The provider's confidence score as sent to the GSE, 0 to 100.",
          "minimum": 0,
          "maximum": 100
        },
        "predictive": {
          "type": "boolean",
          "description": "True when the signal was generated by an algorithm rather than confirmed by a report."
        },
        "status": {
          "type": "string",
          "description": "The GSE status of the signal: `new`, or `feedback_mitigation` once a member reported acting on it.",
          "enum": [
            "new",
            "feedback_mitigation"
          ]
        },
        "sharing": {
          "type": "string",
          "description": "Who in the GSE may see the signal: every member, or the members the provider chose.",
          "enum": [
            "all_members",
            "restricted"
          ]
        }
      },
      "additionalProperties": false
    }
  }
];
