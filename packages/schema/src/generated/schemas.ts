// generated from schemas/v1/*.json by packages/schema/scripts/generate.ts — do not edit.
// Run `npm run generate` after changing the standard.

import type { JsonSchema } from '../json-schema.js';

/** The version of the GPOS standard these schemas define. */
export const SPEC_VERSION = "1.1.0";

/** GPOS common definitions: Definitions shared by every GPOS record family: identifiers, organisation references, markings, money, dates, places, languages and the extension point. */
export const commonSchema: JsonSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.gpos.network/v1/common.json",
  "title": "GPOS common definitions",
  "description": "Definitions shared by every GPOS record family: identifiers, organisation references, markings, money, dates, places, languages and the extension point.",
  "$defs": {
    "spec_version": {
      "type": "string",
      "description": "A version of the GPOS standard (semantic versioning). Records under `/v1/` schemas carry a 1.x.y version.",
      "pattern": "^1\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
      "examples": [
        "1.0.0"
      ]
    },
    "uuid": {
      "type": "string",
      "description": "A UUID in its lower-case hyphenated form (RFC 9562).",
      "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
    },
    "record_id": {
      "type": "string",
      "description": "The identifier of any GPOS record: its type, two hyphens and a UUID. Records a partner creates use UUIDv7 (time-ordered).",
      "pattern": "^(indicator|case|commitment|organization|operation|relationship|sighting|statistic)--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
    },
    "indicator_id": {
      "type": "string",
      "description": "The identifier of an indicator record.",
      "pattern": "^indicator--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
      "examples": [
        "indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e"
      ]
    },
    "case_id": {
      "type": "string",
      "description": "The identifier of a victim case record.",
      "pattern": "^case--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
      "examples": [
        "case--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e"
      ]
    },
    "commitment_id": {
      "type": "string",
      "description": "The identifier of a commitment record.",
      "pattern": "^commitment--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
      "examples": [
        "commitment--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e"
      ]
    },
    "organization_id": {
      "type": "string",
      "description": "The identifier of an organisation record.",
      "pattern": "^organization--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
      "examples": [
        "organization--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e"
      ]
    },
    "operation_id": {
      "type": "string",
      "description": "The identifier of a scam operation record.",
      "pattern": "^operation--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
      "examples": [
        "operation--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e"
      ]
    },
    "relationship_id": {
      "type": "string",
      "description": "The identifier of a relationship record.",
      "pattern": "^relationship--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
      "examples": [
        "relationship--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e"
      ]
    },
    "sighting_id": {
      "type": "string",
      "description": "The identifier of a sighting record.",
      "pattern": "^sighting--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
      "examples": [
        "sighting--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e"
      ]
    },
    "statistic_id": {
      "type": "string",
      "description": "The identifier of a statistic record.",
      "pattern": "^statistic--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
      "examples": [
        "statistic--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e"
      ]
    },
    "bundle_id": {
      "type": "string",
      "description": "The identifier of a bundle.",
      "pattern": "^bundle--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
      "examples": [
        "bundle--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e"
      ]
    },
    "observable_id": {
      "type": "string",
      "description": "The deterministic identifier of an observable: `observable--` and a UUIDv5 in the GPOS observable namespace over the RFC 8785 canonical JSON of `{\"kind\", \"value\"}` where value is the canonical form. Two partners who report the same value derive the same id without talking to each other.",
      "pattern": "^observable--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
    },
    "object_ref": {
      "type": "string",
      "description": "A reference to any GPOS record by its id, or to an observable by its deterministic id. The part before the two hyphens names the family, which the `relationship_type` codelist checks.",
      "pattern": "^(indicator|case|commitment|organization|operation|relationship|sighting|statistic|observable)--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
    },
    "org_ref": {
      "type": "string",
      "description": "An organisation, named by a scheme-prefixed identifier in the spirit of org-id.guide: the scheme (from the `org_id_scheme` codelist, upper case), a colon, and the identifier within that scheme.",
      "pattern": "^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*:[^\\s]+$",
      "maxLength": 256,
      "examples": [
        "TH-GOV:aoc1441",
        "GASA:member:tiktok",
        "LEI:5493001KJTIIGC8Y1R12"
      ],
      "x-gpos-codelist": "org_id_scheme"
    },
    "tlp": {
      "type": "string",
      "description": "A Traffic Light Protocol 2.0 label (FIRST), in lower case: `clear` (no limit), `green` (the community), `amber` (the recipient organisation and its clients on a need-to-know basis), `amber+strict` (the recipient organisation only), `red` (the named recipients only). Other spellings (TLP:WHITE, TLP:AMBER) are mapped on import, never accepted here.",
      "enum": [
        "clear",
        "green",
        "amber",
        "amber+strict",
        "red"
      ],
      "x-gpos-codelist": "tlp"
    },
    "pap": {
      "type": "string",
      "description": "A Permissible Actions Protocol label: `clear` (any action, including public blocking), `green` (active actions such as blocking), `amber` (passive use only, such as lookups), `red` (no action that could be detected outside the recipient).",
      "enum": [
        "clear",
        "green",
        "amber",
        "red"
      ],
      "x-gpos-codelist": "pap"
    },
    "marking": {
      "title": "Marking",
      "type": "object",
      "description": "A TLP marking of one part of a record, named by a JSON Pointer. It makes the part stricter than the record (the part is removed for audiences below the marking), or — only for a value whose codelist entry sets its own minimum, such as a `vulnerability` code — lower than the record, never below that minimum.",
      "required": [
        "pointer",
        "tlp"
      ],
      "properties": {
        "pointer": {
          "type": "string",
          "description": "An RFC 6901 JSON Pointer to the marked part of this record; never the whole record. The part's descendants inherit the marking unless a deeper marking names them.",
          "pattern": "^(/([^~/]|~[01])*)+$",
          "maxLength": 1000
        },
        "tlp": {
          "$ref": "#/$defs/tlp",
          "description": "The TLP 2.0 label of the marked part."
        },
        "reason": {
          "description": "Why the part is marked differently from the record, for the humans who handle it. A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
          "anyOf": [
            {
              "type": "string",
              "minLength": 1,
              "maxLength": 500,
              "description": "The reason as a plain string in one language (the 1.0 form, still valid)."
            },
            {
              "$ref": "#/$defs/text",
              "description": "The reason by language (since 1.1)."
            }
          ]
        }
      },
      "additionalProperties": false
    },
    "markings": {
      "type": "array",
      "description": "Markings of parts of the record that travel under a different TLP than the record's own `tlp`. The deepest marking that covers a value decides its label; an unmarked value has the record's label.",
      "items": {
        "$ref": "#/$defs/marking"
      },
      "minItems": 1,
      "maxItems": 200
    },
    "confidence": {
      "type": "integer",
      "minimum": 0,
      "maximum": 100,
      "description": "Confidence from 0 to 100. Words map as in STIX: none 0, low 15, medium 50, high 85."
    },
    "source_reliability": {
      "type": "string",
      "description": "The reliability of the source of the information on the Admiralty scale (NATO AJP-2.1), in lower case as MISP writes it: `a` completely reliable, `b` usually reliable, `c` fairly reliable, `d` not usually reliable, `e` unreliable, `f` reliability cannot be judged. It rates the source; `confidence` rates the information.",
      "enum": [
        "a",
        "b",
        "c",
        "d",
        "e",
        "f"
      ],
      "x-gpos-codelist": "source_reliability"
    },
    "labels": {
      "type": "array",
      "description": "Free-text tags.",
      "items": {
        "type": "string",
        "minLength": 1,
        "maxLength": 100,
        "description": "One tag."
      },
      "uniqueItems": true,
      "maxItems": 100
    },
    "timestamp": {
      "type": "string",
      "description": "An RFC 3339 timestamp in UTC (ending in `Z`), with optional fractional seconds.",
      "format": "date-time",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$",
      "examples": [
        "2026-03-14T09:26:53Z"
      ]
    },
    "date": {
      "type": "string",
      "description": "A calendar date (RFC 3339 full-date), for facts known only to the day.",
      "format": "date",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      "examples": [
        "2026-03-14"
      ]
    },
    "date_or_timestamp": {
      "description": "A UTC timestamp when the time is known, or a date when only the day is known.",
      "anyOf": [
        {
          "$ref": "#/$defs/timestamp"
        },
        {
          "$ref": "#/$defs/date"
        }
      ]
    },
    "period": {
      "type": "object",
      "description": "A span of dates. Either end may be open.",
      "properties": {
        "start_date": {
          "$ref": "#/$defs/date",
          "description": "First day of the period."
        },
        "end_date": {
          "$ref": "#/$defs/date",
          "description": "Last day of the period (inclusive)."
        }
      },
      "additionalProperties": false
    },
    "country": {
      "type": "string",
      "description": "An ISO 3166-1 alpha-2 country code in upper case.",
      "pattern": "^[A-Z]{2}$",
      "examples": [
        "TH",
        "BD",
        "NP",
        "PE",
        "AE"
      ]
    },
    "subdivision": {
      "type": "string",
      "description": "An ISO 3166-2 subdivision code (country, hyphen, subdivision), the most precise location this standard shares about a person.",
      "pattern": "^[A-Z]{2}-[A-Z0-9]{1,3}$",
      "examples": [
        "TH-10",
        "PE-LIM"
      ]
    },
    "currency": {
      "type": "string",
      "description": "An ISO 4217 alphabetic currency code.",
      "pattern": "^[A-Z]{3}$",
      "examples": [
        "THB",
        "USD"
      ]
    },
    "decimal": {
      "type": "string",
      "description": "A non-negative decimal number written as a string so no precision is lost: digits, optionally a point and more digits. No exponent, no thousands separator.",
      "pattern": "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
      "examples": [
        "1250.00",
        "0.5"
      ]
    },
    "money": {
      "type": "object",
      "description": "An amount of money in a national currency. The amount is a decimal string, never a float.",
      "required": [
        "amount",
        "currency"
      ],
      "properties": {
        "amount": {
          "$ref": "#/$defs/decimal",
          "description": "The amount, using no more decimal places than the currency has minor units."
        },
        "currency": {
          "$ref": "#/$defs/currency",
          "description": "The ISO 4217 currency of the amount."
        }
      },
      "additionalProperties": false,
      "examples": [
        {
          "amount": "1250.00",
          "currency": "THB"
        }
      ]
    },
    "crypto_amount": {
      "type": "object",
      "description": "An amount of a crypto asset.",
      "required": [
        "amount",
        "asset"
      ],
      "properties": {
        "amount": {
          "$ref": "#/$defs/decimal",
          "description": "The amount in whole units of the asset (for example 1500.25 USDT, not its base units)."
        },
        "asset": {
          "type": "string",
          "description": "The asset as a CAIP-19 asset type (`chain/namespace:reference`).",
          "pattern": "^[-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32}/[-a-z0-9]{3,8}:[-.%a-zA-Z0-9]{1,128}$",
          "examples": [
            "eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7",
            "tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"
          ]
        },
        "symbol": {
          "type": "string",
          "description": "The ticker a person would recognise, for display only.",
          "maxLength": 20,
          "examples": [
            "USDT"
          ]
        }
      },
      "additionalProperties": false
    },
    "asset_id": {
      "type": "string",
      "description": "A crypto asset as a CAIP-19 identifier: the CAIP-2 chain id (`namespace:reference`), a slash, the asset namespace and reference (`erc20:0x…`, `trc20:T…`, `slip44:0` for a chain's native coin), and optionally a slash and a token id for one token of a non-fungible collection. Case-sensitive, as CAIP-19 is.",
      "pattern": "^[-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32}/[-a-z0-9]{3,8}:[-.%a-zA-Z0-9]{1,128}(/[-.%a-zA-Z0-9]{1,78})?$",
      "maxLength": 256,
      "examples": [
        "tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
        "eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7",
        "bip122:000000000019d6689c085ae165831e93/slip44:0"
      ]
    },
    "value": {
      "title": "Value",
      "type": "object",
      "description": "An amount of money or of a crypto asset, used wherever an amount appears from 1.1 on. The amount is a decimal string, never a float, with exactly one of `currency` (money in an ISO 4217 currency) or `asset` (a CAIP-19 crypto asset); validators report a value with both or neither (`value_currency_or_asset`). A value with `currency` alone is a 1.0 `money`, so every 1.0 amount is a valid value.",
      "required": [
        "amount"
      ],
      "properties": {
        "amount": {
          "$ref": "#/$defs/decimal",
          "description": "The amount: in the currency's units (no more decimal places than its ISO 4217 minor units), or in whole units of the asset (1500.25 USDT, not its base units; no more decimal places than the asset has)."
        },
        "currency": {
          "$ref": "#/$defs/currency",
          "description": "The ISO 4217 currency, when the value is money. Not together with `asset`."
        },
        "asset": {
          "$ref": "#/$defs/asset_id",
          "description": "The CAIP-19 crypto asset, when the value is a crypto asset (for example USDT on TRON, `tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t`). Not together with `currency`. Known assets and their decimals are listed in the `crypto_asset` codelist."
        },
        "fiat_equivalent": {
          "$ref": "#/$defs/money",
          "description": "What the value was worth in a national currency, for totals and reports (for example the THB the victim paid for the USDT, or the USD value of a frozen AED balance). An equivalent, not a second amount: it never adds to totals in its currency."
        },
        "valued_at": {
          "$ref": "#/$defs/date_or_timestamp",
          "description": "When the fiat equivalent was taken (the rate of that moment or day)."
        }
      },
      "additionalProperties": false,
      "examples": [
        {
          "amount": "1250.00",
          "currency": "THB"
        },
        {
          "amount": "15000.000000",
          "asset": "tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
          "fiat_equivalent": {
            "amount": "540000.00",
            "currency": "THB"
          },
          "valued_at": "2026-02-03T08:15:00Z"
        }
      ]
    },
    "payment_freeze": {
      "title": "PaymentFreeze",
      "type": "object",
      "description": "A freeze or hold of funds at one institution, and what became of them: still held, released to the account holder, or returned to the victim in one go or in parts, each return with its date and the authority that made it. Used on a payment and on each hop of a transfer, so the freeze may be in another currency or asset than the loss (a THB loss frozen in AED in the UAE).",
      "required": [
        "status"
      ],
      "properties": {
        "status": {
          "type": "string",
          "description": "Where the freeze stands. `partially_returned` (from 1.1): part of the frozen funds has been returned to the victim and the rest is still held or being processed.",
          "enum": [
            "not_requested",
            "requested",
            "pending_bank",
            "frozen_full",
            "frozen_partial",
            "funds_already_moved",
            "rejected",
            "expired",
            "released_to_owner",
            "partially_returned",
            "returned_to_victim"
          ],
          "x-gpos-codelist": "freeze_status"
        },
        "amount": {
          "$ref": "#/$defs/value",
          "description": "The amount frozen, in the currency or asset of the account that holds it. When that is not the currency of the loss, give `fiat_equivalent` in the loss currency so totals can be compared."
        },
        "frozen_at": {
          "$ref": "common.json#/$defs/timestamp",
          "description": "When the funds were frozen."
        },
        "by": {
          "$ref": "common.json#/$defs/org_ref",
          "description": "The institution that froze the funds."
        },
        "jurisdiction": {
          "$ref": "#/$defs/country",
          "description": "The country where the funds are held, when it is not the country of the case."
        },
        "legal_basis": {
          "description": "The law or order under which the funds were held. A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
          "anyOf": [
            {
              "type": "string",
              "maxLength": 1000,
              "description": "The legal basis as a plain string in one language (the 1.0 form, still valid)."
            },
            {
              "$ref": "#/$defs/text",
              "description": "The legal basis by language (since 1.1)."
            }
          ]
        },
        "expires_at": {
          "$ref": "common.json#/$defs/timestamp",
          "description": "When the hold lapses unless extended."
        },
        "returns": {
          "type": "array",
          "description": "Returns of frozen funds to the victim, oldest first. They add up: the total returned is their sum, and may not exceed the amount frozen (`return_exceeds_frozen`).",
          "items": {
            "title": "FreezeReturn",
            "type": "object",
            "description": "One return of frozen funds to the victim.",
            "required": [
              "amount",
              "returned_at"
            ],
            "properties": {
              "amount": {
                "$ref": "#/$defs/value",
                "description": "What was returned, in the currency or asset it was held in."
              },
              "returned_at": {
                "$ref": "#/$defs/date_or_timestamp",
                "description": "When the funds were returned (paid out to the victim)."
              },
              "returned_by": {
                "$ref": "#/$defs/org_ref",
                "description": "The authority or institution that ordered or made the return (for example the anti-money-laundering office, a court or the holding bank)."
              },
              "legal_basis": {
                "description": "The law, order or decision under which the funds were returned: a plain string, or text by language with the original marked by `original_language`.",
                "anyOf": [
                  {
                    "type": "string",
                    "maxLength": 1000,
                    "description": "The legal basis as a plain string in one language."
                  },
                  {
                    "$ref": "#/$defs/text",
                    "description": "The legal basis by language."
                  }
                ]
              },
              "reference": {
                "$ref": "#/$defs/local_ref",
                "description": "The returning authority's reference for the return (order or decision number)."
              }
            },
            "additionalProperties": false
          },
          "maxItems": 100
        }
      },
      "additionalProperties": false
    },
    "language": {
      "type": "string",
      "description": "A BCP 47 language tag.",
      "pattern": "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$",
      "examples": [
        "en",
        "th",
        "es-PE"
      ]
    },
    "text": {
      "type": "object",
      "description": "Text in one or more languages, keyed by BCP 47 language tag: `{ \"en\": \"…\", \"th\": \"…\" }`. Since 1.1 the reserved key `original_language` may name, by its language tag, the entry that was written first; every other entry is then a translation of it (the validator checks that it names an entry, rule `unresolved_original_language`). Without it the text does not say which came first. Codes are never translated; titles and descriptions may be.",
      "propertyNames": {
        "pattern": "^(?:[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*|original_language)$"
      },
      "additionalProperties": {
        "type": "string",
        "minLength": 1,
        "maxLength": 100000
      },
      "minProperties": 1,
      "examples": [
        {
          "en": "Fake investment platform",
          "th": "แพลตฟอร์มลงทุนปลอม"
        },
        {
          "th": "ธนาคารกรุงไทย",
          "en": "Krungthai Bank",
          "original_language": "th"
        }
      ]
    },
    "url": {
      "type": "string",
      "description": "An absolute http or https URL.",
      "format": "uri",
      "pattern": "^https?://",
      "maxLength": 4096
    },
    "sha256": {
      "type": "string",
      "description": "A SHA-256 digest in lower-case hex.",
      "pattern": "^[0-9a-f]{64}$"
    },
    "json_pointer": {
      "type": "string",
      "description": "An RFC 6901 JSON Pointer into the same record.",
      "pattern": "^(/([^~/]|~[01])*)*$",
      "maxLength": 1000
    },
    "local_ref": {
      "type": "object",
      "description": "A reference number in one organisation's own system.",
      "required": [
        "system",
        "value"
      ],
      "properties": {
        "system": {
          "type": "string",
          "description": "What kind of reference it is, from the `local_ref_system` codelist (for example `police_report`, `hotline_ticket`, `bank_claim`).",
          "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
          "maxLength": 100,
          "x-gpos-codelist": "local_ref_system"
        },
        "value": {
          "type": "string",
          "description": "The reference as the issuing organisation writes it.",
          "minLength": 1,
          "maxLength": 200
        },
        "issuer": {
          "$ref": "#/$defs/org_ref",
          "description": "The organisation that issued the reference, when it is not the record source."
        }
      },
      "additionalProperties": false
    },
    "local_refs": {
      "type": "array",
      "description": "Reference numbers in local systems.",
      "items": {
        "$ref": "#/$defs/local_ref"
      },
      "maxItems": 100
    },
    "external_ref": {
      "type": "object",
      "description": "A reference to the same thing elsewhere.",
      "required": [
        "source_name"
      ],
      "properties": {
        "source_name": {
          "type": "string",
          "description": "The system or publication referred to (for example `stix`, `chainabuse`, `gse`, `news`).",
          "minLength": 1,
          "maxLength": 100
        },
        "external_id": {
          "type": "string",
          "description": "The identifier in that system.",
          "maxLength": 500
        },
        "url": {
          "$ref": "#/$defs/url",
          "description": "Where the reference can be read."
        },
        "description": {
          "type": "string",
          "description": "What the reference is, in a sentence.",
          "maxLength": 1000
        }
      },
      "additionalProperties": false
    },
    "external_refs": {
      "type": "array",
      "description": "References to other systems.",
      "items": {
        "$ref": "#/$defs/external_ref"
      },
      "maxItems": 100
    },
    "provenance": {
      "type": "object",
      "description": "How information was obtained.",
      "properties": {
        "method": {
          "type": "string",
          "description": "How the information was collected, from the `collection_method` codelist (for example `victim_report`, `automated_detection`, `partner_feed`).",
          "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
          "maxLength": 100,
          "x-gpos-codelist": "collection_method"
        },
        "collected_at": {
          "$ref": "#/$defs/timestamp",
          "description": "When the information was collected."
        },
        "derived_from": {
          "type": "array",
          "description": "Records this one was derived from.",
          "items": {
            "$ref": "#/$defs/record_id"
          },
          "maxItems": 1000
        },
        "tool": {
          "type": "string",
          "description": "The software or process that produced the record, with its version.",
          "maxLength": 200
        }
      },
      "additionalProperties": false
    },
    "pseudonym": {
      "type": "object",
      "description": "A keyed pseudonym of a personal value, identified by its algorithm and key id: HMAC-SHA-256 over the canonical form under a community key every partner holds (`hmac-sha256`), or, since 1.1, the RFC 9497 oblivious PRF output of the canonical form under a key only the exchange holds (`oprf-ristretto255-sha512`), which no partner can compute or reverse alone. Never a plain hash: phone numbers and account numbers can be enumerated. Pseudonyms match only when algorithm, key id and value are all equal.",
      "required": [
        "alg",
        "key_id",
        "value"
      ],
      "properties": {
        "alg": {
          "type": "string",
          "description": "The pseudonymisation algorithm, from the `pseudonym_alg` codelist: `hmac-sha256` (a community key shared by partners) or, since 1.1, `oprf-ristretto255-sha512` (RFC 9497 OPRF mode with the ristretto255-SHA512 suite, evaluated blind by the exchange that holds the key).",
          "enum": [
            "hmac-sha256",
            "oprf-ristretto255-sha512"
          ],
          "x-gpos-codelist": "pseudonym_alg"
        },
        "key_id": {
          "type": "string",
          "description": "The identifier of the key used: the community key for `hmac-sha256`, the exchange's OPRF key for `oprf-ristretto255-sha512` (as the exchange's evaluation answer names it). Keys rotate under new ids; pseudonyms under different key ids never match.",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$"
        },
        "value": {
          "type": "string",
          "description": "The pseudonym, base64url without padding: the 32-byte HMAC output (43 characters) for `hmac-sha256`; the 64-byte OPRF output (86 characters) for `oprf-ristretto255-sha512` (since 1.1).",
          "pattern": "^(?:[A-Za-z0-9_-]{43}|[A-Za-z0-9_-]{86})$"
        }
      },
      "additionalProperties": false
    },
    "impersonated_entity": {
      "title": "ImpersonatedEntity",
      "type": "object",
      "description": "Someone the scammers pretended to be: a government agency, a bank, a celebrity, a relative.",
      "required": [
        "entity_type"
      ],
      "properties": {
        "entity_type": {
          "type": "string",
          "description": "What kind of entity was impersonated, from the `impersonated_entity_type` codelist.",
          "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
          "maxLength": 100,
          "x-gpos-codelist": "impersonated_entity_type"
        },
        "name": {
          "description": "The name used, as the victim saw it. A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
          "anyOf": [
            {
              "type": "string",
              "maxLength": 300,
              "description": "The name as a plain string in one language (the 1.0 form, still valid)."
            },
            {
              "$ref": "#/$defs/text",
              "description": "The name by language (since 1.1)."
            }
          ]
        },
        "identifier": {
          "$ref": "#/$defs/org_ref",
          "description": "The real organisation that was impersonated, when it has an identifier."
        }
      },
      "additionalProperties": false
    },
    "extensions": {
      "type": "object",
      "description": "Extension data keyed by a registered extension namespace (lower case, dots allowed). Each namespace has its own JSON Schema shipped with the standard; unregistered namespaces are an error.",
      "propertyNames": {
        "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$",
        "maxLength": 100
      },
      "additionalProperties": {
        "type": "object",
        "description": "The extension data, validated against the schema registered for its namespace."
      }
    },
    "retraction": {
      "title": "Retraction",
      "type": "object",
      "description": "The minimal form of a revoked record: enough to name the record and withdraw it without repeating its content. A record whose `revoked` is true is valid when it matches either its own family's schema or this one (see `x-gpos-dispatch` in bundle.json). Recipients withdraw every version of the `id`.",
      "required": [
        "type",
        "id",
        "modified",
        "source",
        "revoked"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "The family of the record being retracted.",
          "enum": [
            "indicator",
            "case",
            "commitment",
            "organization",
            "operation",
            "relationship",
            "sighting",
            "statistic"
          ]
        },
        "id": {
          "$ref": "#/$defs/record_id",
          "description": "The id of the record being retracted; every version of it is withdrawn."
        },
        "spec_version": {
          "$ref": "#/$defs/spec_version",
          "description": "The version of this standard the retraction follows."
        },
        "created": {
          "$ref": "#/$defs/timestamp",
          "description": "When the first version of the record was created, if the source wants to repeat it."
        },
        "modified": {
          "$ref": "#/$defs/timestamp",
          "description": "When the record was retracted: later than every version it withdraws."
        },
        "source": {
          "$ref": "#/$defs/org_ref",
          "description": "The organisation that produced the record; only it can retract it."
        },
        "tlp": {
          "$ref": "#/$defs/tlp",
          "description": "The marking of the retraction itself; the bundle's marking applies when absent."
        },
        "revoked": {
          "type": "boolean",
          "const": true,
          "description": "Always true: a minimal record is only valid as a retraction."
        },
        "revocation_reason": {
          "description": "Why the record was retracted, in a sentence the recipient can act on (for example \"reported in error: the number belongs to a bank hotline\"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
          "anyOf": [
            {
              "type": "string",
              "maxLength": 1000,
              "description": "The reason as a plain string in one language (the 1.0 form, still valid)."
            },
            {
              "$ref": "#/$defs/text",
              "description": "The reason by language (since 1.1)."
            }
          ]
        }
      },
      "additionalProperties": false
    }
  }
};

/** Bundle: The envelope for exchanging records: who produced it, when, its overall marking, the records of any family, and an optional detached signature over its canonical form. Each record is validated against the schema of its own `type` (see `x-gpos-dispatch`), never against one `oneOf` of all families. */
export const bundleSchema: JsonSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.gpos.network/v1/bundle.json",
  "title": "Bundle",
  "description": "The envelope for exchanging records: who produced it, when, its overall marking, the records of any family, and an optional detached signature over its canonical form. Each record is validated against the schema of its own `type` (see `x-gpos-dispatch`), never against one `oneOf` of all families.",
  "type": "object",
  "required": [
    "type",
    "id",
    "spec_version",
    "created",
    "producer",
    "tlp",
    "records"
  ],
  "properties": {
    "type": {
      "const": "bundle",
      "description": "Always `bundle`."
    },
    "id": {
      "$ref": "common.json#/$defs/bundle_id",
      "description": "The identifier of this bundle. A bundle is sent once; it has no versions."
    },
    "spec_version": {
      "$ref": "common.json#/$defs/spec_version",
      "description": "The version of this standard the bundle follows."
    },
    "created": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When the bundle was assembled."
    },
    "producer": {
      "$ref": "common.json#/$defs/org_ref",
      "description": "The organisation that assembled and, if signed, signed the bundle. It may carry records from other sources."
    },
    "tlp": {
      "$ref": "common.json#/$defs/tlp",
      "description": "The marking of the bundle as a whole: at least as restrictive as the most restrictive record in it."
    },
    "description": {
      "$ref": "common.json#/$defs/text",
      "description": "What the bundle contains, for a human reader."
    },
    "scope": {
      "type": "string",
      "description": "Whether the bundle stands on its own (`complete`, the default) or carries only what changed since `since` (`delta`). In a complete bundle every reference must resolve inside it; in a delta bundle a reference to a record the recipient already holds is allowed.",
      "enum": [
        "complete",
        "delta"
      ],
      "x-gpos-codelist": "bundle_scope"
    },
    "since": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "For a delta bundle: the time from which changes are included. The records are the versions modified after it; the previous delta bundle of the same feed ended at this time."
    },
    "references": {
      "type": "array",
      "description": "For a delta bundle: records its records refer to that it does not carry because the recipient already holds them, each named by type, id and the version meant. A reference to one of them is resolved.",
      "items": {
        "title": "RecordStub",
        "type": "object",
        "description": "A record named but not carried: its family, id and the `modified` of the version meant.",
        "required": [
          "type",
          "id",
          "modified"
        ],
        "properties": {
          "type": {
            "type": "string",
            "description": "The record family.",
            "enum": [
              "indicator",
              "case",
              "commitment",
              "organization",
              "operation",
              "relationship",
              "sighting",
              "statistic"
            ]
          },
          "id": {
            "$ref": "common.json#/$defs/record_id",
            "description": "The record's id."
          },
          "modified": {
            "$ref": "common.json#/$defs/timestamp",
            "description": "The `modified` of the version the bundle's records refer to."
          }
        },
        "additionalProperties": false
      },
      "maxItems": 1000000
    },
    "records": {
      "type": "array",
      "description": "The records, of any family, in any order.",
      "items": {
        "title": "BundleRecord",
        "type": "object",
        "description": "One record. Its `type` chooses the schema it is validated against. A record whose `revoked` is true may instead be a minimal retraction, valid against `common.json#/$defs/retraction`.",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "indicator",
              "case",
              "commitment",
              "organization",
              "operation",
              "relationship",
              "sighting",
              "statistic"
            ],
            "description": "The record family."
          }
        },
        "x-gpos-dispatch": {
          "property": "type",
          "mapping": {
            "indicator": "https://schemas.gpos.network/v1/indicator.json",
            "case": "https://schemas.gpos.network/v1/case.json",
            "commitment": "https://schemas.gpos.network/v1/commitment.json",
            "organization": "https://schemas.gpos.network/v1/organization.json",
            "operation": "https://schemas.gpos.network/v1/operation.json",
            "relationship": "https://schemas.gpos.network/v1/relationship.json",
            "sighting": "https://schemas.gpos.network/v1/sighting.json",
            "statistic": "https://schemas.gpos.network/v1/statistic.json"
          },
          "retraction": "https://schemas.gpos.network/v1/common.json#/$defs/retraction"
        }
      },
      "maxItems": 1000000
    },
    "signature": {
      "title": "BundleSignature",
      "type": "object",
      "description": "A detached JSON Web Signature (RFC 7515, appendix F) over the RFC 8785 canonical JSON of the bundle without its `signature` member.",
      "required": [
        "jws",
        "kid",
        "alg"
      ],
      "properties": {
        "jws": {
          "type": "string",
          "description": "The detached JWS in compact form: `<protected header>..<signature>` (the payload is left out and recomputed by the verifier).",
          "pattern": "^[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+$"
        },
        "kid": {
          "type": "string",
          "description": "The key id in the producer's JSON Web Key Set.",
          "minLength": 1,
          "maxLength": 200
        },
        "alg": {
          "type": "string",
          "enum": [
            "EdDSA",
            "ES256"
          ],
          "description": "The signing algorithm; only asymmetric algorithms are allowed.",
          "x-gpos-codelist": "signature_alg"
        }
      },
      "additionalProperties": false
    }
  },
  "additionalProperties": false
};

/** Victim case: A victim case: one scam as reported by or for a victim, with how and when it happened, how the money moved, what was frozen, recovered and returned, and who the case was referred to. The victim appears only as a keyed pseudonym and coarse facts. */
export const caseSchema: JsonSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.gpos.network/v1/case.json",
  "title": "Victim case",
  "description": "A victim case: one scam as reported by or for a victim, with how and when it happened, how the money moved, what was frozen, recovered and returned, and who the case was referred to. The victim appears only as a keyed pseudonym and coarse facts.",
  "type": "object",
  "required": [
    "type",
    "id",
    "spec_version",
    "created",
    "modified",
    "source",
    "tlp",
    "intake",
    "scam_type",
    "status"
  ],
  "properties": {
    "type": {
      "const": "case",
      "description": "Always `case`: the record family, used to choose the schema that validates the record."
    },
    "id": {
      "$ref": "common.json#/$defs/case_id",
      "description": "The record's identifier, `case--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`."
    },
    "spec_version": {
      "$ref": "common.json#/$defs/spec_version",
      "description": "The version of this standard the record follows."
    },
    "created": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When the first version of the record was created by its source. Never changes between versions."
    },
    "modified": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones."
    },
    "source": {
      "$ref": "common.json#/$defs/org_ref",
      "description": "The organisation that produced the record and answers for its content."
    },
    "tlp": {
      "$ref": "common.json#/$defs/tlp",
      "description": "The Traffic Light Protocol 2.0 marking of the whole record: who the recipient may share it with."
    },
    "markings": {
      "$ref": "common.json#/$defs/markings",
      "description": "Parts of the record marked with another TLP than the record's: stricter parts are removed for audiences below them; a part may be lower only where its codelist entry allows it."
    },
    "pap": {
      "$ref": "common.json#/$defs/pap",
      "description": "Permissible Actions Protocol marking: what the recipient may do with the record (for example block or take down), separate from who may see it."
    },
    "confidence": {
      "$ref": "common.json#/$defs/confidence",
      "description": "How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed)."
    },
    "labels": {
      "$ref": "common.json#/$defs/labels",
      "description": "Free tags the source uses to group records. Not a substitute for the coded fields."
    },
    "local_refs": {
      "$ref": "common.json#/$defs/local_refs",
      "description": "The source's own reference numbers for this record (police report number, hotline ticket, bank claim id), so partners can quote them back."
    },
    "external_refs": {
      "$ref": "common.json#/$defs/external_refs",
      "description": "References to the same thing in other systems or publications (STIX objects, Chainabuse reports, news articles)."
    },
    "provenance": {
      "$ref": "common.json#/$defs/provenance",
      "description": "How the information in the record was obtained."
    },
    "revoked": {
      "type": "boolean",
      "description": "True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked."
    },
    "revocation_reason": {
      "description": "Why the record was revoked, in a sentence the recipient can act on (for example \"reported in error: the number belongs to a bank hotline\"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
      "anyOf": [
        {
          "type": "string",
          "maxLength": 1000,
          "description": "The reason as a plain string in one language (the 1.0 form, still valid)."
        },
        {
          "$ref": "common.json#/$defs/text",
          "description": "The reason by language (since 1.1)."
        }
      ]
    },
    "extensions": {
      "$ref": "common.json#/$defs/extensions",
      "description": "Data outside the standard, keyed by a registered extension namespace. Unregistered namespaces are rejected."
    },
    "intake": {
      "title": "CaseIntake",
      "type": "object",
      "description": "How and where the case reached the source.",
      "required": [
        "channel",
        "received_at",
        "jurisdiction"
      ],
      "properties": {
        "channel": {
          "type": "string",
          "description": "How the report arrived, from the `intake_channel` codelist (for example `hotline` for a call to AOC 1441, `online_portal`, `bank_branch`).",
          "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
          "maxLength": 100,
          "x-gpos-codelist": "intake_channel"
        },
        "received_at": {
          "$ref": "common.json#/$defs/timestamp",
          "description": "When the source received the report."
        },
        "reporting_org": {
          "$ref": "common.json#/$defs/org_ref",
          "description": "The organisation that took the report, when it is not the record source."
        },
        "jurisdiction": {
          "$ref": "common.json#/$defs/country",
          "description": "The country where the case was reported."
        },
        "subdivision": {
          "$ref": "common.json#/$defs/subdivision",
          "description": "The province or state where the case was reported."
        }
      },
      "additionalProperties": false
    },
    "victim": {
      "title": "Victim",
      "type": "object",
      "description": "The victim, as a pseudonym and coarse facts only. Names, contact details and national id numbers never appear in a record.",
      "properties": {
        "key": {
          "$ref": "common.json#/$defs/pseudonym",
          "description": "A keyed pseudonym of the victim (HMAC under a community key or, since 1.1, an OPRF pseudonym made through the exchange, of the canonical national id or E.164 phone number), so the same victim reported through two channels can be linked without exchanging identity."
        },
        "victim_type": {
          "type": "string",
          "description": "Whether the victim is a person or an organisation, and which kind.",
          "enum": [
            "individual",
            "micro_enterprise",
            "sme",
            "charity",
            "public_body",
            "other_org"
          ],
          "x-gpos-codelist": "victim_type"
        },
        "age_band": {
          "type": "string",
          "description": "The victim's age band. Never a date of birth.",
          "enum": [
            "under_20",
            "age_20_29",
            "age_30_39",
            "age_40_49",
            "age_50_59",
            "age_60_69",
            "age_70_79",
            "age_80_plus",
            "unknown"
          ],
          "x-gpos-codelist": "age_band",
          "x-gpos-personal-data": {
            "category": "demographic",
            "min_tlp": "green"
          }
        },
        "residence": {
          "$ref": "common.json#/$defs/subdivision",
          "description": "Where the victim lives, to the first-level subdivision (province or state) only.",
          "x-gpos-personal-data": {
            "category": "location",
            "min_tlp": "amber"
          }
        },
        "country_of_residence": {
          "$ref": "common.json#/$defs/country",
          "description": "The country where the victim lives."
        },
        "nationality": {
          "$ref": "common.json#/$defs/country",
          "description": "The victim's nationality, when it matters to the case (for example foreign nationals trafficked into scam compounds).",
          "x-gpos-personal-data": {
            "category": "demographic",
            "min_tlp": "amber"
          }
        },
        "vulnerability": {
          "type": "array",
          "description": "Circumstances that make the victim vulnerable, from the `vulnerability` codelist. `trafficking_victim` marks a trafficked person forced into scam work. Each code is special-category personal data with its own minimum TLP in the codelist (`elderly` TLP:AMBER, `trafficking_victim` TLP:AMBER+STRICT); a code without one needs TLP:AMBER+STRICT.",
          "items": {
            "type": "string",
            "description": "One circumstance.",
            "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
            "maxLength": 100,
            "x-gpos-codelist": "vulnerability",
            "x-gpos-personal-data": {
              "category": "special_category",
              "min_tlp": "amber+strict",
              "min_tlp_by": "vulnerability.min_tlp"
            }
          },
          "uniqueItems": true,
          "maxItems": 20
        },
        "role": {
          "type": "string",
          "description": "Whether the person only lost money, was also used to move it (job scams turn victims into mules), or was forced to commit the scam itself (`forced_criminality`: a trafficked person made to work in a scam compound). `forced_criminality` says the person was trafficked, so its codelist entry sets a minimum of TLP:AMBER+STRICT; the other roles carry no minimum.",
          "enum": [
            "victim",
            "mule_unwitting",
            "mule_complicit",
            "victim_and_mule",
            "forced_criminality"
          ],
          "x-gpos-codelist": "victim_role",
          "x-gpos-personal-data": {
            "category": "special_category",
            "min_tlp": "clear",
            "min_tlp_by": "victim_role.min_tlp"
          }
        },
        "protection": {
          "title": "VictimProtection",
          "type": "object",
          "description": "What was done to protect a victim of trafficking or forced criminality: identification as a trafficking victim, rescue, repatriation and support. All of it is special-category personal data: the block travels at TLP:AMBER+STRICT or above.",
          "properties": {
            "identification": {
              "title": "TraffickingIdentification",
              "type": "object",
              "description": "The person's identification as a victim of trafficking, which under the non-punishment principle shapes how every other record about them is read.",
              "required": [
                "stage"
              ],
              "properties": {
                "stage": {
                  "type": "string",
                  "description": "How far identification has gone, from the `trafficking_identification_stage` codelist: `presumed` (indicators of trafficking seen, referral made) or `formal` (identified by the competent authority).",
                  "enum": [
                    "presumed",
                    "formal"
                  ],
                  "x-gpos-codelist": "trafficking_identification_stage"
                },
                "identified_at": {
                  "$ref": "common.json#/$defs/date_or_timestamp",
                  "description": "When the person was identified at this stage."
                },
                "identified_by": {
                  "$ref": "common.json#/$defs/org_ref",
                  "description": "The organisation that identified the person (a police anti-trafficking unit, a social-welfare ministry, an NGO with a screening mandate)."
                },
                "legal_basis": {
                  "description": "The law or procedure under which the person was identified (for example a national anti-trafficking act and its national referral mechanism). A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
                  "anyOf": [
                    {
                      "type": "string",
                      "minLength": 1,
                      "maxLength": 1000,
                      "description": "The legal basis as a plain string in one language (the 1.0 form, still valid)."
                    },
                    {
                      "$ref": "common.json#/$defs/text",
                      "description": "The legal basis by language (since 1.1)."
                    }
                  ]
                },
                "forced_activities": {
                  "type": "array",
                  "description": "What the person was forced to do, from the `typology` codelist when it was running scams (for example `investment.relationship`).",
                  "items": {
                    "type": "string",
                    "description": "One scam type the person was forced to run.",
                    "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
                    "maxLength": 100,
                    "x-gpos-codelist": "typology"
                  },
                  "uniqueItems": true,
                  "maxItems": 20
                }
              },
              "additionalProperties": false
            },
            "rescue": {
              "title": "Rescue",
              "type": "object",
              "description": "The person's rescue or release from the place where they were held.",
              "properties": {
                "rescued_at": {
                  "$ref": "common.json#/$defs/date_or_timestamp",
                  "description": "When the person was rescued or released."
                },
                "location": {
                  "title": "CoarsePlace",
                  "type": "object",
                  "description": "Where the person was rescued, to the country and region only.",
                  "required": [
                    "country"
                  ],
                  "properties": {
                    "country": {
                      "$ref": "common.json#/$defs/country",
                      "description": "The country."
                    },
                    "subdivision": {
                      "$ref": "common.json#/$defs/subdivision",
                      "description": "The province, state or region, when known."
                    }
                  },
                  "additionalProperties": false
                },
                "by": {
                  "type": "array",
                  "description": "The organisations that carried out or arranged the rescue.",
                  "items": {
                    "$ref": "common.json#/$defs/org_ref"
                  },
                  "uniqueItems": true,
                  "minItems": 1,
                  "maxItems": 20
                }
              },
              "additionalProperties": false
            },
            "repatriation": {
              "title": "Repatriation",
              "type": "object",
              "description": "The person's return to their own country.",
              "required": [
                "status"
              ],
              "properties": {
                "status": {
                  "type": "string",
                  "description": "Where the repatriation stands, from the `repatriation_status` codelist.",
                  "enum": [
                    "not_started",
                    "planned",
                    "in_progress",
                    "completed",
                    "declined",
                    "not_possible"
                  ],
                  "x-gpos-codelist": "repatriation_status"
                },
                "to_country": {
                  "$ref": "common.json#/$defs/country",
                  "description": "The country the person is returned to, usually their nationality."
                },
                "repatriated_at": {
                  "$ref": "common.json#/$defs/date_or_timestamp",
                  "description": "When the person arrived back, once the status is `completed`."
                },
                "assisted_by": {
                  "type": "array",
                  "description": "The organisations that assisted the return (embassies, consulates, IOM, NGOs).",
                  "items": {
                    "$ref": "common.json#/$defs/org_ref"
                  },
                  "uniqueItems": true,
                  "minItems": 1,
                  "maxItems": 20
                }
              },
              "additionalProperties": false
            },
            "support": {
              "type": "array",
              "description": "Support the person received or was offered, one entry per service.",
              "items": {
                "title": "SupportService",
                "type": "object",
                "description": "One support service.",
                "required": [
                  "service"
                ],
                "properties": {
                  "service": {
                    "type": "string",
                    "description": "The service, from the `support_service` codelist (for example `shelter`, `consular`, `legal_aid`, `medical`, `psychosocial`, `reintegration`).",
                    "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
                    "maxLength": 100,
                    "x-gpos-codelist": "support_service"
                  },
                  "provided_by": {
                    "$ref": "common.json#/$defs/org_ref",
                    "description": "The organisation that provided the service."
                  },
                  "started_at": {
                    "$ref": "common.json#/$defs/date",
                    "description": "When the service started."
                  },
                  "ended_at": {
                    "$ref": "common.json#/$defs/date",
                    "description": "When the service ended."
                  }
                },
                "additionalProperties": false
              },
              "maxItems": 50
            }
          },
          "additionalProperties": false,
          "x-gpos-personal-data": {
            "category": "special_category",
            "min_tlp": "amber+strict"
          }
        },
        "reporter_relationship": {
          "type": "string",
          "description": "Who made the report, relative to the victim.",
          "enum": [
            "self",
            "family",
            "carer",
            "bank_on_behalf",
            "police",
            "other"
          ],
          "x-gpos-codelist": "reporter_relationship"
        }
      },
      "additionalProperties": false
    },
    "scam_type": {
      "type": "string",
      "description": "The main kind of scam, from the `typology` codelist (most specific code known, for example `investment.relationship`).",
      "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
      "maxLength": 100,
      "x-gpos-codelist": "typology"
    },
    "secondary_scam_types": {
      "type": "array",
      "description": "Other kinds of scam in the same case (a romance that turned into an investment scam).",
      "items": {
        "type": "string",
        "description": "A scam type code.",
        "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
        "maxLength": 100,
        "x-gpos-codelist": "typology"
      },
      "uniqueItems": true,
      "maxItems": 20
    },
    "contact_channels": {
      "type": "array",
      "description": "How the scammers reached the victim, in order of first use.",
      "items": {
        "title": "ContactChannel",
        "type": "object",
        "description": "One channel of contact.",
        "required": [
          "channel"
        ],
        "properties": {
          "channel": {
            "type": "string",
            "description": "The channel, from the `contact_channel` codelist (for example `messaging_app`, `voice_call`, `social_ad`).",
            "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
            "maxLength": 100,
            "x-gpos-codelist": "contact_channel"
          },
          "platform": {
            "type": "string",
            "description": "The platform, from the `platform` codelist (for example `line`, `facebook`).",
            "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
            "maxLength": 100,
            "x-gpos-codelist": "platform"
          },
          "first_at": {
            "$ref": "common.json#/$defs/date_or_timestamp",
            "description": "When the channel was first used."
          },
          "direction": {
            "type": "string",
            "description": "Whether the scammer contacted the victim (`inbound`) or the victim contacted the scammer (`outbound`, for example after an ad).",
            "enum": [
              "inbound",
              "outbound"
            ],
            "x-gpos-codelist": "contact_direction"
          },
          "indicator_refs": {
            "type": "array",
            "description": "Indicators for the accounts, numbers or sites used on this channel.",
            "items": {
              "$ref": "common.json#/$defs/indicator_id"
            },
            "uniqueItems": true,
            "maxItems": 100
          }
        },
        "additionalProperties": false
      },
      "maxItems": 50
    },
    "impersonated": {
      "type": "array",
      "description": "Whom the scammers pretended to be.",
      "items": {
        "$ref": "common.json#/$defs/impersonated_entity"
      },
      "maxItems": 20
    },
    "enablers": {
      "type": "array",
      "description": "Techniques and tools that made the scam work, from the `enabler` codelist (for example `deepfake_video`, `voice_clone`, `remote_access_tool`).",
      "items": {
        "type": "string",
        "description": "One enabler.",
        "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
        "maxLength": 100,
        "x-gpos-codelist": "enabler"
      },
      "uniqueItems": true,
      "maxItems": 30
    },
    "timeline": {
      "title": "CaseTimeline",
      "type": "object",
      "description": "When things happened. Each is a timestamp, or a date when only the day is known. Speed is the measure that matters most: minutes from report to freeze.",
      "properties": {
        "first_contact_at": {
          "$ref": "common.json#/$defs/date_or_timestamp",
          "description": "When the scammers first contacted the victim."
        },
        "grooming_started_at": {
          "$ref": "common.json#/$defs/date_or_timestamp",
          "description": "When sustained grooming began (relationship and investment scams)."
        },
        "first_payment_at": {
          "$ref": "common.json#/$defs/date_or_timestamp",
          "description": "When the victim first paid."
        },
        "last_payment_at": {
          "$ref": "common.json#/$defs/date_or_timestamp",
          "description": "When the victim last paid."
        },
        "realised_at": {
          "$ref": "common.json#/$defs/date_or_timestamp",
          "description": "When the victim realised it was a scam."
        },
        "reported_at": {
          "$ref": "common.json#/$defs/date_or_timestamp",
          "description": "When the victim (or someone for them) first reported it to any organisation."
        },
        "freeze_requested_at": {
          "$ref": "common.json#/$defs/date_or_timestamp",
          "description": "When a freeze of the receiving accounts was first requested."
        },
        "first_freeze_at": {
          "$ref": "common.json#/$defs/date_or_timestamp",
          "description": "When funds were first frozen."
        },
        "closed_at": {
          "$ref": "common.json#/$defs/date_or_timestamp",
          "description": "When the case was closed."
        }
      },
      "additionalProperties": false
    },
    "payments": {
      "type": "array",
      "description": "The transfers the victim made, one per payment.",
      "items": {
        "title": "Payment",
        "type": "object",
        "description": "One payment from the victim.",
        "required": [
          "amount"
        ],
        "properties": {
          "payment_ref": {
            "type": "string",
            "description": "The source's identifier for the payment within this case.",
            "minLength": 1,
            "maxLength": 100
          },
          "executed_at": {
            "$ref": "common.json#/$defs/date_or_timestamp",
            "description": "When the payment was made."
          },
          "amount": {
            "$ref": "common.json#/$defs/value",
            "description": "The amount paid, in the currency the victim paid in. From 1.1 a value: money in its currency, or a crypto asset in its own units with its `fiat_equivalent`."
          },
          "crypto_amount": {
            "$ref": "common.json#/$defs/crypto_amount",
            "description": "The crypto amount, when the victim paid in a crypto asset."
          },
          "method": {
            "type": "string",
            "description": "How the money moved, from the `payment_method` codelist (for example `bank_transfer_domestic_instant`, `crypto_onchain`).",
            "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
            "maxLength": 100,
            "x-gpos-codelist": "payment_method"
          },
          "rail": {
            "type": "string",
            "description": "The payment rail or network, from the `payment_rail` codelist (for example `promptpay`, `swift`, `sepa_inst`, `tron`).",
            "pattern": "^[a-z0-9_]+$",
            "maxLength": 50,
            "x-gpos-codelist": "payment_rail"
          },
          "destination_indicator_ref": {
            "$ref": "common.json#/$defs/indicator_id",
            "description": "The indicator for the receiving account, proxy, e-wallet or wallet."
          },
          "destination_institution": {
            "$ref": "common.json#/$defs/org_ref",
            "description": "The receiving bank, payment provider or exchange."
          },
          "transaction_ref": {
            "type": "string",
            "description": "The payment reference (ISO 20022 end-to-end id or UETR, bank reference, or transaction hash).",
            "maxLength": 200,
            "x-gpos-personal-data": {
              "category": "identifier",
              "min_tlp": "amber"
            }
          },
          "recall": {
            "title": "PaymentRecall",
            "type": "object",
            "description": "A request to the sending bank to recall the payment.",
            "required": [
              "requested_at",
              "reason"
            ],
            "properties": {
              "requested_at": {
                "$ref": "common.json#/$defs/timestamp",
                "description": "When the recall was requested."
              },
              "reason": {
                "type": "string",
                "description": "The ISO 20022 cancellation reason code; `FRAD` for a fraudulently originated payment.",
                "enum": [
                  "FRAD",
                  "UAPA",
                  "DUPL",
                  "CUST",
                  "TECH",
                  "AC03",
                  "AM09"
                ],
                "x-gpos-codelist": "recall_reason"
              },
              "message_type": {
                "type": "string",
                "description": "The ISO 20022 message that carried the recall or its answer.",
                "enum": [
                  "camt.056",
                  "camt.055",
                  "camt.029",
                  "pacs.004",
                  "camt.110",
                  "camt.111"
                ],
                "x-gpos-codelist": "recall_message_type"
              },
              "outcome": {
                "type": "string",
                "description": "Where the recall stands.",
                "enum": [
                  "requested",
                  "done",
                  "partial",
                  "refused",
                  "failed"
                ],
                "x-gpos-codelist": "action_outcome"
              }
            },
            "additionalProperties": false
          },
          "freeze": {
            "$ref": "common.json#/$defs/payment_freeze",
            "description": "The freeze or hold of the received funds, and their return."
          }
        },
        "additionalProperties": false
      },
      "maxItems": 1000
    },
    "transfers": {
      "type": "array",
      "description": "How the money moved on after the victim paid, hop by hop (from 1.1): from a mule account to the next, to an exchange account, to a wallet. Each hop names the accounts or wallets at both ends, the hop it forwards money from, what was sent and what arrived, and any freeze at that hop. A hop without `parent` starts a chain, usually at the account the victim paid.",
      "items": {
        "title": "Transfer",
        "type": "object",
        "description": "One hop of the money.",
        "required": [
          "id",
          "at",
          "sent"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "An identifier for the hop, unique within this case and stable across versions, so later hops and later versions can point to it.",
            "pattern": "^[A-Za-z0-9._-]{1,64}$"
          },
          "parent": {
            "type": "string",
            "description": "The `id` of the hop that brought this money into `from`; absent for the first hop of a chain. Several hops may share a parent when money was split.",
            "pattern": "^[A-Za-z0-9._-]{1,64}$"
          },
          "from": {
            "$ref": "#/$defs/transfer_end",
            "description": "The account or wallet the money left."
          },
          "to": {
            "$ref": "#/$defs/transfer_end",
            "description": "The account or wallet the money reached."
          },
          "at": {
            "$ref": "common.json#/$defs/timestamp",
            "description": "When the money left `from`."
          },
          "received_at": {
            "$ref": "common.json#/$defs/timestamp",
            "description": "When the money reached `to`, when it is not at once (a cross-border transfer, an exchange's settlement)."
          },
          "sent": {
            "$ref": "common.json#/$defs/value",
            "description": "What left `from`."
          },
          "received": {
            "$ref": "common.json#/$defs/value",
            "description": "What reached `to`, when it differs from what was sent: another currency or asset (THB bought USDT at an exchange), or less the fees."
          },
          "rate": {
            "$ref": "common.json#/$defs/decimal",
            "description": "The exchange rate applied: units of the `received` currency or asset per unit of the `sent` one (THB 100,000 sent, USDT 2,800 received: `0.028`). Needed when the two differ (`currency_mismatch`)."
          },
          "fee": {
            "$ref": "common.json#/$defs/value",
            "description": "Fees taken on the hop, when known."
          },
          "method": {
            "type": "string",
            "description": "How the money moved, from the `payment_method` codelist.",
            "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
            "maxLength": 100,
            "x-gpos-codelist": "payment_method"
          },
          "rail": {
            "type": "string",
            "description": "The payment rail or network, from the `payment_rail` codelist (for example `promptpay`, `swift`, `sepa_inst`, `tron`).",
            "pattern": "^[a-z0-9_]+$",
            "maxLength": 50,
            "x-gpos-codelist": "payment_rail"
          },
          "reference": {
            "type": "string",
            "description": "The reference of the hop: the bank reference, ISO 20022 UETR or end-to-end id, or the transaction hash on chain.",
            "maxLength": 200,
            "x-gpos-personal-data": {
              "category": "identifier",
              "min_tlp": "amber"
            }
          },
          "freeze": {
            "$ref": "common.json#/$defs/payment_freeze",
            "description": "The freeze of the funds at `to` after this hop, and their return."
          }
        },
        "additionalProperties": false
      },
      "maxItems": 1000
    },
    "loss": {
      "title": "LossSummary",
      "type": "object",
      "description": "The money involved, per currency. Reimbursement (a payment provider paying the victim) is kept apart from recovery (funds traced back).",
      "properties": {
        "loss_occurred": {
          "type": "boolean",
          "description": "Whether the victim lost money. Many reports involve none."
        },
        "reported": {
          "type": "array",
          "description": "What the victim reported losing: money, or crypto assets in their own units (from 1.1).",
          "items": {
            "$ref": "common.json#/$defs/value"
          },
          "maxItems": 50
        },
        "confirmed": {
          "type": "array",
          "description": "What the source has confirmed was lost.",
          "items": {
            "$ref": "common.json#/$defs/value"
          },
          "maxItems": 50
        },
        "frozen": {
          "type": "array",
          "description": "What is frozen or held. With `accounting: cumulative`, everything frozen so far, including funds since returned or released.",
          "items": {
            "$ref": "common.json#/$defs/value"
          },
          "maxItems": 50
        },
        "seized": {
          "type": "array",
          "description": "What was seized by an authority.",
          "items": {
            "$ref": "common.json#/$defs/value"
          },
          "maxItems": 50
        },
        "returned": {
          "type": "array",
          "description": "What was returned to the victim from recovered funds. With `accounting: cumulative`, everything returned so far; it is part of what was frozen or seized.",
          "items": {
            "$ref": "common.json#/$defs/value"
          },
          "maxItems": 50
        },
        "reimbursed": {
          "type": "array",
          "description": "What a payment provider or scheme paid the victim out of its own funds.",
          "items": {
            "$ref": "common.json#/$defs/value"
          },
          "maxItems": 50
        },
        "prevented": {
          "type": "array",
          "description": "Money kept from the scammers before it left the victim's institution (a bank held the payment after a warning, a hotline stopped a transfer): not part of the loss, and never compared with it (from 1.1).",
          "items": {
            "$ref": "common.json#/$defs/value"
          },
          "maxItems": 50
        },
        "accounting": {
          "type": "string",
          "description": "How the frozen, seized, returned and prevented totals are kept (from 1.1). `outstanding` (the default, as in 1.0): `frozen` is what is still held, so money that was frozen then returned moves from `frozen` to `returned`, and the two together may not exceed the loss. `cumulative`: each list is a running total since the case was opened that only grows between versions; `frozen` keeps funds since returned, and `returned` may not exceed what was frozen or seized.",
          "enum": [
            "outstanding",
            "cumulative"
          ],
          "x-gpos-codelist": "loss_accounting"
        },
        "as_of": {
          "$ref": "common.json#/$defs/timestamp",
          "description": "When the totals were last brought up to date (from 1.1)."
        },
        "recovery_status": {
          "type": "string",
          "description": "How far the money has come back.",
          "enum": [
            "none",
            "pending",
            "partially_recovered",
            "fully_recovered",
            "reimbursed_by_psp",
            "reimbursed_and_recovered",
            "not_eligible"
          ],
          "x-gpos-codelist": "recovery_status"
        }
      },
      "additionalProperties": false
    },
    "status": {
      "type": "string",
      "description": "Where the case stands.",
      "enum": [
        "received",
        "triaged",
        "freeze_in_progress",
        "under_investigation",
        "referred",
        "action_taken",
        "closed_resolved",
        "closed_no_further_action",
        "closed_duplicate",
        "closed_unfounded",
        "closed_withdrawn"
      ],
      "x-gpos-codelist": "case_status"
    },
    "referrals": {
      "type": "array",
      "description": "Referrals of the case between organisations, including across borders.",
      "items": {
        "title": "Referral",
        "type": "object",
        "description": "One referral, through its life: sent, acknowledged, accepted and acted on, then completed or declined, with what the recipient did.",
        "required": [
          "to",
          "at",
          "status"
        ],
        "properties": {
          "referral_id": {
            "$ref": "common.json#/$defs/uuid",
            "description": "The referral's identifier, chosen by the referring organisation: the same `referral_id` its `case.referred` exchange event and the recipient's `case.referral_acknowledged` carry, so records and events about one referral can be joined (from 1.1)."
          },
          "from": {
            "$ref": "common.json#/$defs/org_ref",
            "description": "The organisation that referred the case, when not the record source."
          },
          "to": {
            "$ref": "common.json#/$defs/org_ref",
            "description": "The organisation the case was referred to."
          },
          "at": {
            "$ref": "common.json#/$defs/timestamp",
            "description": "When it was referred."
          },
          "channel": {
            "type": "string",
            "description": "How the referral travelled, from the `referral_channel` codelist (for example `egmont` between financial intelligence units, `interpol`, `mla` for mutual legal assistance, `police_to_police`, `gpos_exchange`) (from 1.1).",
            "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
            "maxLength": 100,
            "x-gpos-codelist": "referral_channel"
          },
          "status": {
            "type": "string",
            "description": "Where the referral stands: `sent` → `acknowledged` → `accepted` → `acted_on` (from 1.1: the recipient has taken action, such as a freeze, and the referral is still open) → `completed`, or `declined` at any point.",
            "enum": [
              "sent",
              "acknowledged",
              "accepted",
              "acted_on",
              "declined",
              "completed"
            ],
            "x-gpos-codelist": "referral_status"
          },
          "acknowledged_at": {
            "$ref": "common.json#/$defs/timestamp",
            "description": "When the recipient acknowledged it."
          },
          "acted_on_at": {
            "$ref": "common.json#/$defs/timestamp",
            "description": "When the recipient first acted on the referral (from 1.1)."
          },
          "completed_at": {
            "$ref": "common.json#/$defs/timestamp",
            "description": "When the recipient finished its work on the referral (from 1.1)."
          },
          "declined_at": {
            "$ref": "common.json#/$defs/timestamp",
            "description": "When the recipient declined the referral (from 1.1)."
          },
          "reason": {
            "description": "Why the case was referred. A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
            "anyOf": [
              {
                "type": "string",
                "maxLength": 1000,
                "description": "The reason as a plain string in one language (the 1.0 form, still valid)."
              },
              {
                "$ref": "common.json#/$defs/text",
                "description": "The reason by language (since 1.1)."
              }
            ]
          },
          "reference": {
            "$ref": "common.json#/$defs/local_ref",
            "description": "The recipient's reference for the referral."
          },
          "outcome": {
            "title": "ReferralOutcome",
            "type": "object",
            "description": "What the recipient did about the referral, as it reported back (from 1.1). Amounts are in the currency or asset the recipient holds them in; totals for the case stay in `loss`.",
            "properties": {
              "actions": {
                "type": "array",
                "description": "What was done, from the `action_type` codelist (for example `bank_account_frozen`, `exchange_account_frozen`, `arrest`).",
                "items": {
                  "type": "string",
                  "description": "One action.",
                  "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
                  "maxLength": 100,
                  "x-gpos-codelist": "action_type"
                },
                "uniqueItems": true,
                "maxItems": 50
              },
              "frozen": {
                "type": "array",
                "description": "What the recipient froze or held.",
                "items": {
                  "$ref": "common.json#/$defs/value"
                },
                "maxItems": 50
              },
              "seized": {
                "type": "array",
                "description": "What the recipient seized or confiscated.",
                "items": {
                  "$ref": "common.json#/$defs/value"
                },
                "maxItems": 50
              },
              "returned": {
                "type": "array",
                "description": "What the recipient returned to the victim.",
                "items": {
                  "$ref": "common.json#/$defs/value"
                },
                "maxItems": 50
              },
              "decline_reason": {
                "type": "string",
                "description": "Why the referral was declined, from the `referral_decline_reason` codelist (for example `insufficient_information`, `dual_criminality_not_met`).",
                "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
                "maxLength": 100,
                "x-gpos-codelist": "referral_decline_reason"
              },
              "note": {
                "description": "What the recipient said about its work, in a few sentences. No personal data. A plain string, or text by language with the original marked by `original_language`.",
                "anyOf": [
                  {
                    "type": "string",
                    "maxLength": 2000,
                    "description": "The note as a plain string in one language."
                  },
                  {
                    "$ref": "common.json#/$defs/text",
                    "description": "The note by language."
                  }
                ]
              }
            },
            "additionalProperties": false
          }
        },
        "additionalProperties": false
      },
      "maxItems": 100
    },
    "lawful_basis": {
      "type": "array",
      "description": "The lawful bases on which the case is shared, from the `lawful_basis` codelist.",
      "items": {
        "type": "string",
        "description": "One lawful basis.",
        "enum": [
          "consent",
          "legal_obligation",
          "public_task",
          "legitimate_interests",
          "vital_interests",
          "contract",
          "law_enforcement"
        ],
        "x-gpos-codelist": "lawful_basis"
      },
      "uniqueItems": true,
      "minItems": 1,
      "maxItems": 7
    },
    "consent": {
      "title": "Consent",
      "type": "object",
      "description": "The victim's consent, when consent was asked for.",
      "required": [
        "status"
      ],
      "properties": {
        "status": {
          "type": "string",
          "description": "The state of consent.",
          "enum": [
            "granted",
            "refused",
            "withdrawn",
            "not_required",
            "unknown"
          ],
          "x-gpos-codelist": "consent_status"
        },
        "obtained_at": {
          "$ref": "common.json#/$defs/timestamp",
          "description": "When consent was given."
        },
        "method": {
          "type": "string",
          "description": "How consent was recorded.",
          "enum": [
            "verbal_recorded",
            "web_form",
            "written",
            "in_app"
          ],
          "x-gpos-codelist": "consent_method"
        },
        "scopes": {
          "type": "array",
          "description": "What the victim agreed to, from the `consent_scope` codelist. Anything not listed is not agreed.",
          "items": {
            "type": "string",
            "description": "One scope.",
            "enum": [
              "share_with_law_enforcement",
              "share_with_financial_institutions",
              "share_with_platforms",
              "share_cross_border",
              "contact_by_law_enforcement",
              "contact_by_recovery_services",
              "include_in_statistics",
              "publish_indicators"
            ],
            "x-gpos-codelist": "consent_scope"
          },
          "uniqueItems": true,
          "maxItems": 8
        },
        "withdrawn_at": {
          "$ref": "common.json#/$defs/timestamp",
          "description": "When consent was withdrawn."
        },
        "language": {
          "$ref": "common.json#/$defs/language",
          "description": "The language the consent notice was given in."
        },
        "notice_version": {
          "type": "string",
          "description": "The version of the consent notice the victim saw.",
          "maxLength": 50
        }
      },
      "additionalProperties": false
    },
    "indicator_refs": {
      "type": "array",
      "description": "Indicators linked to the case: numbers, accounts, sites and wallets the scammers used.",
      "items": {
        "$ref": "common.json#/$defs/indicator_id"
      },
      "uniqueItems": true,
      "maxItems": 1000
    },
    "related_cases": {
      "type": "array",
      "description": "Other cases in the same scam operation or about the same victim. Shorthand for `relationship` records of type `linked_to`; use a relationship to say how they are related.",
      "items": {
        "$ref": "common.json#/$defs/case_id"
      },
      "uniqueItems": true,
      "maxItems": 1000
    },
    "duplicate_of": {
      "$ref": "common.json#/$defs/case_id",
      "description": "The case this one duplicates (the same victim reported through two channels)."
    },
    "narrative": {
      "title": "Narrative",
      "type": "object",
      "description": "The story of the case in free text. It may name people and so travels at TLP:RED unless the source marks it otherwise after redaction.",
      "required": [
        "text"
      ],
      "properties": {
        "text": {
          "$ref": "common.json#/$defs/text",
          "description": "The narrative, by language."
        },
        "tlp": {
          "$ref": "common.json#/$defs/tlp",
          "description": "The marking of the narrative itself; `red` when absent. Never lower than the record marking."
        }
      },
      "additionalProperties": false,
      "x-gpos-personal-data": {
        "category": "narrative",
        "min_tlp": "amber+strict"
      }
    },
    "evidence": {
      "type": "array",
      "description": "Evidence held by the source. Hashes travel; content stays with the source.",
      "items": {
        "title": "CaseEvidence",
        "type": "object",
        "description": "One piece of evidence.",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "description": "What the evidence is, from the `evidence_type` codelist.",
            "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
            "maxLength": 100,
            "x-gpos-codelist": "evidence_type"
          },
          "sha256": {
            "$ref": "common.json#/$defs/sha256",
            "description": "The SHA-256 of the evidence file, so a recipient can confirm a copy later."
          },
          "storage_ref": {
            "type": "string",
            "description": "Where the source keeps the file, in the source's own terms.",
            "maxLength": 500
          },
          "description": {
            "description": "What the evidence shows. No personal data. A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
            "anyOf": [
              {
                "type": "string",
                "maxLength": 2000,
                "description": "The description as a plain string in one language (the 1.0 form, still valid)."
              },
              {
                "$ref": "common.json#/$defs/text",
                "description": "The description by language (since 1.1)."
              }
            ]
          },
          "captured_at": {
            "$ref": "common.json#/$defs/timestamp",
            "description": "When the evidence was captured."
          }
        },
        "additionalProperties": false
      },
      "maxItems": 1000
    }
  },
  "additionalProperties": false,
  "$defs": {
    "transfer_end": {
      "title": "TransferEnd",
      "type": "object",
      "description": "One end of a transfer: the account, wallet or exchange account, named by the indicator that reports it or, when no indicator travels with the case, by its deterministic observable id; and the institution that holds it.",
      "properties": {
        "indicator_ref": {
          "$ref": "common.json#/$defs/indicator_id",
          "description": "The indicator for the account, proxy, e-wallet, exchange account or wallet."
        },
        "observable_ref": {
          "$ref": "common.json#/$defs/observable_id",
          "description": "The deterministic observable id of the account or wallet, when no indicator is shared for it; partners holding the same value derive the same id."
        },
        "institution": {
          "$ref": "common.json#/$defs/org_ref",
          "description": "The bank, payment provider or virtual-asset service provider holding the account (`VASP:` for an exchange)."
        },
        "country": {
          "$ref": "common.json#/$defs/country",
          "description": "The country where the account is held."
        }
      },
      "additionalProperties": false
    }
  }
};

/** Commitment: A partner's pledge under an instrument such as the 2025 Bangkok Joint Statement of the Global Partnership Against Online Scams: what it will do, by when, how progress is measured, the evidence, and independent assessments. Progress is reported by publishing new versions of the same record. */
export const commitmentSchema: JsonSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.gpos.network/v1/commitment.json",
  "title": "Commitment",
  "description": "A partner's pledge under an instrument such as the 2025 Bangkok Joint Statement of the Global Partnership Against Online Scams: what it will do, by when, how progress is measured, the evidence, and independent assessments. Progress is reported by publishing new versions of the same record.",
  "type": "object",
  "required": [
    "type",
    "id",
    "spec_version",
    "created",
    "modified",
    "source",
    "tlp",
    "instrument",
    "title",
    "pillars",
    "parties",
    "status"
  ],
  "properties": {
    "type": {
      "const": "commitment",
      "description": "Always `commitment`: the record family, used to choose the schema that validates the record."
    },
    "id": {
      "$ref": "common.json#/$defs/commitment_id",
      "description": "The record's identifier, `commitment--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`."
    },
    "spec_version": {
      "$ref": "common.json#/$defs/spec_version",
      "description": "The version of this standard the record follows."
    },
    "created": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When the first version of the record was created by its source. Never changes between versions."
    },
    "modified": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones."
    },
    "source": {
      "$ref": "common.json#/$defs/org_ref",
      "description": "The organisation that produced the record and answers for its content."
    },
    "tlp": {
      "$ref": "common.json#/$defs/tlp",
      "description": "The Traffic Light Protocol 2.0 marking of the whole record: who the recipient may share it with."
    },
    "markings": {
      "$ref": "common.json#/$defs/markings",
      "description": "Parts of the record marked with another TLP than the record's: stricter parts are removed for audiences below them; a part may be lower only where its codelist entry allows it."
    },
    "pap": {
      "$ref": "common.json#/$defs/pap",
      "description": "Permissible Actions Protocol marking: what the recipient may do with the record (for example block or take down), separate from who may see it."
    },
    "confidence": {
      "$ref": "common.json#/$defs/confidence",
      "description": "How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed)."
    },
    "labels": {
      "$ref": "common.json#/$defs/labels",
      "description": "Free tags the source uses to group records. Not a substitute for the coded fields."
    },
    "local_refs": {
      "$ref": "common.json#/$defs/local_refs",
      "description": "The source's own reference numbers for this record (police report number, hotline ticket, bank claim id), so partners can quote them back."
    },
    "external_refs": {
      "$ref": "common.json#/$defs/external_refs",
      "description": "References to the same thing in other systems or publications (STIX objects, Chainabuse reports, news articles)."
    },
    "provenance": {
      "$ref": "common.json#/$defs/provenance",
      "description": "How the information in the record was obtained."
    },
    "revoked": {
      "type": "boolean",
      "description": "True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked."
    },
    "revocation_reason": {
      "description": "Why the record was revoked, in a sentence the recipient can act on (for example \"reported in error: the number belongs to a bank hotline\"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
      "anyOf": [
        {
          "type": "string",
          "maxLength": 1000,
          "description": "The reason as a plain string in one language (the 1.0 form, still valid)."
        },
        {
          "$ref": "common.json#/$defs/text",
          "description": "The reason by language (since 1.1)."
        }
      ]
    },
    "extensions": {
      "$ref": "common.json#/$defs/extensions",
      "description": "Data outside the standard, keyed by a registered extension namespace. Unregistered namespaces are rejected."
    },
    "instrument": {
      "type": "string",
      "description": "The instrument the commitment was made under, from the `instrument` codelist (`bangkok_joint_statement_2025` first).",
      "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
      "maxLength": 100,
      "x-gpos-codelist": "instrument"
    },
    "title": {
      "$ref": "common.json#/$defs/text",
      "description": "A short title for the commitment."
    },
    "description": {
      "$ref": "common.json#/$defs/text",
      "description": "What the partner committed to do."
    },
    "problem_statement": {
      "$ref": "common.json#/$defs/text",
      "description": "The public problem the commitment addresses."
    },
    "pillars": {
      "type": "array",
      "description": "The pillars of the partnership the commitment serves, from the `commitment_pillar` codelist.",
      "items": {
        "type": "string",
        "description": "One pillar.",
        "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
        "maxLength": 100,
        "x-gpos-codelist": "commitment_pillar"
      },
      "uniqueItems": true,
      "minItems": 1,
      "maxItems": 10
    },
    "commitment_type": {
      "type": "string",
      "description": "What kind of action it is, from the `commitment_type` codelist (for example `legislative`, `operational`, `data_sharing`).",
      "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
      "maxLength": 100,
      "x-gpos-codelist": "commitment_type"
    },
    "jurisdiction": {
      "$ref": "common.json#/$defs/country",
      "description": "The country the commitment applies to, for a government commitment. A commitment shared by several countries lists them all in `jurisdictions` (since 1.1); `jurisdiction` may then name the lead country."
    },
    "jurisdictions": {
      "type": "array",
      "description": "Every country the commitment applies to, when several share it (a joint commitment under a regional framework, a bilateral freeze-and-return arrangement). Since 1.1.",
      "items": {
        "$ref": "common.json#/$defs/country",
        "description": "One country."
      },
      "uniqueItems": true,
      "minItems": 1,
      "maxItems": 250
    },
    "parties": {
      "type": "array",
      "description": "The organisations involved and their roles.",
      "items": {
        "title": "Party",
        "type": "object",
        "description": "One party.",
        "required": [
          "org",
          "roles"
        ],
        "properties": {
          "org": {
            "$ref": "common.json#/$defs/org_ref",
            "description": "The organisation."
          },
          "name": {
            "$ref": "common.json#/$defs/text",
            "description": "Its name, for readers without the organisation record."
          },
          "roles": {
            "type": "array",
            "description": "Its roles, from the `party_role` codelist.",
            "items": {
              "type": "string",
              "description": "One role.",
              "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
              "maxLength": 100,
              "x-gpos-codelist": "party_role"
            },
            "uniqueItems": true,
            "minItems": 1,
            "maxItems": 10
          },
          "jurisdiction": {
            "$ref": "common.json#/$defs/country",
            "description": "The country the party acts for in this commitment, when the commitment spans several. Since 1.1."
          },
          "contacts": {
            "type": "array",
            "description": "Where to reach the party about this commitment: its communication centres and desks, one per function. Since 1.1.",
            "items": {
              "title": "ContactPoint",
              "type": "object",
              "description": "A functional point of contact: a desk or mailbox, never a named person, so it can be published with the commitment.",
              "required": [
                "contact_type"
              ],
              "properties": {
                "contact_type": {
                  "type": "string",
                  "description": "What the contact point is for, from the `contact_point_type` codelist (for example `communication_centre` for a 24/7 centre, `freeze_requests`, `mutual_legal_assistance`).",
                  "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
                  "maxLength": 100,
                  "x-gpos-codelist": "contact_point_type"
                },
                "name": {
                  "$ref": "common.json#/$defs/text",
                  "description": "The desk's name, by language (for example \"AOC 1441 international coordination desk\")."
                },
                "email": {
                  "type": "string",
                  "description": "A functional e-mail address of the desk.",
                  "maxLength": 320,
                  "pattern": "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"
                },
                "telephone": {
                  "type": "string",
                  "description": "The desk's telephone number in E.164 form.",
                  "pattern": "^\\+[1-9][0-9]{6,14}$"
                },
                "url": {
                  "$ref": "common.json#/$defs/url",
                  "description": "A web form or page for the desk."
                },
                "languages": {
                  "type": "array",
                  "description": "Languages the desk works in.",
                  "items": {
                    "$ref": "common.json#/$defs/language",
                    "description": "One language."
                  },
                  "uniqueItems": true,
                  "maxItems": 20
                },
                "hours": {
                  "type": "string",
                  "description": "When the desk answers, as free text (for example \"24/7\" or \"Mon–Fri 08:30–16:30 ICT\").",
                  "maxLength": 200
                }
              },
              "additionalProperties": false
            },
            "maxItems": 20
          }
        },
        "additionalProperties": false
      },
      "minItems": 1,
      "maxItems": 100
    },
    "period": {
      "$ref": "common.json#/$defs/period",
      "description": "When the commitment is to be carried out."
    },
    "status": {
      "type": "string",
      "description": "Where the commitment stands in its life cycle.",
      "enum": [
        "planned",
        "implementing",
        "completed",
        "suspended",
        "cancelled",
        "superseded"
      ],
      "x-gpos-codelist": "commitment_status"
    },
    "status_details": {
      "$ref": "common.json#/$defs/text",
      "description": "Why the status is what it is, for a suspended, cancelled or superseded commitment."
    },
    "completion": {
      "type": "string",
      "description": "How far the commitment has been carried out, on the Open Government Partnership IRM completion scale, as the source reports it.",
      "enum": [
        "no_evidence_available",
        "not_started",
        "limited",
        "substantial",
        "complete"
      ],
      "x-gpos-codelist": "completion_level"
    },
    "budget": {
      "$ref": "common.json#/$defs/value",
      "description": "Money allocated to carry out the commitment."
    },
    "milestones": {
      "type": "array",
      "description": "The steps the commitment will take, with due dates.",
      "items": {
        "title": "Milestone",
        "type": "object",
        "description": "One milestone.",
        "required": [
          "milestone_id",
          "title",
          "status"
        ],
        "properties": {
          "milestone_id": {
            "type": "string",
            "description": "An identifier for the milestone, unique within this commitment and stable across versions.",
            "pattern": "^[A-Za-z0-9._-]{1,64}$"
          },
          "title": {
            "$ref": "common.json#/$defs/text",
            "description": "What the milestone is."
          },
          "due_date": {
            "$ref": "common.json#/$defs/date",
            "description": "When it is due."
          },
          "status": {
            "type": "string",
            "description": "Whether it has been met.",
            "enum": [
              "scheduled",
              "met",
              "not_met",
              "partially_met",
              "cancelled"
            ],
            "x-gpos-codelist": "milestone_status"
          },
          "date_met": {
            "$ref": "common.json#/$defs/date",
            "description": "When it was met. Required once the status is `met`."
          },
          "evidence_refs": {
            "type": "array",
            "description": "Evidence that the milestone was met.",
            "items": {
              "type": "string",
              "description": "The `evidence_id` of an item in `evidence`.",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "uniqueItems": true,
            "maxItems": 100
          }
        },
        "additionalProperties": false
      },
      "maxItems": 200
    },
    "metrics": {
      "type": "array",
      "description": "Measurable indicators of progress with a baseline, targets and actuals per period.",
      "items": {
        "title": "Metric",
        "type": "object",
        "description": "One metric.",
        "required": [
          "metric_id",
          "title",
          "measure"
        ],
        "properties": {
          "metric_id": {
            "type": "string",
            "description": "An identifier for the metric, unique within this commitment and stable across versions.",
            "pattern": "^[A-Za-z0-9._-]{1,64}$"
          },
          "title": {
            "$ref": "common.json#/$defs/text",
            "description": "What is measured (for example \"median minutes from report to account freeze\")."
          },
          "measure": {
            "type": "string",
            "description": "How the metric is measured.",
            "enum": [
              "unit",
              "percentage",
              "currency",
              "ratio",
              "ordinal",
              "qualitative"
            ],
            "x-gpos-codelist": "metric_measure"
          },
          "unit": {
            "type": "string",
            "description": "The unit of a `unit` metric (for example `minute`, `account`, `url`).",
            "maxLength": 50
          },
          "currency": {
            "$ref": "common.json#/$defs/currency",
            "description": "The currency of a `currency` metric."
          },
          "ascending": {
            "type": "boolean",
            "description": "True when a higher value is better (URLs blocked), false when lower is better (minutes to freeze)."
          },
          "references": {
            "type": "array",
            "description": "The same metric in other frameworks (for example SDG 16.4).",
            "items": {
              "title": "MetricReference",
              "type": "object",
              "description": "A reference.",
              "required": [
                "vocabulary",
                "code"
              ],
              "properties": {
                "vocabulary": {
                  "type": "string",
                  "description": "The framework, from the `metric_vocabulary` codelist (for example `sdg`, `gpos`).",
                  "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
                  "maxLength": 100,
                  "x-gpos-codelist": "metric_vocabulary"
                },
                "code": {
                  "type": "string",
                  "description": "The code in that framework.",
                  "maxLength": 50
                }
              },
              "additionalProperties": false
            },
            "maxItems": 20
          },
          "baseline": {
            "$ref": "#/$defs/metric_value",
            "description": "The value before the commitment started."
          },
          "periods": {
            "type": "array",
            "description": "Targets and actuals per reporting period.",
            "items": {
              "title": "MetricPeriod",
              "type": "object",
              "description": "One reporting period.",
              "required": [
                "period"
              ],
              "properties": {
                "period": {
                  "$ref": "common.json#/$defs/period",
                  "description": "The reporting period."
                },
                "target": {
                  "$ref": "#/$defs/metric_value",
                  "description": "What the partner aims to reach in the period."
                },
                "actual": {
                  "$ref": "#/$defs/metric_value",
                  "description": "What was reached."
                },
                "statistic_refs": {
                  "type": "array",
                  "description": "The published statistics the actual value is taken from or computed from: its evidence, which a reviewer can check figure by figure.",
                  "items": {
                    "$ref": "common.json#/$defs/statistic_id",
                    "description": "One statistic record."
                  },
                  "uniqueItems": true,
                  "maxItems": 1000
                }
              },
              "additionalProperties": false
            },
            "maxItems": 100
          }
        },
        "additionalProperties": false
      },
      "maxItems": 100
    },
    "evidence": {
      "type": "array",
      "description": "Documents and data that show progress.",
      "items": {
        "title": "CommitmentEvidence",
        "type": "object",
        "description": "One piece of evidence.",
        "required": [
          "evidence_id",
          "title"
        ],
        "properties": {
          "evidence_id": {
            "type": "string",
            "description": "An identifier for the evidence item, unique within this commitment and stable across versions.",
            "pattern": "^[A-Za-z0-9._-]{1,64}$"
          },
          "document_type": {
            "type": "string",
            "description": "What kind of document, from the `evidence_document_type` codelist.",
            "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
            "maxLength": 100,
            "x-gpos-codelist": "evidence_document_type"
          },
          "title": {
            "$ref": "common.json#/$defs/text",
            "description": "The title of the document."
          },
          "url": {
            "$ref": "common.json#/$defs/url",
            "description": "Where it can be read."
          },
          "date_published": {
            "$ref": "common.json#/$defs/date",
            "description": "When it was published."
          },
          "languages": {
            "type": "array",
            "description": "The languages it is written in.",
            "items": {
              "$ref": "common.json#/$defs/language"
            },
            "uniqueItems": true,
            "maxItems": 20
          },
          "source_types": {
            "type": "array",
            "description": "Where the evidence comes from, from the `evidence_source_type` codelist; an official register or verified source weighs more than a self-declaration.",
            "items": {
              "type": "string",
              "description": "One source type.",
              "enum": [
                "self_declaration",
                "official_register",
                "third_party",
                "primary_research",
                "verified"
              ],
              "x-gpos-codelist": "evidence_source_type"
            },
            "uniqueItems": true,
            "maxItems": 5
          },
          "asserted_by": {
            "$ref": "common.json#/$defs/org_ref",
            "description": "The organisation that vouches for the evidence."
          },
          "applies_to": {
            "$ref": "common.json#/$defs/json_pointer",
            "description": "The part of this record the evidence supports (for example `/milestones/0`)."
          }
        },
        "additionalProperties": false
      },
      "maxItems": 500
    },
    "progress_reports": {
      "type": "array",
      "description": "The source's progress reports over time, newest last.",
      "items": {
        "title": "ProgressReport",
        "type": "object",
        "description": "One progress report.",
        "required": [
          "reported_at",
          "summary"
        ],
        "properties": {
          "reported_at": {
            "$ref": "common.json#/$defs/date",
            "description": "When the report was made."
          },
          "period": {
            "$ref": "common.json#/$defs/period",
            "description": "The period it covers."
          },
          "status": {
            "type": "string",
            "description": "The status at the time of the report.",
            "enum": [
              "planned",
              "implementing",
              "completed",
              "suspended",
              "cancelled",
              "superseded"
            ],
            "x-gpos-codelist": "commitment_status"
          },
          "completion": {
            "type": "string",
            "description": "The completion level at the time of the report.",
            "enum": [
              "no_evidence_available",
              "not_started",
              "limited",
              "substantial",
              "complete"
            ],
            "x-gpos-codelist": "completion_level"
          },
          "summary": {
            "$ref": "common.json#/$defs/text",
            "description": "What happened in the period."
          },
          "evidence_refs": {
            "type": "array",
            "description": "Evidence for the report.",
            "items": {
              "type": "string",
              "description": "The `evidence_id` of an item in `evidence`.",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "uniqueItems": true,
            "maxItems": 100
          }
        },
        "additionalProperties": false
      },
      "maxItems": 200
    },
    "assessments": {
      "type": "array",
      "description": "Assessments of the commitment, kept apart from self-reporting, on Open Government Partnership IRM scales.",
      "items": {
        "title": "Assessment",
        "type": "object",
        "description": "One assessment.",
        "required": [
          "assessment_type",
          "assessor",
          "date"
        ],
        "properties": {
          "assessment_type": {
            "type": "string",
            "description": "Who assessed: the partner itself, an independent reviewer or a peer.",
            "enum": [
              "self_assessment",
              "independent_review",
              "peer_review"
            ],
            "x-gpos-codelist": "assessment_type"
          },
          "assessor": {
            "$ref": "common.json#/$defs/org_ref",
            "description": "The assessing organisation."
          },
          "date": {
            "$ref": "common.json#/$defs/date",
            "description": "When the assessment was made."
          },
          "stage": {
            "type": "string",
            "description": "When in the commitment's life it was assessed.",
            "enum": [
              "design_review",
              "mid_term",
              "end_of_term"
            ],
            "x-gpos-codelist": "assessment_stage"
          },
          "verifiability": {
            "type": "string",
            "description": "Whether the commitment is specific enough to verify.",
            "enum": [
              "verifiable",
              "not_verifiable"
            ],
            "x-gpos-codelist": "verifiability"
          },
          "potential_for_results": {
            "type": "string",
            "description": "How much it could change if carried out.",
            "enum": [
              "unclear",
              "modest",
              "substantial"
            ],
            "x-gpos-codelist": "potential_for_results"
          },
          "completion": {
            "type": "string",
            "description": "How far it was carried out, in the assessor's view.",
            "enum": [
              "no_evidence_available",
              "not_started",
              "limited",
              "substantial",
              "complete"
            ],
            "x-gpos-codelist": "completion_level"
          },
          "early_results": {
            "type": "string",
            "description": "Did it reduce harm from scams?",
            "enum": [
              "worsened",
              "did_not_change",
              "marginal",
              "major",
              "outstanding"
            ],
            "x-gpos-codelist": "early_results"
          },
          "rationale": {
            "$ref": "common.json#/$defs/text",
            "description": "The reasons for the ratings."
          },
          "evidence_refs": {
            "type": "array",
            "description": "Evidence the assessor relied on.",
            "items": {
              "type": "string",
              "description": "The `evidence_id` of an item in `evidence`.",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "uniqueItems": true,
            "maxItems": 100
          }
        },
        "additionalProperties": false
      },
      "maxItems": 50
    },
    "related_commitments": {
      "type": "array",
      "description": "Other commitments this one relates to.",
      "items": {
        "title": "RelatedCommitment",
        "type": "object",
        "description": "A related commitment.",
        "required": [
          "ref",
          "relationship"
        ],
        "properties": {
          "ref": {
            "$ref": "common.json#/$defs/commitment_id",
            "description": "The related commitment."
          },
          "relationship": {
            "type": "string",
            "description": "How it relates.",
            "enum": [
              "supersedes",
              "part_of",
              "depends_on",
              "cross_border_counterpart"
            ],
            "x-gpos-codelist": "commitment_relationship"
          }
        },
        "additionalProperties": false
      },
      "maxItems": 100
    }
  },
  "additionalProperties": false,
  "$defs": {
    "metric_value": {
      "title": "MetricValue",
      "type": "object",
      "description": "A value of a metric at a date: a number, an amount of money, words, or a combination.",
      "properties": {
        "value": {
          "type": "number",
          "description": "The numeric value, in the metric's unit. Omitted for qualitative metrics."
        },
        "amount": {
          "$ref": "common.json#/$defs/value",
          "description": "The value of a metric measured in money (funds frozen, losses prevented), instead of `value`: an amount with its currency or asset, never a bare number (from 1.1)."
        },
        "text": {
          "$ref": "common.json#/$defs/text",
          "description": "The value in words, for qualitative metrics or to explain a number."
        },
        "date": {
          "$ref": "common.json#/$defs/date",
          "description": "The date the value refers to."
        },
        "status": {
          "type": "string",
          "description": "How firm the value is.",
          "enum": [
            "provisional",
            "final",
            "estimated",
            "missing",
            "confidential"
          ],
          "x-gpos-codelist": "observation_status"
        }
      },
      "additionalProperties": false
    }
  }
};

/** Indicator: A partner's statement that an observable (a URL, phone number, bank account, wallet, account…) is used for scams, with what it did in the scam, when it was seen, how sure the partner is, and what has been done about it. */
export const indicatorSchema: JsonSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.gpos.network/v1/indicator.json",
  "title": "Indicator",
  "description": "A partner's statement that an observable (a URL, phone number, bank account, wallet, account…) is used for scams, with what it did in the scam, when it was seen, how sure the partner is, and what has been done about it.",
  "type": "object",
  "required": [
    "type",
    "id",
    "spec_version",
    "created",
    "modified",
    "source",
    "tlp",
    "observable",
    "status"
  ],
  "properties": {
    "type": {
      "const": "indicator",
      "description": "Always `indicator`: the record family, used to choose the schema that validates the record."
    },
    "id": {
      "$ref": "common.json#/$defs/indicator_id",
      "description": "The record's identifier, `indicator--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`."
    },
    "spec_version": {
      "$ref": "common.json#/$defs/spec_version",
      "description": "The version of this standard the record follows."
    },
    "created": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When the first version of the record was created by its source. Never changes between versions."
    },
    "modified": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones."
    },
    "source": {
      "$ref": "common.json#/$defs/org_ref",
      "description": "The organisation that produced the record and answers for its content."
    },
    "tlp": {
      "$ref": "common.json#/$defs/tlp",
      "description": "The Traffic Light Protocol 2.0 marking of the whole record: who the recipient may share it with."
    },
    "markings": {
      "$ref": "common.json#/$defs/markings",
      "description": "Parts of the record marked with another TLP than the record's: stricter parts are removed for audiences below them; a part may be lower only where its codelist entry allows it."
    },
    "pap": {
      "$ref": "common.json#/$defs/pap",
      "description": "Permissible Actions Protocol marking: what the recipient may do with the record (for example block or take down), separate from who may see it."
    },
    "confidence": {
      "$ref": "common.json#/$defs/confidence",
      "description": "How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed)."
    },
    "source_reliability": {
      "$ref": "common.json#/$defs/source_reliability",
      "description": "How reliable the source of the information is, on the Admiralty scale (`a` completely reliable to `f` cannot be judged), beside `confidence` in the information itself."
    },
    "labels": {
      "$ref": "common.json#/$defs/labels",
      "description": "Free tags the source uses to group records. Not a substitute for the coded fields."
    },
    "local_refs": {
      "$ref": "common.json#/$defs/local_refs",
      "description": "The source's own reference numbers for this record (police report number, hotline ticket, bank claim id), so partners can quote them back."
    },
    "external_refs": {
      "$ref": "common.json#/$defs/external_refs",
      "description": "References to the same thing in other systems or publications (STIX objects, Chainabuse reports, news articles)."
    },
    "provenance": {
      "$ref": "common.json#/$defs/provenance",
      "description": "How the information in the record was obtained."
    },
    "revoked": {
      "type": "boolean",
      "description": "True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked."
    },
    "revocation_reason": {
      "description": "Why the record was revoked, in a sentence the recipient can act on (for example \"reported in error: the number belongs to a bank hotline\"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
      "anyOf": [
        {
          "type": "string",
          "maxLength": 1000,
          "description": "The reason as a plain string in one language (the 1.0 form, still valid)."
        },
        {
          "$ref": "common.json#/$defs/text",
          "description": "The reason by language (since 1.1)."
        }
      ]
    },
    "extensions": {
      "$ref": "common.json#/$defs/extensions",
      "description": "Data outside the standard, keyed by a registered extension namespace. Unregistered namespaces are rejected."
    },
    "observable": {
      "title": "Observable",
      "type": "object",
      "description": "The thing that was seen: a phone number, URL, account or wallet. Keeps three forms: `raw` as reported, `canonical` as the versioned normaliser wrote it, and `match_keys` for matching. When the value itself may not travel, `pseudonym` replaces `raw` and `canonical`.",
      "required": [
        "kind"
      ],
      "properties": {
        "kind": {
          "type": "string",
          "description": "The kind of observable, which fixes its canonical form and its normaliser.",
          "enum": [
            "url",
            "hostname",
            "domain",
            "ip_address",
            "email_address",
            "phone_number",
            "sms_sender_id",
            "bank_account",
            "iban",
            "payment_proxy",
            "ewallet_account",
            "vasp_account",
            "payment_card",
            "crypto_address",
            "crypto_transaction",
            "social_media_account",
            "messaging_account",
            "mobile_app",
            "file",
            "message_template",
            "online_ad"
          ],
          "x-gpos-codelist": "indicator_kind"
        },
        "id": {
          "$ref": "common.json#/$defs/observable_id",
          "description": "The deterministic id of the observable, derived from its kind and canonical value. Absent when only a pseudonym is shared."
        },
        "raw": {
          "type": "string",
          "description": "The value as it was reported, possibly defanged (`hxxps://bad[.]example`). Kept for audit; never used for matching.",
          "minLength": 1,
          "maxLength": 8192,
          "x-gpos-personal-data": {
            "category": "identifier",
            "min_tlp": "clear",
            "min_tlp_by": "indicator_kind.min_tlp"
          }
        },
        "canonical": {
          "type": "string",
          "description": "The value in the canonical form for its kind (E.164 phone number, lower-case A-label host, EIP-55 address, IBAN without spaces…), as produced by the normaliser named in `normalizer`.",
          "minLength": 1,
          "maxLength": 8192,
          "x-gpos-personal-data": {
            "category": "identifier",
            "min_tlp": "clear",
            "min_tlp_by": "indicator_kind.min_tlp"
          }
        },
        "pseudonym": {
          "$ref": "common.json#/$defs/pseudonym",
          "description": "A keyed pseudonym of the canonical value: an HMAC under a community key, or (since 1.1) an OPRF pseudonym made through the exchange, which partners can match without any of them holding a key that reverses it. Use it instead of `raw` and `canonical` when the value may not be shared in the clear."
        },
        "match_keys": {
          "type": "array",
          "description": "Keys for matching the observable across partners.",
          "items": {
            "title": "MatchKey",
            "type": "object",
            "description": "A key peers compare to find the same observable. Keys are derived by the normaliser; keyed HMAC keys come from the SDK.",
            "required": [
              "type",
              "value"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "What the key is.",
                "enum": [
                  "e164",
                  "hostname",
                  "registrable_domain",
                  "url",
                  "url_sanitized",
                  "ip_address",
                  "ip_prefix",
                  "email",
                  "email_domain",
                  "sender_id",
                  "bank_account",
                  "iban",
                  "payment_proxy",
                  "ewallet_account",
                  "vasp_account",
                  "card_bin_last4",
                  "chain_address",
                  "evm_address",
                  "transaction",
                  "platform_account",
                  "platform_handle",
                  "app_package",
                  "sha256",
                  "template_sha256",
                  "ad_id",
                  "hmac_sha256"
                ],
                "x-gpos-codelist": "match_key_type"
              },
              "value": {
                "type": "string",
                "description": "The key value.",
                "minLength": 1,
                "maxLength": 8192
              },
              "of": {
                "type": "string",
                "description": "For an `hmac_sha256` key: which key type was pseudonymised.",
                "enum": [
                  "e164",
                  "hostname",
                  "registrable_domain",
                  "url",
                  "url_sanitized",
                  "ip_address",
                  "ip_prefix",
                  "email",
                  "email_domain",
                  "sender_id",
                  "bank_account",
                  "iban",
                  "payment_proxy",
                  "ewallet_account",
                  "vasp_account",
                  "card_bin_last4",
                  "chain_address",
                  "evm_address",
                  "transaction",
                  "platform_account",
                  "platform_handle",
                  "app_package",
                  "sha256",
                  "template_sha256",
                  "ad_id",
                  "hmac_sha256"
                ],
                "x-gpos-codelist": "match_key_type"
              },
              "key_id": {
                "type": "string",
                "description": "For an `hmac_sha256` key: the community key id.",
                "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$"
              }
            },
            "additionalProperties": false
          },
          "maxItems": 50
        },
        "attributes": {
          "title": "ObservableAttributes",
          "type": "object",
          "description": "The structured parts of the observable, as the normaliser read them. Which parts apply depends on the kind; the canonical form is built from them.",
          "properties": {
            "country": {
              "$ref": "common.json#/$defs/country",
              "description": "Country the value belongs to: of a phone number, a bank account, an SMS sender registration or a national payment scheme."
            },
            "institution_id": {
              "type": "string",
              "description": "The bank or payment institution holding an account: a BIC (ISO 9362) or the national bank code.",
              "maxLength": 35
            },
            "institution_name": {
              "type": "string",
              "description": "The name of the institution, for display.",
              "maxLength": 200
            },
            "account_number": {
              "type": "string",
              "description": "The account number, digits and letters only, leading zeros kept. Personal data when the holder is a person.",
              "maxLength": 64,
              "x-gpos-personal-data": {
                "category": "identifier",
                "min_tlp": "amber"
              }
            },
            "scheme": {
              "type": "string",
              "description": "The payment scheme of a proxy or alias (for example `promptpay`, `paynow`, `upi`, `payid`, `fps_hk`).",
              "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
              "maxLength": 100,
              "x-gpos-codelist": "payment_scheme"
            },
            "proxy_type": {
              "type": "string",
              "description": "The ISO 20022 ExternalProxyAccountType1Code of a payment proxy (for example `MBNO` mobile number, `NIDN` national id, `EWAL` e-wallet).",
              "pattern": "^[A-Z]{4}$"
            },
            "provider": {
              "type": "string",
              "description": "The e-wallet provider (for example `truemoney`, `gcash`, `alipay`).",
              "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
              "maxLength": 100,
              "x-gpos-codelist": "ewallet_provider"
            },
            "vasp": {
              "type": "string",
              "description": "The virtual-asset service provider (crypto exchange, broker or custodial wallet) of an exchange account: the local part of its `VASP:` organisation reference, for example `binance` for `VASP:binance`.",
              "pattern": "^[a-z0-9]+(?:[_-][a-z0-9]+)*$",
              "maxLength": 100
            },
            "account_id": {
              "type": "string",
              "description": "The account identifier at an e-wallet provider, or the customer account id (UID) at a virtual-asset service provider.",
              "maxLength": 200,
              "x-gpos-personal-data": {
                "category": "identifier",
                "min_tlp": "amber"
              }
            },
            "bin": {
              "type": "string",
              "description": "The issuer identification number: the first 6 to 8 digits of a payment card.",
              "pattern": "^[0-9]{6,8}$"
            },
            "last4": {
              "type": "string",
              "description": "The last four digits of a payment card. The full card number is never shared.",
              "pattern": "^[0-9]{4}$"
            },
            "card_network": {
              "type": "string",
              "description": "The card network (for example `visa`, `mastercard`, `unionpay`).",
              "maxLength": 50
            },
            "issuer_country": {
              "$ref": "common.json#/$defs/country",
              "description": "Country of the card issuer."
            },
            "chain_id": {
              "type": "string",
              "description": "The blockchain as a CAIP-2 chain id (`namespace:reference`).",
              "pattern": "^[-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32}$",
              "examples": [
                "eip155:1",
                "bip122:000000000019d6689c085ae165831e93"
              ]
            },
            "address": {
              "type": "string",
              "description": "The crypto address in its canonical form for the chain.",
              "maxLength": 128
            },
            "memo": {
              "type": "string",
              "description": "A destination tag or memo that routes funds to one customer of a custodial address.",
              "maxLength": 100
            },
            "custodian": {
              "$ref": "common.json#/$defs/org_ref",
              "description": "The exchange or custodian that controls the address, where known: freezes happen there."
            },
            "asset": {
              "type": "string",
              "description": "The asset most seen at the address, as a CAIP-19 asset type or ticker.",
              "maxLength": 200
            },
            "tx_hash": {
              "type": "string",
              "description": "A transaction hash in the canonical form for the chain.",
              "maxLength": 128
            },
            "platform": {
              "type": "string",
              "description": "The platform of an account, app store or ad, from the `platform` codelist.",
              "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
              "maxLength": 100,
              "x-gpos-codelist": "platform"
            },
            "platform_user_id": {
              "type": "string",
              "description": "The platform's stable identifier for the account (preferred over the handle, which can be renamed).",
              "maxLength": 200
            },
            "handle": {
              "type": "string",
              "description": "The account handle without a leading @, as displayed.",
              "maxLength": 200
            },
            "package_name": {
              "type": "string",
              "description": "The Android package name or iOS bundle id of a mobile app.",
              "maxLength": 255
            },
            "app_platform": {
              "type": "string",
              "description": "The mobile operating system of an app.",
              "enum": [
                "android",
                "ios",
                "other"
              ],
              "x-gpos-codelist": "app_platform"
            },
            "number_type": {
              "type": "string",
              "description": "The type of a phone number as libphonenumber reports it (for example `MOBILE`, `FIXED_LINE`, `VOIP`, `TOLL_FREE`).",
              "maxLength": 40
            },
            "sender": {
              "type": "string",
              "description": "An SMS sender id as displayed.",
              "maxLength": 20
            },
            "is_private_suffix": {
              "type": "boolean",
              "description": "True when the registrable domain sits under a private Public Suffix List entry (for example `azurewebsites.net`), so only the tenant, never the platform, is meant."
            },
            "display": {
              "type": "string",
              "description": "A human-friendly form for display only (for example the Unicode form of an internationalised domain).",
              "maxLength": 4096
            },
            "port": {
              "type": "integer",
              "minimum": 0,
              "maximum": 65535,
              "description": "A port number, needed to identify a subscriber behind carrier-grade NAT."
            },
            "ad_id": {
              "type": "string",
              "description": "The platform's identifier of an ad.",
              "maxLength": 200
            },
            "unverified": {
              "type": "boolean",
              "description": "True when the normaliser recognised the syntax but has no checksum or registry to verify the value."
            }
          },
          "additionalProperties": false
        },
        "normalizer": {
          "title": "Normalizer",
          "type": "object",
          "description": "The normaliser that produced `canonical` and `match_keys`, so peers can re-derive them.",
          "required": [
            "name",
            "version"
          ],
          "properties": {
            "name": {
              "type": "string",
              "description": "The normaliser (for example `@gpos/normalize`).",
              "maxLength": 100
            },
            "version": {
              "type": "string",
              "description": "Its semantic version.",
              "pattern": "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"
            }
          },
          "additionalProperties": false
        }
      },
      "additionalProperties": false
    },
    "roles": {
      "type": "array",
      "description": "What the observable did in the scam.",
      "items": {
        "type": "string",
        "description": "One role, from the `indicator_role` codelist (for example `contact_channel`, `landing_page`, `payment_destination`).",
        "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
        "maxLength": 100,
        "x-gpos-codelist": "indicator_role"
      },
      "uniqueItems": true,
      "maxItems": 20
    },
    "typology": {
      "type": "array",
      "description": "The kinds of scam the observable was used for, most specific first, from the `typology` codelist.",
      "items": {
        "type": "string",
        "description": "A scam type code (for example `investment.relationship`).",
        "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
        "maxLength": 100,
        "x-gpos-codelist": "typology"
      },
      "uniqueItems": true,
      "maxItems": 20
    },
    "impersonated": {
      "type": "array",
      "description": "Whom the scam pretended to be, when the observable was used to impersonate someone.",
      "items": {
        "$ref": "common.json#/$defs/impersonated_entity"
      },
      "maxItems": 20
    },
    "enablers": {
      "type": "array",
      "description": "Techniques and tools the indicator was used with, from the `enabler` codelist (for example a phone number used for `voice_clone` calls, an ad using a `deepfake_video`). The same codelist as a case's enablers. Since 1.1.",
      "items": {
        "type": "string",
        "description": "One enabler.",
        "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
        "maxLength": 100,
        "x-gpos-codelist": "enabler"
      },
      "uniqueItems": true,
      "maxItems": 30
    },
    "status": {
      "type": "string",
      "description": "Where the observable stands: reported, confirmed, active, mitigated, a false positive…",
      "enum": [
        "reported",
        "suspected",
        "confirmed",
        "active",
        "mitigated",
        "expired",
        "false_positive",
        "disputed",
        "allowlisted"
      ],
      "x-gpos-codelist": "indicator_status"
    },
    "actionable": {
      "type": "boolean",
      "description": "Whether recipients may act on the indicator automatically (block, suspend). Defaults per kind: an IBAN is actionable, a phone number is not, because phone numbers are often hijacked or spoofed."
    },
    "first_seen": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When the observable was first seen used in a scam."
    },
    "last_seen": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When it was last seen used in a scam."
    },
    "valid_until": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "After this time recipients should stop acting on the indicator unless it is renewed (scam infrastructure rotates fast)."
    },
    "sighting_count": {
      "type": "integer",
      "minimum": 0,
      "description": "How many reports the source received about the observable, without naming the reporters."
    },
    "predictive": {
      "type": "boolean",
      "description": "True when the indicator was produced by an algorithm rather than from a confirmed report."
    },
    "countries": {
      "type": "array",
      "description": "Countries where the observable was used against victims.",
      "items": {
        "$ref": "common.json#/$defs/country"
      },
      "uniqueItems": true,
      "maxItems": 250
    },
    "description": {
      "$ref": "common.json#/$defs/text",
      "description": "What the source knows about the observable, for a human reader. Must not contain personal data."
    },
    "actions": {
      "type": "array",
      "description": "Takedowns, blocks and freezes requested or done.",
      "items": {
        "title": "IndicatorAction",
        "type": "object",
        "description": "Something a partner did, or was asked to do, about the observable: a takedown, a block, a freeze.",
        "required": [
          "type",
          "outcome",
          "actor"
        ],
        "properties": {
          "request_id": {
            "$ref": "common.json#/$defs/uuid",
            "description": "The identifier of the request that asked for the action: the same `request_id` as its `takedown.requested` exchange event and the `takedown.outcome` answer (from 1.1)."
          },
          "type": {
            "type": "string",
            "description": "What was done, from the `action_type` codelist (for example `site_taken_down`, `number_blocked`, `bank_account_frozen`).",
            "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
            "maxLength": 100,
            "x-gpos-codelist": "action_type"
          },
          "outcome": {
            "type": "string",
            "description": "Where the action stands: requested, done, partially done, refused or failed.",
            "enum": [
              "requested",
              "done",
              "partial",
              "refused",
              "failed"
            ],
            "x-gpos-codelist": "action_outcome"
          },
          "outcome_reason": {
            "type": "string",
            "description": "Why the action ended as it did, from the `takedown_outcome_reason` codelist: `actioned`, or the reason it was refused or failed (`court_order_required`, `no_policy_violation`, `not_found`…) (from 1.1).",
            "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
            "maxLength": 100,
            "x-gpos-codelist": "takedown_outcome_reason"
          },
          "actor": {
            "$ref": "common.json#/$defs/org_ref",
            "description": "The organisation that took (or was asked to take) the action."
          },
          "requested_by": {
            "$ref": "common.json#/$defs/org_ref",
            "description": "The organisation that asked for the action, when it is not the actor."
          },
          "requested_at": {
            "$ref": "common.json#/$defs/timestamp",
            "description": "When the action was requested."
          },
          "respond_by": {
            "$ref": "common.json#/$defs/timestamp",
            "description": "When the requester needs an answer by, as the request said (a legal deadline or the time before funds move on) (from 1.1)."
          },
          "at": {
            "$ref": "common.json#/$defs/timestamp",
            "description": "When the action took effect (or was refused)."
          },
          "amount": {
            "$ref": "common.json#/$defs/value",
            "description": "Funds held or frozen by the action, in the currency or asset of the account (from 1.1 a value: a crypto asset frozen by its issuer, such as USDT frozen by Tether)."
          },
          "legal_basis": {
            "description": "The law, order or policy under which the action was taken (for example \"Emergency Decree on Measures for Prevention and Suppression of Technology Crimes B.E. 2566, s. 6\"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
            "anyOf": [
              {
                "type": "string",
                "maxLength": 1000,
                "description": "The legal basis as a plain string in one language (the 1.0 form, still valid)."
              },
              {
                "$ref": "common.json#/$defs/text",
                "description": "The legal basis by language (since 1.1)."
              }
            ]
          },
          "reference": {
            "$ref": "common.json#/$defs/local_ref",
            "description": "The actor's reference for the action (takedown ticket, freeze order number)."
          },
          "note": {
            "description": "Anything the recipient needs to know about the action. A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
            "anyOf": [
              {
                "type": "string",
                "maxLength": 2000,
                "description": "The note as a plain string in one language (the 1.0 form, still valid)."
              },
              {
                "$ref": "common.json#/$defs/text",
                "description": "The note by language (since 1.1)."
              }
            ]
          },
          "appeal": {
            "title": "ActionAppeal",
            "type": "object",
            "description": "An appeal against the outcome: the requester asks again (with a court order, more evidence), or the account holder contests the action (from 1.1).",
            "required": [
              "appealed_at"
            ],
            "properties": {
              "appealed_at": {
                "$ref": "common.json#/$defs/timestamp",
                "description": "When the appeal was lodged."
              },
              "by": {
                "$ref": "common.json#/$defs/org_ref",
                "description": "The organisation that appealed, when it is not the requester."
              },
              "grounds": {
                "type": "string",
                "description": "What the appeal adds, from the `appeal_grounds` codelist (for example `court_order_obtained`, `new_evidence`, `holder_contests`).",
                "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
                "maxLength": 100,
                "x-gpos-codelist": "appeal_grounds"
              },
              "status": {
                "type": "string",
                "description": "Where the appeal stands: `pending`, `upheld` (the first outcome stands), or `overturned` (the outcome was changed, see the action's `outcome`).",
                "enum": [
                  "pending",
                  "upheld",
                  "overturned"
                ],
                "x-gpos-codelist": "appeal_status"
              },
              "decided_at": {
                "$ref": "common.json#/$defs/timestamp",
                "description": "When the appeal was decided."
              },
              "reference": {
                "$ref": "common.json#/$defs/local_ref",
                "description": "The reference of the appeal or of the court order it relies on."
              },
              "note": {
                "description": "Anything the recipient needs to know about the appeal. A plain string, or text by language with the original marked by `original_language`.",
                "anyOf": [
                  {
                    "type": "string",
                    "maxLength": 2000,
                    "description": "The note as a plain string in one language."
                  },
                  {
                    "$ref": "common.json#/$defs/text",
                    "description": "The note by language."
                  }
                ]
              }
            },
            "additionalProperties": false
          },
          "reversal": {
            "title": "ActionReversal",
            "type": "object",
            "description": "The action was undone after it took effect: a site restored, an account reinstated, funds released (from 1.1).",
            "required": [
              "reversed_at"
            ],
            "properties": {
              "reversed_at": {
                "$ref": "common.json#/$defs/timestamp",
                "description": "When the action was undone."
              },
              "by": {
                "$ref": "common.json#/$defs/org_ref",
                "description": "The organisation that undid it, when it is not the actor."
              },
              "reason": {
                "type": "string",
                "description": "Why it was undone, from the `takedown_outcome_reason` codelist (for example `false_positive`, `appeal_overturned`, `court_order_lifted`).",
                "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
                "maxLength": 100,
                "x-gpos-codelist": "takedown_outcome_reason"
              },
              "note": {
                "description": "Anything the recipient needs to know about the reversal. A plain string, or text by language with the original marked by `original_language`.",
                "anyOf": [
                  {
                    "type": "string",
                    "maxLength": 2000,
                    "description": "The note as a plain string in one language."
                  },
                  {
                    "$ref": "common.json#/$defs/text",
                    "description": "The note by language."
                  }
                ]
              }
            },
            "additionalProperties": false
          }
        },
        "additionalProperties": false
      },
      "maxItems": 1000
    },
    "related_indicators": {
      "type": "array",
      "description": "Other indicators in the same scam operation (the landing page of a phone number, the wallet of a fake app). Shorthand for `relationship` records of type `linked_to`; use a relationship to say how they are related.",
      "items": {
        "$ref": "common.json#/$defs/indicator_id"
      },
      "uniqueItems": true,
      "maxItems": 1000
    }
  },
  "additionalProperties": false
};

/** Operation: A scam operation: a scam compound, a call-centre network, a money-laundering network or a recruitment network, named as investigators and victims know it, with where it works from, what it runs, its size, and who investigated or disrupted it. The wallets, numbers, domains and accounts it uses and the cases it caused are linked to it with `relationship` records. */
export const operationSchema: JsonSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.gpos.network/v1/operation.json",
  "title": "Operation",
  "description": "A scam operation: a scam compound, a call-centre network, a money-laundering network or a recruitment network, named as investigators and victims know it, with where it works from, what it runs, its size, and who investigated or disrupted it. The wallets, numbers, domains and accounts it uses and the cases it caused are linked to it with `relationship` records.",
  "type": "object",
  "required": [
    "type",
    "id",
    "spec_version",
    "created",
    "modified",
    "source",
    "tlp",
    "name",
    "kind",
    "status"
  ],
  "properties": {
    "type": {
      "const": "operation",
      "description": "Always `operation`: the record family, used to choose the schema that validates the record."
    },
    "id": {
      "$ref": "common.json#/$defs/operation_id",
      "description": "The record's identifier, `operation--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`."
    },
    "spec_version": {
      "$ref": "common.json#/$defs/spec_version",
      "description": "The version of this standard the record follows."
    },
    "created": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When the first version of the record was created by its source. Never changes between versions."
    },
    "modified": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones."
    },
    "source": {
      "$ref": "common.json#/$defs/org_ref",
      "description": "The organisation that produced the record and answers for its content."
    },
    "tlp": {
      "$ref": "common.json#/$defs/tlp",
      "description": "The Traffic Light Protocol 2.0 marking of the whole record: who the recipient may share it with."
    },
    "markings": {
      "$ref": "common.json#/$defs/markings",
      "description": "Parts of the record marked with another TLP than the record's: stricter parts are removed for audiences below them; a part may be lower only where its codelist entry allows it."
    },
    "pap": {
      "$ref": "common.json#/$defs/pap",
      "description": "Permissible Actions Protocol marking: what the recipient may do with the record (for example block or take down), separate from who may see it."
    },
    "confidence": {
      "$ref": "common.json#/$defs/confidence",
      "description": "How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed)."
    },
    "source_reliability": {
      "$ref": "common.json#/$defs/source_reliability",
      "description": "How reliable the source of the information is, on the Admiralty scale (`a` completely reliable to `f` cannot be judged), beside `confidence` in the information itself."
    },
    "labels": {
      "$ref": "common.json#/$defs/labels",
      "description": "Free tags the source uses to group records. Not a substitute for the coded fields."
    },
    "local_refs": {
      "$ref": "common.json#/$defs/local_refs",
      "description": "The source's own reference numbers for this record (police report number, hotline ticket, bank claim id), so partners can quote them back."
    },
    "external_refs": {
      "$ref": "common.json#/$defs/external_refs",
      "description": "References to the same thing in other systems or publications (STIX objects, Chainabuse reports, news articles)."
    },
    "provenance": {
      "$ref": "common.json#/$defs/provenance",
      "description": "How the information in the record was obtained."
    },
    "revoked": {
      "type": "boolean",
      "description": "True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked."
    },
    "revocation_reason": {
      "description": "Why the record was revoked, in a sentence the recipient can act on (for example \"reported in error: the number belongs to a bank hotline\"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
      "anyOf": [
        {
          "type": "string",
          "maxLength": 1000,
          "description": "The reason as a plain string in one language (the 1.0 form, still valid)."
        },
        {
          "$ref": "common.json#/$defs/text",
          "description": "The reason by language (since 1.1)."
        }
      ]
    },
    "extensions": {
      "$ref": "common.json#/$defs/extensions",
      "description": "Data outside the standard, keyed by a registered extension namespace. Unregistered namespaces are rejected."
    },
    "name": {
      "$ref": "common.json#/$defs/text",
      "description": "The name the operation is known by, in one or more languages (for example the compound's or the brand's name as investigators, victims or the press use it)."
    },
    "aliases": {
      "type": "array",
      "description": "Other names the operation is known by, each in one or more languages: earlier names, brand names, names in other scripts.",
      "items": {
        "$ref": "common.json#/$defs/text",
        "description": "One alternative name."
      },
      "maxItems": 100
    },
    "kind": {
      "type": "string",
      "description": "What kind of operation it is, from the `operation_kind` codelist (for example `scam_compound`, `call_centre`, `laundering_network`, `recruitment_network`).",
      "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
      "maxLength": 100,
      "x-gpos-codelist": "operation_kind"
    },
    "status": {
      "type": "string",
      "description": "Where the operation stands as far as the source knows: active, disrupted, dismantled, relocated or unknown.",
      "enum": [
        "active",
        "disrupted",
        "dismantled",
        "relocated",
        "unknown"
      ],
      "x-gpos-codelist": "operation_status"
    },
    "status_date": {
      "$ref": "common.json#/$defs/date_or_timestamp",
      "description": "When the operation reached its current `status` (for example the day of the raid that dismantled it)."
    },
    "description": {
      "$ref": "common.json#/$defs/text",
      "description": "What the source knows about the operation, for a human reader. Must not contain personal data: name people, accounts and numbers through their own records and relationships."
    },
    "operates_from": {
      "type": "array",
      "description": "Where the operation works from: a compound, an office, the base of a network. Several places for a network that spans borders or has relocated.",
      "items": {
        "$ref": "#/$defs/operating_location"
      },
      "maxItems": 100
    },
    "target_countries": {
      "type": "array",
      "description": "Countries whose residents the operation targets.",
      "items": {
        "$ref": "common.json#/$defs/country",
        "description": "One country targeted."
      },
      "uniqueItems": true,
      "maxItems": 250
    },
    "target_languages": {
      "type": "array",
      "description": "Languages the operation's scripts and sites use to reach victims.",
      "items": {
        "$ref": "common.json#/$defs/language",
        "description": "One language."
      },
      "uniqueItems": true,
      "maxItems": 100
    },
    "typology": {
      "type": "array",
      "description": "The kinds of scam the operation runs, most common first, from the `typology` codelist.",
      "items": {
        "type": "string",
        "description": "A scam type code (for example `investment.relationship`).",
        "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
        "maxLength": 100,
        "x-gpos-codelist": "typology"
      },
      "uniqueItems": true,
      "maxItems": 20
    },
    "contact_channels": {
      "type": "array",
      "description": "How the operation reaches its victims, from the `contact_channel` codelist.",
      "items": {
        "type": "string",
        "description": "A contact channel code (for example `messaging_app`, `phone_call`).",
        "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
        "maxLength": 100,
        "x-gpos-codelist": "contact_channel"
      },
      "uniqueItems": true,
      "maxItems": 20
    },
    "first_seen": {
      "$ref": "common.json#/$defs/date_or_timestamp",
      "description": "When the operation was first known to be active."
    },
    "last_seen": {
      "$ref": "common.json#/$defs/date_or_timestamp",
      "description": "When the operation was last known to be active."
    },
    "investigated_by": {
      "type": "array",
      "description": "Organisations that investigated or are investigating the operation (police, financial intelligence units, platforms' investigation teams).",
      "items": {
        "$ref": "common.json#/$defs/org_ref",
        "description": "One organisation."
      },
      "uniqueItems": true,
      "maxItems": 100
    },
    "disrupted_by": {
      "type": "array",
      "description": "Organisations that disrupted or dismantled the operation, by raids, takedowns, freezes or cutting its power, internet or telecommunications.",
      "items": {
        "$ref": "common.json#/$defs/org_ref",
        "description": "One organisation."
      },
      "uniqueItems": true,
      "maxItems": 100
    },
    "size_estimates": {
      "type": "array",
      "description": "Estimates of the operation's size (workers, trafficked persons, victims, phones, accounts), each with its basis.",
      "items": {
        "$ref": "#/$defs/size_estimate"
      },
      "maxItems": 100
    }
  },
  "additionalProperties": false,
  "$defs": {
    "operating_location": {
      "title": "OperatingLocation",
      "type": "object",
      "description": "A place an operation works from, no more precise than a town or district: a coarse point with its radius at most.",
      "required": [
        "country"
      ],
      "properties": {
        "country": {
          "$ref": "common.json#/$defs/country",
          "description": "The country the place is in."
        },
        "subdivision": {
          "$ref": "common.json#/$defs/subdivision",
          "description": "The ISO 3166-2 subdivision (province, state, region) the place is in."
        },
        "locality": {
          "type": "string",
          "description": "The town, district or special economic zone as it is commonly named (for example \"Myawaddy\", \"Shwe Kokko\", \"Sihanoukville\").",
          "minLength": 1,
          "maxLength": 200
        },
        "latitude": {
          "type": "number",
          "minimum": -90,
          "maximum": 90,
          "description": "The latitude of a coarse point (WGS 84 decimal degrees) inside the area. Round to two decimals: this standard never shares a building's position."
        },
        "longitude": {
          "type": "number",
          "minimum": -180,
          "maximum": 180,
          "description": "The longitude of a coarse point (WGS 84 decimal degrees) inside the area. Round to two decimals."
        },
        "radius_km": {
          "type": "number",
          "minimum": 1,
          "maximum": 1000,
          "description": "How far from the point, in kilometres, the operation may be: the uncertainty of the point. At least 1 km."
        },
        "period": {
          "$ref": "common.json#/$defs/period",
          "description": "When the operation worked from this place, for an operation that has moved."
        }
      },
      "additionalProperties": false
    },
    "size_estimate": {
      "title": "SizeEstimate",
      "type": "object",
      "description": "An estimate of one measure of the operation's size: a single value, a range from `low` to `high`, or both, with the basis of the estimate.",
      "required": [
        "measure"
      ],
      "properties": {
        "measure": {
          "type": "string",
          "description": "What is estimated, from the `operation_size_measure` codelist (for example `workers`, `trafficked_persons`, `victims`, `phone_numbers`).",
          "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
          "maxLength": 100,
          "x-gpos-codelist": "operation_size_measure"
        },
        "value": {
          "type": "integer",
          "minimum": 0,
          "description": "The best single estimate."
        },
        "low": {
          "type": "integer",
          "minimum": 0,
          "description": "The low end of the estimated range."
        },
        "high": {
          "type": "integer",
          "minimum": 0,
          "description": "The high end of the estimated range; at least `low`."
        },
        "as_of": {
          "$ref": "common.json#/$defs/date",
          "description": "The date the estimate refers to."
        },
        "basis": {
          "description": "What the estimate rests on, in a sentence (for example \"satellite imagery of dormitory blocks\", \"count of persons rescued in the March raid\", \"testimony of escaped workers\"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
          "anyOf": [
            {
              "type": "string",
              "minLength": 1,
              "maxLength": 2000,
              "description": "The basis as a plain string in one language (the 1.0 form, still valid)."
            },
            {
              "$ref": "common.json#/$defs/text",
              "description": "The basis by language (since 1.1)."
            }
          ]
        },
        "estimated_by": {
          "$ref": "common.json#/$defs/org_ref",
          "description": "The organisation that made the estimate, when it is not the record source."
        }
      },
      "additionalProperties": false
    }
  }
};

/** Organisation: A partner or other organisation that appears in GPOS data: an anti-scam centre, a police unit, a financial intelligence unit, a bank, a platform, a telecom operator. Records elsewhere name it by its `identifier`. */
export const organizationSchema: JsonSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.gpos.network/v1/organization.json",
  "title": "Organisation",
  "description": "A partner or other organisation that appears in GPOS data: an anti-scam centre, a police unit, a financial intelligence unit, a bank, a platform, a telecom operator. Records elsewhere name it by its `identifier`.",
  "type": "object",
  "required": [
    "type",
    "id",
    "spec_version",
    "created",
    "modified",
    "source",
    "tlp",
    "identifier",
    "name",
    "kind",
    "country"
  ],
  "properties": {
    "type": {
      "const": "organization",
      "description": "Always `organization`: the record family, used to choose the schema that validates the record."
    },
    "id": {
      "$ref": "common.json#/$defs/organization_id",
      "description": "The record's identifier, `organization--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`."
    },
    "spec_version": {
      "$ref": "common.json#/$defs/spec_version",
      "description": "The version of this standard the record follows."
    },
    "created": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When the first version of the record was created by its source. Never changes between versions."
    },
    "modified": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones."
    },
    "source": {
      "$ref": "common.json#/$defs/org_ref",
      "description": "The organisation that produced the record and answers for its content."
    },
    "tlp": {
      "$ref": "common.json#/$defs/tlp",
      "description": "The Traffic Light Protocol 2.0 marking of the whole record: who the recipient may share it with."
    },
    "markings": {
      "$ref": "common.json#/$defs/markings",
      "description": "Parts of the record marked with another TLP than the record's: stricter parts are removed for audiences below them; a part may be lower only where its codelist entry allows it."
    },
    "pap": {
      "$ref": "common.json#/$defs/pap",
      "description": "Permissible Actions Protocol marking: what the recipient may do with the record (for example block or take down), separate from who may see it."
    },
    "confidence": {
      "$ref": "common.json#/$defs/confidence",
      "description": "How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed)."
    },
    "labels": {
      "$ref": "common.json#/$defs/labels",
      "description": "Free tags the source uses to group records. Not a substitute for the coded fields."
    },
    "local_refs": {
      "$ref": "common.json#/$defs/local_refs",
      "description": "The source's own reference numbers for this record (police report number, hotline ticket, bank claim id), so partners can quote them back."
    },
    "external_refs": {
      "$ref": "common.json#/$defs/external_refs",
      "description": "References to the same thing in other systems or publications (STIX objects, Chainabuse reports, news articles)."
    },
    "provenance": {
      "$ref": "common.json#/$defs/provenance",
      "description": "How the information in the record was obtained."
    },
    "revoked": {
      "type": "boolean",
      "description": "True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked."
    },
    "revocation_reason": {
      "description": "Why the record was revoked, in a sentence the recipient can act on (for example \"reported in error: the number belongs to a bank hotline\"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
      "anyOf": [
        {
          "type": "string",
          "maxLength": 1000,
          "description": "The reason as a plain string in one language (the 1.0 form, still valid)."
        },
        {
          "$ref": "common.json#/$defs/text",
          "description": "The reason by language (since 1.1)."
        }
      ]
    },
    "extensions": {
      "$ref": "common.json#/$defs/extensions",
      "description": "Data outside the standard, keyed by a registered extension namespace. Unregistered namespaces are rejected."
    },
    "identifier": {
      "$ref": "common.json#/$defs/org_ref",
      "description": "The scheme-prefixed identifier other records use to refer to the organisation (for example `TH-GOV:aoc1441`)."
    },
    "other_identifiers": {
      "type": "array",
      "description": "Other identifiers of the same organisation (its LEI, its company registration).",
      "items": {
        "$ref": "common.json#/$defs/org_ref"
      },
      "uniqueItems": true,
      "maxItems": 20
    },
    "name": {
      "$ref": "common.json#/$defs/text",
      "description": "The name of the organisation, in its own languages and in English."
    },
    "abbreviation": {
      "type": "string",
      "description": "The short name people use (for example `AOC`).",
      "maxLength": 50
    },
    "kind": {
      "type": "string",
      "description": "What kind of organisation it is, from the `organization_kind` codelist.",
      "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
      "maxLength": 100,
      "x-gpos-codelist": "organization_kind"
    },
    "country": {
      "$ref": "common.json#/$defs/country",
      "description": "The country where it is based; `XX` is not used: international organisations give their seat."
    },
    "roles": {
      "type": "array",
      "description": "Its roles in the partnership, from the `organization_role` codelist.",
      "items": {
        "type": "string",
        "description": "One role.",
        "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
        "maxLength": 100,
        "x-gpos-codelist": "organization_role"
      },
      "uniqueItems": true,
      "maxItems": 10
    },
    "parent": {
      "$ref": "common.json#/$defs/org_ref",
      "description": "The organisation it belongs to (a police bureau within a national police)."
    },
    "website": {
      "$ref": "common.json#/$defs/url",
      "description": "Its public website."
    },
    "jwks_uri": {
      "$ref": "common.json#/$defs/url",
      "description": "Where its JSON Web Key Set is published, to verify bundles it signs."
    },
    "description": {
      "$ref": "common.json#/$defs/text",
      "description": "What the organisation does in the fight against scams."
    }
  },
  "additionalProperties": false
};

/** Relationship: A typed link between two records: this wallet is controlled by this operation, this domain was registered by the same actor as that one, this case is attributed to this operation, this mule account received funds from that one. The types, their inverses and the families they may connect are the closed `relationship_type` codelist. The untyped lists of 1.0 (`related_indicators`, `related_cases`) remain valid and mean `linked_to`. */
export const relationshipSchema: JsonSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.gpos.network/v1/relationship.json",
  "title": "Relationship",
  "description": "A typed link between two records: this wallet is controlled by this operation, this domain was registered by the same actor as that one, this case is attributed to this operation, this mule account received funds from that one. The types, their inverses and the families they may connect are the closed `relationship_type` codelist. The untyped lists of 1.0 (`related_indicators`, `related_cases`) remain valid and mean `linked_to`.",
  "type": "object",
  "required": [
    "type",
    "id",
    "spec_version",
    "created",
    "modified",
    "source",
    "tlp",
    "relationship_type",
    "source_ref",
    "target_ref"
  ],
  "properties": {
    "type": {
      "const": "relationship",
      "description": "Always `relationship`: the record family, used to choose the schema that validates the record."
    },
    "id": {
      "$ref": "common.json#/$defs/relationship_id",
      "description": "The record's identifier, `relationship--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`."
    },
    "spec_version": {
      "$ref": "common.json#/$defs/spec_version",
      "description": "The version of this standard the record follows."
    },
    "created": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When the first version of the record was created by its source. Never changes between versions."
    },
    "modified": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones."
    },
    "source": {
      "$ref": "common.json#/$defs/org_ref",
      "description": "The organisation that produced the record and answers for its content."
    },
    "tlp": {
      "$ref": "common.json#/$defs/tlp",
      "description": "The Traffic Light Protocol 2.0 marking of the whole record: who the recipient may share it with."
    },
    "markings": {
      "$ref": "common.json#/$defs/markings",
      "description": "Parts of the record marked with another TLP than the record's: stricter parts are removed for audiences below them; a part may be lower only where its codelist entry allows it."
    },
    "pap": {
      "$ref": "common.json#/$defs/pap",
      "description": "Permissible Actions Protocol marking: what the recipient may do with the record (for example block or take down), separate from who may see it."
    },
    "confidence": {
      "$ref": "common.json#/$defs/confidence",
      "description": "How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed)."
    },
    "source_reliability": {
      "$ref": "common.json#/$defs/source_reliability",
      "description": "How reliable the source of the information is, on the Admiralty scale (`a` completely reliable to `f` cannot be judged), beside `confidence` in the information itself."
    },
    "labels": {
      "$ref": "common.json#/$defs/labels",
      "description": "Free tags the source uses to group records. Not a substitute for the coded fields."
    },
    "local_refs": {
      "$ref": "common.json#/$defs/local_refs",
      "description": "The source's own reference numbers for this record (police report number, hotline ticket, bank claim id), so partners can quote them back."
    },
    "external_refs": {
      "$ref": "common.json#/$defs/external_refs",
      "description": "References to the same thing in other systems or publications (STIX objects, Chainabuse reports, news articles)."
    },
    "provenance": {
      "$ref": "common.json#/$defs/provenance",
      "description": "How the information in the record was obtained."
    },
    "revoked": {
      "type": "boolean",
      "description": "True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked."
    },
    "revocation_reason": {
      "description": "Why the record was revoked, in a sentence the recipient can act on (for example \"reported in error: the number belongs to a bank hotline\"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
      "anyOf": [
        {
          "type": "string",
          "maxLength": 1000,
          "description": "The reason as a plain string in one language (the 1.0 form, still valid)."
        },
        {
          "$ref": "common.json#/$defs/text",
          "description": "The reason by language (since 1.1)."
        }
      ]
    },
    "extensions": {
      "$ref": "common.json#/$defs/extensions",
      "description": "Data outside the standard, keyed by a registered extension namespace. Unregistered namespaces are rejected."
    },
    "relationship_type": {
      "type": "string",
      "description": "How the source record relates to the target, from the closed `relationship_type` codelist, read \"source <type> target\" (for example a wallet indicator `controlled_by` an operation). The codelist names the families each type may connect and its inverse.",
      "enum": [
        "linked_to",
        "same_as",
        "controls",
        "controlled_by",
        "uses",
        "used_by",
        "operates",
        "operated_by",
        "part_of",
        "has_part",
        "attributed_to",
        "attribution_of",
        "received_funds_from",
        "sent_funds_to",
        "registered_by_same_actor",
        "resolves_to",
        "resolved_from",
        "redirects_to",
        "redirected_from",
        "impersonates",
        "impersonated_by",
        "investigates",
        "investigated_by",
        "derived_from",
        "source_of"
      ],
      "x-gpos-codelist": "relationship_type"
    },
    "source_ref": {
      "$ref": "common.json#/$defs/object_ref",
      "description": "The record (or observable) the relationship starts from: the subject of the sentence \"source <type> target\"."
    },
    "target_ref": {
      "$ref": "common.json#/$defs/object_ref",
      "description": "The record (or observable) the relationship points to. Never the same as `source_ref`."
    },
    "start_time": {
      "$ref": "common.json#/$defs/date_or_timestamp",
      "description": "When the relationship began to hold, where known (for example when the wallet came under the operation's control)."
    },
    "stop_time": {
      "$ref": "common.json#/$defs/date_or_timestamp",
      "description": "When the relationship stopped holding; absent while it still holds."
    },
    "description": {
      "$ref": "common.json#/$defs/text",
      "description": "Why the source believes the relationship holds, for a human reader. It may name suspects or describe evidence about people, so it is personal data: TLP:AMBER at least, and removed by redaction for wider audiences.",
      "x-gpos-personal-data": {
        "category": "free_text",
        "min_tlp": "amber"
      }
    }
  },
  "additionalProperties": false
};

/** Sighting: A report that an observable was seen, and what the observer made of it: how often and from how many victims in a period, with what reported losses, and a verdict (seen, confirmed, a false positive, a spoofed genuine value, expired). It answers an indicator, or names the observable by its deterministic id. */
export const sightingSchema: JsonSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.gpos.network/v1/sighting.json",
  "title": "Sighting",
  "description": "A report that an observable was seen, and what the observer made of it: how often and from how many victims in a period, with what reported losses, and a verdict (seen, confirmed, a false positive, a spoofed genuine value, expired). It answers an indicator, or names the observable by its deterministic id.",
  "type": "object",
  "required": [
    "type",
    "id",
    "spec_version",
    "created",
    "modified",
    "source",
    "tlp",
    "verdict"
  ],
  "properties": {
    "type": {
      "const": "sighting",
      "description": "Always `sighting`: the record family, used to choose the schema that validates the record."
    },
    "id": {
      "$ref": "common.json#/$defs/sighting_id",
      "description": "The record's identifier, `sighting--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`."
    },
    "spec_version": {
      "$ref": "common.json#/$defs/spec_version",
      "description": "The version of this standard the record follows."
    },
    "created": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When the first version of the record was created by its source. Never changes between versions."
    },
    "modified": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones."
    },
    "source": {
      "$ref": "common.json#/$defs/org_ref",
      "description": "The organisation that produced the record and answers for its content."
    },
    "tlp": {
      "$ref": "common.json#/$defs/tlp",
      "description": "The Traffic Light Protocol 2.0 marking of the whole record: who the recipient may share it with."
    },
    "markings": {
      "$ref": "common.json#/$defs/markings",
      "description": "Parts of the record marked with another TLP than the record's: stricter parts are removed for audiences below them; a part may be lower only where its codelist entry allows it."
    },
    "pap": {
      "$ref": "common.json#/$defs/pap",
      "description": "Permissible Actions Protocol marking: what the recipient may do with the record (for example block or take down), separate from who may see it."
    },
    "confidence": {
      "$ref": "common.json#/$defs/confidence",
      "description": "How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed)."
    },
    "source_reliability": {
      "$ref": "common.json#/$defs/source_reliability",
      "description": "How reliable the source of the information is, on the Admiralty scale (`a` completely reliable to `f` cannot be judged), beside `confidence` in the information itself."
    },
    "labels": {
      "$ref": "common.json#/$defs/labels",
      "description": "Free tags the source uses to group records. Not a substitute for the coded fields."
    },
    "local_refs": {
      "$ref": "common.json#/$defs/local_refs",
      "description": "The source's own reference numbers for this record (police report number, hotline ticket, bank claim id), so partners can quote them back."
    },
    "external_refs": {
      "$ref": "common.json#/$defs/external_refs",
      "description": "References to the same thing in other systems or publications (STIX objects, Chainabuse reports, news articles)."
    },
    "provenance": {
      "$ref": "common.json#/$defs/provenance",
      "description": "How the information in the record was obtained."
    },
    "revoked": {
      "type": "boolean",
      "description": "True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked."
    },
    "revocation_reason": {
      "description": "Why the record was revoked, in a sentence the recipient can act on (for example \"reported in error: the number belongs to a bank hotline\"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
      "anyOf": [
        {
          "type": "string",
          "maxLength": 1000,
          "description": "The reason as a plain string in one language (the 1.0 form, still valid)."
        },
        {
          "$ref": "common.json#/$defs/text",
          "description": "The reason by language (since 1.1)."
        }
      ]
    },
    "extensions": {
      "$ref": "common.json#/$defs/extensions",
      "description": "Data outside the standard, keyed by a registered extension namespace. Unregistered namespaces are rejected."
    },
    "indicator_ref": {
      "$ref": "common.json#/$defs/indicator_id",
      "description": "The indicator that was seen, when the sighting answers a known indicator record. Give this, `observable_id`, or both."
    },
    "observable_id": {
      "$ref": "common.json#/$defs/observable_id",
      "description": "The deterministic id of the observable that was seen. A partner that holds the value but not the indicator derives it itself, so a sighting can be matched without revealing the value. Because it can be recomputed from a guessed value (a phone number, an account), it is treated as personal data: TLP:GREEN at least.",
      "x-gpos-personal-data": {
        "category": "identifier",
        "min_tlp": "green"
      }
    },
    "observed_by": {
      "$ref": "common.json#/$defs/org_ref",
      "description": "The organisation that saw the observable, when it is not the record source (for example a hotline reporting what a member bank saw)."
    },
    "first_seen": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "The start of the period the sighting covers: when the observable was first seen in it."
    },
    "last_seen": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "The end of the period the sighting covers: when the observable was last seen in it."
    },
    "count": {
      "type": "integer",
      "minimum": 0,
      "maximum": 999999999,
      "description": "How many times the observable was seen in the period (reports received, calls, transfers, blocked messages). At least `distinct_victims` when both are given."
    },
    "distinct_victims": {
      "type": "integer",
      "minimum": 0,
      "maximum": 999999999,
      "description": "How many different victims or reporters the sightings came from, counted without naming them."
    },
    "reported_losses": {
      "$ref": "common.json#/$defs/value",
      "description": "The losses the victims reported in the period, in total: money in a currency or, for losses paid in a crypto asset, the asset (with its fiat equivalent where known)."
    },
    "countries": {
      "type": "array",
      "description": "Countries where the observable was seen.",
      "items": {
        "$ref": "common.json#/$defs/country",
        "description": "One country."
      },
      "uniqueItems": true,
      "maxItems": 250
    },
    "verdict": {
      "type": "string",
      "description": "What the observer concluded: `seen` (seen, not judged), `confirmed` (seen used in a scam), `false_positive` (not a scam), `spoofed` (a genuine value, such as a bank's hotline, shown by scammers who did not control it), `expired` (no longer in use).",
      "enum": [
        "seen",
        "confirmed",
        "false_positive",
        "spoofed",
        "expired"
      ],
      "x-gpos-codelist": "sighting_verdict"
    },
    "description": {
      "$ref": "common.json#/$defs/text",
      "description": "What the observer wants the source of the indicator to know (for example \"this is our branch line; callers saw it spoofed\"). Victims are counted, never described: free text is personal data at TLP:GREEN at least, so it is never published.",
      "x-gpos-personal-data": {
        "category": "free_text",
        "min_tlp": "green"
      }
    }
  },
  "additionalProperties": false
};

/** Statistic: A published aggregate figure: reports received, accounts suspended, money frozen, returned or prevented, people rescued or repatriated, for a period and optionally a country, channel, typology or platform. Counts are decimal strings and money is an amount with its currency, never a float. Commitments cite statistics as the evidence of their metrics. */
export const statisticSchema: JsonSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.gpos.network/v1/statistic.json",
  "title": "Statistic",
  "description": "A published aggregate figure: reports received, accounts suspended, money frozen, returned or prevented, people rescued or repatriated, for a period and optionally a country, channel, typology or platform. Counts are decimal strings and money is an amount with its currency, never a float. Commitments cite statistics as the evidence of their metrics.",
  "type": "object",
  "required": [
    "type",
    "id",
    "spec_version",
    "created",
    "modified",
    "source",
    "tlp",
    "measure",
    "period"
  ],
  "properties": {
    "type": {
      "const": "statistic",
      "description": "Always `statistic`: the record family, used to choose the schema that validates the record."
    },
    "id": {
      "$ref": "common.json#/$defs/statistic_id",
      "description": "The record's identifier, `statistic--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`."
    },
    "spec_version": {
      "$ref": "common.json#/$defs/spec_version",
      "description": "The version of this standard the record follows."
    },
    "created": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When the first version of the record was created by its source. Never changes between versions."
    },
    "modified": {
      "$ref": "common.json#/$defs/timestamp",
      "description": "When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones."
    },
    "source": {
      "$ref": "common.json#/$defs/org_ref",
      "description": "The organisation that produced the record and answers for its content."
    },
    "tlp": {
      "$ref": "common.json#/$defs/tlp",
      "description": "The Traffic Light Protocol 2.0 marking of the whole record: who the recipient may share it with."
    },
    "markings": {
      "$ref": "common.json#/$defs/markings",
      "description": "Parts of the record marked with another TLP than the record's: stricter parts are removed for audiences below them; a part may be lower only where its codelist entry allows it."
    },
    "pap": {
      "$ref": "common.json#/$defs/pap",
      "description": "Permissible Actions Protocol marking: what the recipient may do with the record (for example block or take down), separate from who may see it."
    },
    "confidence": {
      "$ref": "common.json#/$defs/confidence",
      "description": "How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed)."
    },
    "source_reliability": {
      "$ref": "common.json#/$defs/source_reliability",
      "description": "How reliable the source of the information is, on the Admiralty scale (`a` completely reliable to `f` cannot be judged), beside `confidence` in the information itself."
    },
    "labels": {
      "$ref": "common.json#/$defs/labels",
      "description": "Free tags the source uses to group records. Not a substitute for the coded fields."
    },
    "local_refs": {
      "$ref": "common.json#/$defs/local_refs",
      "description": "The source's own reference numbers for this record (police report number, hotline ticket, bank claim id), so partners can quote them back."
    },
    "external_refs": {
      "$ref": "common.json#/$defs/external_refs",
      "description": "References to the same thing in other systems or publications (STIX objects, Chainabuse reports, news articles)."
    },
    "provenance": {
      "$ref": "common.json#/$defs/provenance",
      "description": "How the information in the record was obtained."
    },
    "revoked": {
      "type": "boolean",
      "description": "True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked."
    },
    "revocation_reason": {
      "description": "Why the record was revoked, in a sentence the recipient can act on (for example \"reported in error: the number belongs to a bank hotline\"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
      "anyOf": [
        {
          "type": "string",
          "maxLength": 1000,
          "description": "The reason as a plain string in one language (the 1.0 form, still valid)."
        },
        {
          "$ref": "common.json#/$defs/text",
          "description": "The reason by language (since 1.1)."
        }
      ]
    },
    "extensions": {
      "$ref": "common.json#/$defs/extensions",
      "description": "Data outside the standard, keyed by a registered extension namespace. Unregistered namespaces are rejected."
    },
    "measure": {
      "type": "string",
      "description": "What is counted or summed, from the `statistic_measure` codelist (for example `reports_received`, `accounts_suspended`, `amount_prevented`, `persons_rescued`). The codelist's `value_kind` column says whether a measure is a count (give `value`) or money (give `amount`).",
      "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
      "maxLength": 100,
      "x-gpos-codelist": "statistic_measure"
    },
    "title": {
      "$ref": "common.json#/$defs/text",
      "description": "The figure's name as the publisher writes it, in one or more languages (for example \"Mule accounts suspended\")."
    },
    "unit": {
      "type": "string",
      "description": "What one unit of a count is (for example `report`, `account`, `person`, `url`), singular, lower case. Not used for money: the currency is in `amount`.",
      "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
      "maxLength": 50
    },
    "value": {
      "$ref": "common.json#/$defs/decimal",
      "description": "The figure for a count measure, as a decimal string (`\"1250\"`), never a JSON number, so no reader loses precision. Counts are whole numbers."
    },
    "amount": {
      "$ref": "common.json#/$defs/value",
      "description": "The figure for a money measure: an amount with its currency, or of a crypto asset (for example USDT frozen at exchanges), with its fiat equivalent where known."
    },
    "suppressed": {
      "type": "boolean",
      "description": "True when the publisher withholds the figure (for example a small cell under `small_cell_threshold`); `value` and `amount` are then absent."
    },
    "period": {
      "$ref": "common.json#/$defs/period",
      "description": "The period the figure covers. Required: a figure without its period cannot be compared or added up."
    },
    "dimensions": {
      "$ref": "#/$defs/statistic_dimensions",
      "description": "What the figure is broken down by. Absent for a total."
    },
    "status": {
      "type": "string",
      "description": "How firm the figure is: provisional, final, estimated, missing or confidential.",
      "enum": [
        "provisional",
        "final",
        "estimated",
        "missing",
        "confidential"
      ],
      "x-gpos-codelist": "observation_status"
    },
    "method": {
      "description": "How the figure was produced, in a sentence or two (for example \"reports to the 1441 hotline, de-duplicated by phone number of the reporter\"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.",
      "anyOf": [
        {
          "type": "string",
          "minLength": 1,
          "maxLength": 2000,
          "description": "The method as a plain string in one language (the 1.0 form, still valid)."
        },
        {
          "$ref": "common.json#/$defs/text",
          "description": "The method by language (since 1.1)."
        }
      ]
    },
    "small_cell_threshold": {
      "type": "integer",
      "minimum": 1,
      "maximum": 1000,
      "description": "The publisher's disclosure threshold: counts from 1 up to one less than this are small cells that could identify people and must not be published at TLP:CLEAR."
    },
    "published": {
      "$ref": "common.json#/$defs/date",
      "description": "When the figure was published."
    },
    "url": {
      "$ref": "common.json#/$defs/url",
      "description": "Where the figure was published."
    }
  },
  "additionalProperties": false,
  "$defs": {
    "statistic_dimensions": {
      "title": "StatisticDimensions",
      "type": "object",
      "description": "What the figure is broken down by. A statistic with no dimensions is a total.",
      "properties": {
        "country": {
          "$ref": "common.json#/$defs/country",
          "description": "The country the figure is about."
        },
        "subdivision": {
          "$ref": "common.json#/$defs/subdivision",
          "description": "The subdivision the figure is about."
        },
        "typology": {
          "type": "string",
          "description": "The scam type the figure is about, from the `typology` codelist.",
          "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
          "maxLength": 100,
          "x-gpos-codelist": "typology"
        },
        "contact_channel": {
          "type": "string",
          "description": "The contact channel the figure is about, from the `contact_channel` codelist.",
          "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
          "maxLength": 100,
          "x-gpos-codelist": "contact_channel"
        },
        "payment_method": {
          "type": "string",
          "description": "The payment method the figure is about, from the `payment_method` codelist.",
          "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
          "maxLength": 100,
          "x-gpos-codelist": "payment_method"
        },
        "platform": {
          "type": "string",
          "description": "The platform the figure is about, from the `platform` codelist.",
          "pattern": "^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$",
          "maxLength": 100,
          "x-gpos-codelist": "platform"
        },
        "age_band": {
          "type": "string",
          "description": "The victims' age band the figure is about.",
          "enum": [
            "under_20",
            "age_20_29",
            "age_30_39",
            "age_40_49",
            "age_50_59",
            "age_60_69",
            "age_70_79",
            "age_80_plus",
            "unknown"
          ],
          "x-gpos-codelist": "age_band"
        },
        "operation_ref": {
          "$ref": "common.json#/$defs/operation_id",
          "description": "The operation the figure is about (for example persons rescued from one compound)."
        }
      },
      "additionalProperties": false
    }
  }
};

/** Every schema of the standard, by file name. */
export const schemas = {
  common: commonSchema,
  bundle: bundleSchema,
  case: caseSchema,
  commitment: commitmentSchema,
  indicator: indicatorSchema,
  operation: operationSchema,
  organization: organizationSchema,
  relationship: relationshipSchema,
  sighting: sightingSchema,
  statistic: statisticSchema,
} as const;
