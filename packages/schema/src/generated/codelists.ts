// generated from schemas/codelists/*.csv by packages/schema/scripts/generate.ts — do not edit.
// Run `npm run generate` after changing the standard.

import type { Codelist } from '../codelist.js';

/** Action outcome: The result of an action taken against an indicator or requested in a case, such as a takedown, block or freeze. (closed codelist) */
export const actionOutcomeCodes = ["requested","done","partial","refused","failed"] as const;
export type ActionOutcomeCode = (typeof actionOutcomeCodes)[number];
export const actionOutcomeCodelist: Codelist<(typeof actionOutcomeCodes)[number]> = {
  "name": "action_outcome",
  "title": "Action outcome",
  "description": "The result of an action taken against an indicator or requested in a case, such as a takedown, block or freeze.",
  "open": false,
  "rows": [
    {
      "code": "requested",
      "title": "Requested",
      "description": "Asked of the organisation able to carry it out; no result yet.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "done",
      "title": "Done",
      "description": "Carried out in full.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "partial",
      "title": "Partial",
      "description": "Carried out in part, for example only some of the accounts suspended or only part of the balance frozen.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "refused",
      "title": "Refused",
      "description": "Declined by the organisation asked, for example for lack of legal basis or evidence, or because the request was outside its jurisdiction.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "failed",
      "title": "Failed",
      "description": "Attempted but without effect, for example because the funds had already left the account.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Action type: An action taken against an indicator or in a case, such as a takedown, block or freeze. Its result is recorded with the action_outcome codelist. (open codelist) */
export const actionTypeCodes = ["url_blocked","domain_suspended","site_taken_down","account_suspended","ad_removed","app_removed","number_blocked","sim_deactivated","sender_id_blocked","bank_account_frozen","bank_account_closed","card_blocked","holder_blacklisted","crypto_address_flagged","exchange_account_frozen","funds_held","arrest","prosecution"] as const;
export type ActionTypeCode = (typeof actionTypeCodes)[number];
export const actionTypeCodelist: Codelist<(typeof actionTypeCodes)[number]> = {
  "name": "action_type",
  "title": "Action type",
  "description": "An action taken against an indicator or in a case, such as a takedown, block or freeze. Its result is recorded with the action_outcome codelist.",
  "open": true,
  "rows": [
    {
      "code": "url_blocked",
      "title": "URL blocked",
      "description": "Access to the URL was blocked, for example by internet service providers, browsers or security filters, or by order of an authority.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "domain_suspended",
      "title": "Domain suspended",
      "description": "The registrar or registry suspended the domain name.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "site_taken_down",
      "title": "Site taken down",
      "description": "The hosting provider removed the website or page.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "account_suspended",
      "title": "Account suspended",
      "description": "A platform suspended or removed a social media, messaging or other online account.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "ad_removed",
      "title": "Ad removed",
      "description": "A platform removed an advertisement.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "app_removed",
      "title": "App removed",
      "description": "An app store removed the app.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "number_blocked",
      "title": "Number blocked",
      "description": "A telecom operator blocked calls or messages from or to the phone number.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "sim_deactivated",
      "title": "SIM deactivated",
      "description": "The telecom operator deactivated the SIM card or subscription.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "sender_id_blocked",
      "title": "Sender ID blocked",
      "description": "The SMS sender ID was blocked by operators or SMS firewalls.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bank_account_frozen",
      "title": "Bank account frozen",
      "description": "The bank froze the account, or a balance in it, so that funds cannot leave.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bank_account_closed",
      "title": "Bank account closed",
      "description": "The bank closed the account.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "card_blocked",
      "title": "Card blocked",
      "description": "The card issuer blocked the payment card, or a merchant acquirer stopped accepting it.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "holder_blacklisted",
      "title": "Account holder blacklisted",
      "description": "The account holder was added to a shared register of mule account holders, such as Thailand's Central Fraud Registry, which restricts their use of banking services.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "crypto_address_flagged",
      "title": "Crypto-asset address flagged",
      "description": "The address was added to a screening list used by exchanges or blockchain analytics providers, so that transfers to or from it are stopped or reviewed.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "exchange_account_frozen",
      "title": "Exchange account frozen",
      "description": "A crypto-asset exchange or other virtual asset service provider froze the account, or the funds held in it.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "funds_held",
      "title": "Funds held",
      "description": "A bank or payment provider held a payment or its proceeds before they reached the scammer, for example under a temporary hold required by law.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "arrest",
      "title": "Arrest",
      "description": "A person linked to the indicator or case was arrested.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "prosecution",
      "title": "Prosecution",
      "description": "A person linked to the indicator or case was charged or prosecuted.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Age band: The victim's age at the time of first contact, in ten-year bands with open bands below 20 and from 80. Exact dates of birth are never exchanged. (closed codelist) */
export const ageBandCodes = ["under_20","age_20_29","age_30_39","age_40_49","age_50_59","age_60_69","age_70_79","age_80_plus","unknown"] as const;
export type AgeBandCode = (typeof ageBandCodes)[number];
export const ageBandCodelist: Codelist<(typeof ageBandCodes)[number]> = {
  "name": "age_band",
  "title": "Age band",
  "description": "The victim's age at the time of first contact, in ten-year bands with open bands below 20 and from 80. Exact dates of birth are never exchanged.",
  "open": false,
  "rows": [
    {
      "code": "under_20",
      "title": "Under 20",
      "description": "Aged 19 or younger.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "age_20_29",
      "title": "20 to 29",
      "description": "Aged 20 to 29.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "age_30_39",
      "title": "30 to 39",
      "description": "Aged 30 to 39.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "age_40_49",
      "title": "40 to 49",
      "description": "Aged 40 to 49.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "age_50_59",
      "title": "50 to 59",
      "description": "Aged 50 to 59.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "age_60_69",
      "title": "60 to 69",
      "description": "Aged 60 to 69.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "age_70_79",
      "title": "70 to 79",
      "description": "Aged 70 to 79.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "age_80_plus",
      "title": "80 and over",
      "description": "Aged 80 or older.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "unknown",
      "title": "Unknown",
      "description": "The age was not given or not recorded.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** App platform: The mobile operating system an app is built for. (closed codelist) */
export const appPlatformCodes = ["android","ios","other"] as const;
export type AppPlatformCode = (typeof appPlatformCodes)[number];
export const appPlatformCodelist: Codelist<(typeof appPlatformCodes)[number]> = {
  "name": "app_platform",
  "title": "App platform",
  "description": "The mobile operating system an app is built for.",
  "open": false,
  "rows": [
    {
      "code": "android",
      "title": "Android",
      "description": "An app for Android, identified by its package name (`com.example.app`) whether distributed through Google Play, another store or as a side-loaded APK.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "ios",
      "title": "iOS",
      "description": "An app for iOS or iPadOS, identified by its bundle identifier or App Store id.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "other",
      "title": "Other",
      "description": "An app for another mobile operating system, such as HarmonyOS. Say which in the indicator's description.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Appeal grounds: What an appeal against the outcome of a takedown or freeze request relies on. (open codelist) */
export const appealGroundsCodes = ["court_order_obtained","new_evidence","policy_misapplied","holder_contests","other"] as const;
export type AppealGroundsCode = (typeof appealGroundsCodes)[number];
export const appealGroundsCodelist: Codelist<(typeof appealGroundsCodes)[number]> = {
  "name": "appeal_grounds",
  "title": "Appeal grounds",
  "description": "What an appeal against the outcome of a takedown or freeze request relies on.",
  "open": true,
  "rows": [
    {
      "code": "court_order_obtained",
      "title": "Court order obtained",
      "description": "The requester obtained the court order or formal instrument the first refusal asked for.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "new_evidence",
      "title": "New evidence",
      "description": "The requester brings evidence it did not have at first.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "policy_misapplied",
      "title": "Policy misapplied",
      "description": "The requester argues the recipient's own policy covers the case.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "holder_contests",
      "title": "Holder contests",
      "description": "The account holder or site owner contests the action taken against them.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "other",
      "title": "Other",
      "description": "Grounds not listed here; explain them in the note.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Appeal status: Where an appeal against the outcome of a takedown or freeze request stands. (closed codelist) */
export const appealStatusCodes = ["pending","upheld","overturned"] as const;
export type AppealStatusCode = (typeof appealStatusCodes)[number];
export const appealStatusCodelist: Codelist<(typeof appealStatusCodes)[number]> = {
  "name": "appeal_status",
  "title": "Appeal status",
  "description": "Where an appeal against the outcome of a takedown or freeze request stands.",
  "open": false,
  "rows": [
    {
      "code": "pending",
      "title": "Pending",
      "description": "The appeal has been lodged and not yet decided.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "upheld",
      "title": "Upheld",
      "description": "The first outcome stands.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "overturned",
      "title": "Overturned",
      "description": "The first outcome was changed; the action's outcome says what it is now.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Assessment stage: When in a commitment's period an assessment was made. (closed codelist) */
export const assessmentStageCodes = ["design_review","mid_term","end_of_term"] as const;
export type AssessmentStageCode = (typeof assessmentStageCodes)[number];
export const assessmentStageCodelist: Codelist<(typeof assessmentStageCodes)[number]> = {
  "name": "assessment_stage",
  "title": "Assessment stage",
  "description": "When in a commitment's period an assessment was made.",
  "open": false,
  "rows": [
    {
      "code": "design_review",
      "title": "Design review",
      "description": "Made at the start, on the commitment as designed, before results can be seen.",
      "source": "GPOS (after OGP IRM)",
      "deprecated": ""
    },
    {
      "code": "mid_term",
      "title": "Mid-term",
      "description": "Made during implementation.",
      "source": "GPOS (after OGP IRM)",
      "deprecated": ""
    },
    {
      "code": "end_of_term",
      "title": "End of term",
      "description": "Made after the commitment period ended, on what was delivered and achieved.",
      "source": "GPOS (after OGP IRM)",
      "deprecated": ""
    }
  ]
};

/** Assessment type: Who assessed a commitment's progress, relative to the organisation that made it. (closed codelist) */
export const assessmentTypeCodes = ["self_assessment","independent_review","peer_review"] as const;
export type AssessmentTypeCode = (typeof assessmentTypeCodes)[number];
export const assessmentTypeCodelist: Codelist<(typeof assessmentTypeCodes)[number]> = {
  "name": "assessment_type",
  "title": "Assessment type",
  "description": "Who assessed a commitment's progress, relative to the organisation that made it.",
  "open": false,
  "rows": [
    {
      "code": "self_assessment",
      "title": "Self-assessment",
      "description": "Assessed by the organisation that made the commitment.",
      "source": "GPOS (after OGP self-assessment)",
      "deprecated": ""
    },
    {
      "code": "independent_review",
      "title": "Independent review",
      "description": "Assessed by a body independent of the implementers, in the way the OGP Independent Reporting Mechanism assesses action plans.",
      "source": "GPOS (after OGP IRM)",
      "deprecated": ""
    },
    {
      "code": "peer_review",
      "title": "Peer review",
      "description": "Assessed by another partner of the Global Partnership.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Bundle scope: Whether a bundle stands on its own (complete) or carries only what changed since a given time (delta). (closed codelist) */
export const bundleScopeCodes = ["complete","delta"] as const;
export type BundleScopeCode = (typeof bundleScopeCodes)[number];
export const bundleScopeCodelist: Codelist<(typeof bundleScopeCodes)[number]> = {
  "name": "bundle_scope",
  "title": "Bundle scope",
  "description": "Whether a bundle stands on its own (complete) or carries only what changed since a given time (delta).",
  "open": false,
  "rows": [
    {
      "code": "complete",
      "title": "Complete",
      "description": "The bundle stands on its own: every record its records refer to is in it. A reference that does not resolve is an error.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "delta",
      "title": "Delta",
      "description": "The bundle carries only what changed since its `since` time: new records, new versions and retractions. Records it refers to may already be held by the recipient, so a reference that does not resolve is at most a warning, and none when the bundle lists the record among its `references`.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Case status: Where a victim case stands, from intake to closure. The five closed states say why the case was closed. (closed codelist) */
export const caseStatusCodes = ["received","triaged","freeze_in_progress","under_investigation","referred","action_taken","closed_resolved","closed_no_further_action","closed_duplicate","closed_unfounded","closed_withdrawn"] as const;
export type CaseStatusCode = (typeof caseStatusCodes)[number];
export const caseStatusCodelist: Codelist<(typeof caseStatusCodes)[number]> = {
  "name": "case_status",
  "title": "Case status",
  "description": "Where a victim case stands, from intake to closure. The five closed states say why the case was closed.",
  "open": false,
  "rows": [
    {
      "code": "received",
      "title": "Received",
      "description": "The report has been received and logged but not yet reviewed.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "triaged",
      "title": "Triaged",
      "description": "The report has been reviewed, classified and prioritised.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "freeze_in_progress",
      "title": "Freeze in progress",
      "description": "Requests to hold or freeze the victim's funds have been sent and not all have been answered.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "under_investigation",
      "title": "Under investigation",
      "description": "The case is being investigated by the reporting organisation or by law enforcement.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "referred",
      "title": "Referred",
      "description": "The case has been passed to another organisation, such as law enforcement, a financial intelligence unit or a foreign authority, which now leads it.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "action_taken",
      "title": "Action taken",
      "description": "Action has been taken, such as freezing accounts, taking down indicators or arresting suspects, and the case is not yet closed.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "closed_resolved",
      "title": "Closed: resolved",
      "description": "Closed after the matter was dealt with, for example funds were returned or offenders charged.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "closed_no_further_action",
      "title": "Closed: no further action",
      "description": "Closed without further action, for example because no lead could be followed.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "closed_duplicate",
      "title": "Closed: duplicate",
      "description": "Closed because it duplicates another case, which the record should reference.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "closed_unfounded",
      "title": "Closed: unfounded",
      "description": "Closed because review found no scam took place.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "closed_withdrawn",
      "title": "Closed: withdrawn",
      "description": "Closed because the reporter withdrew the report.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Collection method: How the information in a record was collected. (open codelist) */
export const collectionMethodCodes = ["victim_report","public_report","investigation","automated_detection","manual_review","partner_feed","open_source","honeypot","bank_report"] as const;
export type CollectionMethodCode = (typeof collectionMethodCodes)[number];
export const collectionMethodCodelist: Codelist<(typeof collectionMethodCodes)[number]> = {
  "name": "collection_method",
  "title": "Collection method",
  "description": "How the information in a record was collected.",
  "open": true,
  "rows": [
    {
      "code": "victim_report",
      "title": "Victim report",
      "description": "Reported by the victim, or by someone on the victim's behalf, to a hotline, police station, bank or platform.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "public_report",
      "title": "Public report",
      "description": "Reported by a member of the public who was targeted but did not lose money, for example by forwarding a scam SMS to a short code.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "investigation",
      "title": "Investigation",
      "description": "Found in the course of a police, regulatory or financial intelligence investigation.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "automated_detection",
      "title": "Automated detection",
      "description": "Found by a partner's own detection systems, such as a platform's classifiers, a bank's transaction monitoring or a telecom's SMS firewall.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "manual_review",
      "title": "Manual review",
      "description": "Found or confirmed by a partner's analyst reviewing content or transactions.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "partner_feed",
      "title": "Partner feed",
      "description": "Received from another partner or an exchange and passed on, possibly after enrichment. The provenance's source says from whom.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "open_source",
      "title": "Open source",
      "description": "Collected from public sources such as websites, app stores, blockchain explorers or public threat-intelligence feeds.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "honeypot",
      "title": "Honeypot",
      "description": "Collected by a decoy account, phone number or wallet set up to attract scammers.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bank_report",
      "title": "Bank report",
      "description": "Reported by a bank or payment provider, for example a suspicious transaction report or a mule-account notification.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Commitment pillar: The area of work of the Global Partnership Against Online Scams that a commitment contributes to. (open codelist) */
export const commitmentPillarCodes = ["good_governance","law_enforcement","victim_protection","cross_border_partnership","public_awareness","private_sector_action"] as const;
export type CommitmentPillarCode = (typeof commitmentPillarCodes)[number];
export const commitmentPillarCodelist: Codelist<(typeof commitmentPillarCodes)[number]> = {
  "name": "commitment_pillar",
  "title": "Commitment pillar",
  "description": "The area of work of the Global Partnership Against Online Scams that a commitment contributes to.",
  "open": true,
  "rows": [
    {
      "code": "good_governance",
      "title": "Good governance",
      "description": "Political commitment, national coordination, strategy, law and regulation against online scams.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "law_enforcement",
      "title": "Law enforcement",
      "description": "Investigation, disruption and prosecution of scam operations and the networks behind them.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "victim_protection",
      "title": "Victim protection",
      "description": "Support, redress and protection for victims, including people trafficked into scam compounds.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "cross_border_partnership",
      "title": "Cross-border partnership",
      "description": "Cooperation between countries, including information sharing, mutual legal assistance and joint operations.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "public_awareness",
      "title": "Public awareness",
      "description": "Campaigns and education that help people recognise, avoid and report scams.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "private_sector_action",
      "title": "Private-sector action",
      "description": "Action by banks, telecom operators, platforms and other companies to prevent and disrupt scams.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Commitment relationship: How a commitment relates to another commitment it references. (closed codelist) */
export const commitmentRelationshipCodes = ["supersedes","part_of","depends_on","cross_border_counterpart"] as const;
export type CommitmentRelationshipCode = (typeof commitmentRelationshipCodes)[number];
export const commitmentRelationshipCodelist: Codelist<(typeof commitmentRelationshipCodes)[number]> = {
  "name": "commitment_relationship",
  "title": "Commitment relationship",
  "description": "How a commitment relates to another commitment it references.",
  "open": false,
  "rows": [
    {
      "code": "supersedes",
      "title": "Supersedes",
      "description": "This commitment replaces the referenced one.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "part_of",
      "title": "Part of",
      "description": "This commitment is a component of the referenced, broader one.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "depends_on",
      "title": "Depends on",
      "description": "This commitment cannot be delivered unless the referenced one is.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "cross_border_counterpart",
      "title": "Cross-border counterpart",
      "description": "The referenced commitment is another country's or partner's matching commitment, such as the other side of a bilateral agreement.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Commitment status: Where a commitment stands in its life cycle. How much of it was delivered is recorded separately, as its completion level. (closed codelist) */
export const commitmentStatusCodes = ["planned","implementing","completed","suspended","cancelled","superseded"] as const;
export type CommitmentStatusCode = (typeof commitmentStatusCodes)[number];
export const commitmentStatusCodelist: Codelist<(typeof commitmentStatusCodes)[number]> = {
  "name": "commitment_status",
  "title": "Commitment status",
  "description": "Where a commitment stands in its life cycle. How much of it was delivered is recorded separately, as its completion level.",
  "open": false,
  "rows": [
    {
      "code": "planned",
      "title": "Planned",
      "description": "Announced or pledged; implementation has not started.",
      "source": "GPOS (after IATI ActivityStatus)",
      "deprecated": ""
    },
    {
      "code": "implementing",
      "title": "Implementing",
      "description": "Implementation is under way.",
      "source": "GPOS (after IATI ActivityStatus)",
      "deprecated": ""
    },
    {
      "code": "completed",
      "title": "Completed",
      "description": "Implementation has ended.",
      "source": "GPOS (after IATI ActivityStatus)",
      "deprecated": ""
    },
    {
      "code": "suspended",
      "title": "Suspended",
      "description": "Implementation has been paused.",
      "source": "GPOS (after IATI ActivityStatus)",
      "deprecated": ""
    },
    {
      "code": "cancelled",
      "title": "Cancelled",
      "description": "The commitment was abandoned before completion.",
      "source": "GPOS (after IATI ActivityStatus)",
      "deprecated": ""
    },
    {
      "code": "superseded",
      "title": "Superseded",
      "description": "The commitment was replaced by another commitment, which the record should reference.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Commitment type: The means by which a commitment is to be delivered. (open codelist) */
export const commitmentTypeCodes = ["legislative","policy","operational","institutional","capacity_building","data_sharing","funding","technology"] as const;
export type CommitmentTypeCode = (typeof commitmentTypeCodes)[number];
export const commitmentTypeCodelist: Codelist<(typeof commitmentTypeCodes)[number]> = {
  "name": "commitment_type",
  "title": "Commitment type",
  "description": "The means by which a commitment is to be delivered.",
  "open": true,
  "rows": [
    {
      "code": "legislative",
      "title": "Legislative",
      "description": "Passing or amending a law or decree.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "policy",
      "title": "Policy",
      "description": "Adopting a strategy, policy or regulation below the level of law.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "operational",
      "title": "Operational",
      "description": "Setting up or improving an operational service, such as a hotline or a freezing procedure.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "institutional",
      "title": "Institutional",
      "description": "Creating or reorganising a body, such as an anti-scam centre or a coordination committee.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "capacity_building",
      "title": "Capacity building",
      "description": "Training, technical assistance or exchange of expertise.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "data_sharing",
      "title": "Data sharing",
      "description": "Sharing data with partners, for example by adopting this standard.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "funding",
      "title": "Funding",
      "description": "Providing money for anti-scam work.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "technology",
      "title": "Technology",
      "description": "Building or deploying technology, such as detection or blocking systems.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Completion level: How much of a commitment has been delivered, on the Open Government Partnership IRM completion scale. (closed codelist) */
export const completionLevelCodes = ["no_evidence_available","not_started","limited","substantial","complete"] as const;
export type CompletionLevelCode = (typeof completionLevelCodes)[number];
export const completionLevelCodelist: Codelist<(typeof completionLevelCodes)[number]> = {
  "name": "completion_level",
  "title": "Completion level",
  "description": "How much of a commitment has been delivered, on the Open Government Partnership IRM completion scale.",
  "open": false,
  "rows": [
    {
      "code": "no_evidence_available",
      "title": "No evidence available",
      "description": "There is not enough evidence to judge how much has been done.",
      "source": "OGP IRM Completion",
      "deprecated": ""
    },
    {
      "code": "not_started",
      "title": "Not started",
      "description": "No activity towards the commitment has taken place.",
      "source": "OGP IRM Completion",
      "deprecated": ""
    },
    {
      "code": "limited",
      "title": "Limited",
      "description": "Some activities have taken place, but most of the commitment is still to be done.",
      "source": "OGP IRM Completion",
      "deprecated": ""
    },
    {
      "code": "substantial",
      "title": "Substantial",
      "description": "Most of the commitment has been delivered.",
      "source": "OGP IRM Completion",
      "deprecated": ""
    },
    {
      "code": "complete",
      "title": "Complete",
      "description": "The commitment has been delivered in full.",
      "source": "OGP IRM Completion",
      "deprecated": ""
    }
  ]
};

/** Consent method: How the consent of the person concerned was recorded. (closed codelist) */
export const consentMethodCodes = ["verbal_recorded","web_form","written","in_app"] as const;
export type ConsentMethodCode = (typeof consentMethodCodes)[number];
export const consentMethodCodelist: Codelist<(typeof consentMethodCodes)[number]> = {
  "name": "consent_method",
  "title": "Consent method",
  "description": "How the consent of the person concerned was recorded.",
  "open": false,
  "rows": [
    {
      "code": "verbal_recorded",
      "title": "Verbal (recorded)",
      "description": "Given orally, for example on a hotline call, and recorded or noted by the call handler with the time.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "web_form",
      "title": "Web form",
      "description": "Given by ticking a box or submitting an online reporting form.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "written",
      "title": "Written",
      "description": "Given on paper or in a signed document.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "in_app",
      "title": "In app",
      "description": "Given inside a mobile app, such as a bank's or a platform's reporting flow.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Consent scope: What the person concerned has agreed to: who may receive their data, who may contact them, and how it may be used. (closed codelist) */
export const consentScopeCodes = ["share_with_law_enforcement","share_with_financial_institutions","share_with_platforms","share_cross_border","contact_by_law_enforcement","contact_by_recovery_services","include_in_statistics","publish_indicators"] as const;
export type ConsentScopeCode = (typeof consentScopeCodes)[number];
export const consentScopeCodelist: Codelist<(typeof consentScopeCodes)[number]> = {
  "name": "consent_scope",
  "title": "Consent scope",
  "description": "What the person concerned has agreed to: who may receive their data, who may contact them, and how it may be used.",
  "open": false,
  "rows": [
    {
      "code": "share_with_law_enforcement",
      "title": "Share with law enforcement",
      "description": "The data may be shared with police and other law enforcement agencies.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "share_with_financial_institutions",
      "title": "Share with financial institutions",
      "description": "The data may be shared with banks, payment providers and crypto-asset service providers, for example to freeze or recall funds.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "share_with_platforms",
      "title": "Share with platforms",
      "description": "The data may be shared with online platforms and telecom operators, for example to remove accounts or block numbers.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "share_cross_border",
      "title": "Share across borders",
      "description": "The data may be shared with organisations in other countries.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "contact_by_law_enforcement",
      "title": "Contact by law enforcement",
      "description": "Law enforcement may contact the person about the case.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "contact_by_recovery_services",
      "title": "Contact by recovery services",
      "description": "Legitimate recovery or victim support services may contact the person. Recorded separately because fake recovery services target past victims.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "include_in_statistics",
      "title": "Include in statistics",
      "description": "The case may be counted in aggregate statistics.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "publish_indicators",
      "title": "Publish indicators",
      "description": "Indicators from the case, such as the scammers' phone numbers or websites, may be published or shared at TLP:CLEAR.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Consent status: Whether the person concerned has consented to the sharing described by the consent scopes. (closed codelist) */
export const consentStatusCodes = ["granted","refused","withdrawn","not_required","unknown"] as const;
export type ConsentStatusCode = (typeof consentStatusCodes)[number];
export const consentStatusCodelist: Codelist<(typeof consentStatusCodes)[number]> = {
  "name": "consent_status",
  "title": "Consent status",
  "description": "Whether the person concerned has consented to the sharing described by the consent scopes.",
  "open": false,
  "rows": [
    {
      "code": "granted",
      "title": "Granted",
      "description": "Consent was given and has not been withdrawn.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "refused",
      "title": "Refused",
      "description": "Consent was asked for and refused.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "withdrawn",
      "title": "Withdrawn",
      "description": "Consent was given and later withdrawn.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "not_required",
      "title": "Not required",
      "description": "Consent is not needed because another lawful basis applies.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "unknown",
      "title": "Unknown",
      "description": "Whether consent was given is not known.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Contact channel: How the scammer reached the victim, or the victim reached the scammer. The app or service is recorded separately with the platform codelist. (open codelist) */
export const contactChannelCodes = ["voice_call","sms","messaging_app","social_media","social_ad","search_ad","dating_app","online_marketplace","website","mobile_app","email","online_game","in_person","mail","other","unknown"] as const;
export type ContactChannelCode = (typeof contactChannelCodes)[number];
export const contactChannelCodelist: Codelist<(typeof contactChannelCodes)[number]> = {
  "name": "contact_channel",
  "title": "Contact channel",
  "description": "How the scammer reached the victim, or the victim reached the scammer. The app or service is recorded separately with the platform codelist.",
  "open": true,
  "rows": [
    {
      "code": "voice_call",
      "title": "Voice call",
      "description": "A voice call over a mobile, fixed-line or internet phone service, including calls made in messaging apps.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "Phone call",
      "xw_scamwatch_contact": "Phone call"
    },
    {
      "code": "sms",
      "title": "Text message",
      "description": "A text message sent as SMS, RCS or iMessage.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "Text",
      "xw_scamwatch_contact": "Text message"
    },
    {
      "code": "messaging_app",
      "title": "Messaging app",
      "description": "A chat in a messaging app, such as LINE, WhatsApp, Telegram, WeChat, Messenger, Viber or Zalo.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "",
      "xw_scamwatch_contact": ""
    },
    {
      "code": "social_media",
      "title": "Social media",
      "description": "A post, profile, group or direct message on a social network, such as Facebook, Instagram, TikTok, X or YouTube, other than a paid advertisement.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "Social media",
      "xw_scamwatch_contact": "Social media"
    },
    {
      "code": "social_ad",
      "title": "Social media advertisement",
      "description": "A paid or sponsored post or advertisement on a social network.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "Online ad or pop-up (unverified)",
      "xw_scamwatch_contact": ""
    },
    {
      "code": "search_ad",
      "title": "Search advertisement",
      "description": "A paid advertisement in search engine results.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "Online ad or pop-up (unverified)",
      "xw_scamwatch_contact": ""
    },
    {
      "code": "dating_app",
      "title": "Dating app or site",
      "description": "A dating app or website.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "",
      "xw_scamwatch_contact": ""
    },
    {
      "code": "online_marketplace",
      "title": "Online marketplace",
      "description": "A listing or message on an online marketplace or classifieds site.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "",
      "xw_scamwatch_contact": ""
    },
    {
      "code": "website",
      "title": "Website",
      "description": "A website, such as a fake shop or trading platform, that the victim reached without an earlier contact through another channel.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "Website or apps",
      "xw_scamwatch_contact": ""
    },
    {
      "code": "mobile_app",
      "title": "Mobile app",
      "description": "A mobile app, from an app store or installed from a file, other than a messaging, social media or dating app.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "",
      "xw_scamwatch_contact": "Mobile applications"
    },
    {
      "code": "email",
      "title": "E-mail",
      "description": "An e-mail message.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "Email",
      "xw_scamwatch_contact": ""
    },
    {
      "code": "online_game",
      "title": "Online game",
      "description": "An online game or its chat.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "",
      "xw_scamwatch_contact": ""
    },
    {
      "code": "in_person",
      "title": "In person",
      "description": "Face-to-face contact, including at the victim's door.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "",
      "xw_scamwatch_contact": ""
    },
    {
      "code": "mail",
      "title": "Post",
      "description": "A letter or parcel sent by post or courier.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "",
      "xw_scamwatch_contact": ""
    },
    {
      "code": "other",
      "title": "Other",
      "description": "Any other channel.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "",
      "xw_scamwatch_contact": ""
    },
    {
      "code": "unknown",
      "title": "Unknown",
      "description": "The channel is not known or was not recorded.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_contact_method": "",
      "xw_scamwatch_contact": ""
    }
  ]
};

/** Contact direction: Who made first contact on a channel: the scammer or the victim. (closed codelist) */
export const contactDirectionCodes = ["inbound","outbound"] as const;
export type ContactDirectionCode = (typeof contactDirectionCodes)[number];
export const contactDirectionCodelist: Codelist<(typeof contactDirectionCodes)[number]> = {
  "name": "contact_direction",
  "title": "Contact direction",
  "description": "Who made first contact on a channel: the scammer or the victim.",
  "open": false,
  "rows": [
    {
      "code": "inbound",
      "title": "Inbound",
      "description": "The scammer contacted the victim first, for example by a call, an SMS or a direct message.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "outbound",
      "title": "Outbound",
      "description": "The victim contacted the scammer first, for example after seeing an advertisement, a fake listing or a search result.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Contact point type: What a party's contact point for a commitment is for: a 24/7 communication centre, freeze or takedown requests, mutual legal assistance and so on. (open codelist) */
export const contactPointTypeCodes = ["communication_centre","freeze_requests","takedown_requests","mutual_legal_assistance","fiu_liaison","victim_support","data_protection","reporting","media","other"] as const;
export type ContactPointTypeCode = (typeof contactPointTypeCodes)[number];
export const contactPointTypeCodelist: Codelist<(typeof contactPointTypeCodes)[number]> = {
  "name": "contact_point_type",
  "title": "Contact point type",
  "description": "What a party's contact point for a commitment is for: a 24/7 communication centre, freeze or takedown requests, mutual legal assistance and so on.",
  "open": true,
  "rows": [
    {
      "code": "communication_centre",
      "title": "Communication centre",
      "description": "A round-the-clock centre that receives and sends urgent requests between partners, such as a national anti-scam centre's international desk.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "freeze_requests",
      "title": "Freeze requests",
      "description": "The desk that receives requests to freeze or hold funds.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "takedown_requests",
      "title": "Takedown requests",
      "description": "The desk that receives requests to take down accounts, sites, numbers or ads.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "mutual_legal_assistance",
      "title": "Mutual legal assistance",
      "description": "The central authority for mutual legal assistance requests.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "fiu_liaison",
      "title": "FIU liaison",
      "description": "The financial intelligence unit's contact for exchanges of financial intelligence.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "victim_support",
      "title": "Victim support",
      "description": "Where victims, or those helping them, can get support and repatriation help.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "data_protection",
      "title": "Data protection",
      "description": "The data protection officer's desk, for questions about personal data received or shared.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "reporting",
      "title": "Reporting",
      "description": "Where progress reports on the commitment come from.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "media",
      "title": "Media",
      "description": "The press office.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "other",
      "title": "Other",
      "description": "A contact point not listed here.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Crypto asset: Crypto assets the standard knows, with their CAIP-19 identifier and the number of decimals they have on their chain. Values in other assets are valid; validators check the decimals of the assets listed here. (open codelist) */
export const cryptoAssetCodes = ["usdt_tron","usdt_ethereum","usdt_bsc","usdc_ethereum","usdc_tron","btc","eth","trx"] as const;
export type CryptoAssetCode = (typeof cryptoAssetCodes)[number];
export const cryptoAssetCodelist: Codelist<(typeof cryptoAssetCodes)[number]> = {
  "name": "crypto_asset",
  "title": "Crypto asset",
  "description": "Crypto assets the standard knows, with their CAIP-19 identifier and the number of decimals they have on their chain. Values in other assets are valid; validators check the decimals of the assets listed here.",
  "open": true,
  "rows": [
    {
      "code": "usdt_tron",
      "title": "Tether USD on TRON",
      "description": "USDT issued by Tether as a TRC-20 token on TRON mainnet, the asset most often paid in investment and pig-butchering scams in Asia. Tether can freeze it at an address.",
      "source": "Tether; CAIP-19",
      "deprecated": "",
      "caip19": "tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
      "symbol": "USDT",
      "decimals": "6"
    },
    {
      "code": "usdt_ethereum",
      "title": "Tether USD on Ethereum",
      "description": "USDT issued by Tether as an ERC-20 token on Ethereum mainnet. Tether can freeze it at an address.",
      "source": "Tether; CAIP-19",
      "deprecated": "",
      "caip19": "eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7",
      "symbol": "USDT",
      "decimals": "6"
    },
    {
      "code": "usdt_bsc",
      "title": "Tether USD on BNB Smart Chain",
      "description": "USDT as a BEP-20 token on BNB Smart Chain. It has 18 decimals there, not 6 as on TRON and Ethereum.",
      "source": "Tether; CAIP-19",
      "deprecated": "",
      "caip19": "eip155:56/erc20:0x55d398326f99059ff775485246999027b3197955",
      "symbol": "USDT",
      "decimals": "18"
    },
    {
      "code": "usdc_ethereum",
      "title": "USD Coin on Ethereum",
      "description": "USDC issued by Circle as an ERC-20 token on Ethereum mainnet. Circle can freeze it at an address.",
      "source": "Circle; CAIP-19",
      "deprecated": "",
      "caip19": "eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",
      "symbol": "USDC",
      "decimals": "6"
    },
    {
      "code": "usdc_tron",
      "title": "USD Coin on TRON",
      "description": "USDC as a TRC-20 token on TRON mainnet.",
      "source": "Circle; CAIP-19",
      "deprecated": "",
      "caip19": "tron:0x2b6653dc/trc20:TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8",
      "symbol": "USDC",
      "decimals": "6"
    },
    {
      "code": "btc",
      "title": "Bitcoin",
      "description": "Bitcoin, the native coin of the Bitcoin mainnet (SLIP-44 coin type 0).",
      "source": "SLIP-44; CAIP-19",
      "deprecated": "",
      "caip19": "bip122:000000000019d6689c085ae165831e93/slip44:0",
      "symbol": "BTC",
      "decimals": "8"
    },
    {
      "code": "eth",
      "title": "Ether",
      "description": "Ether, the native coin of Ethereum mainnet (SLIP-44 coin type 60).",
      "source": "SLIP-44; CAIP-19",
      "deprecated": "",
      "caip19": "eip155:1/slip44:60",
      "symbol": "ETH",
      "decimals": "18"
    },
    {
      "code": "trx",
      "title": "TRON",
      "description": "TRX, the native coin of TRON mainnet (SLIP-44 coin type 195), which pays the fees of USDT transfers on TRON.",
      "source": "SLIP-44; CAIP-19",
      "deprecated": "",
      "caip19": "tron:0x2b6653dc/slip44:195",
      "symbol": "TRX",
      "decimals": "6"
    }
  ]
};

/** Early results: Whether an implemented commitment changed practice for the better, adapted from the OGP IRM question "Did it open government?" to "Did it reduce harm from scams?". (closed codelist) */
export const earlyResultsCodes = ["worsened","did_not_change","marginal","major","outstanding"] as const;
export type EarlyResultsCode = (typeof earlyResultsCodes)[number];
export const earlyResultsCodelist: Codelist<(typeof earlyResultsCodes)[number]> = {
  "name": "early_results",
  "title": "Early results",
  "description": "Whether an implemented commitment changed practice for the better, adapted from the OGP IRM question \"Did it open government?\" to \"Did it reduce harm from scams?\".",
  "open": false,
  "rows": [
    {
      "code": "worsened",
      "title": "Worsened",
      "description": "Practice or outcomes in the area became worse.",
      "source": "OGP IRM Early Results",
      "deprecated": ""
    },
    {
      "code": "did_not_change",
      "title": "Did not change",
      "description": "Practice or outcomes did not change.",
      "source": "OGP IRM Early Results",
      "deprecated": ""
    },
    {
      "code": "marginal",
      "title": "Marginal",
      "description": "A positive change that is limited in scope or scale.",
      "source": "OGP IRM Early Results",
      "deprecated": ""
    },
    {
      "code": "major",
      "title": "Major",
      "description": "A significant positive change in the area.",
      "source": "OGP IRM Early Results",
      "deprecated": ""
    },
    {
      "code": "outstanding",
      "title": "Outstanding",
      "description": "An exceptional change that transformed practice or outcomes in the area.",
      "source": "OGP IRM Early Results",
      "deprecated": ""
    }
  ]
};

/** Enabler: A technique, tool or condition that made the scam possible or more effective, recorded independently of the typology. (open codelist) */
export const enablerCodes = ["deepfake_video","voice_clone","ai_generated_text","remote_access_tool","fake_app","sim_box","spoofed_caller_id","paid_ad","compromised_account","scam_compound","trafficked_labour"] as const;
export type EnablerCode = (typeof enablerCodes)[number];
export const enablerCodelist: Codelist<(typeof enablerCodes)[number]> = {
  "name": "enabler",
  "title": "Enabler",
  "description": "A technique, tool or condition that made the scam possible or more effective, recorded independently of the typology.",
  "open": true,
  "rows": [
    {
      "code": "deepfake_video",
      "title": "Deepfake video or image",
      "description": "AI-generated or manipulated video or images of a real person, such as a celebrity, executive or relative.",
      "source": "GPOS",
      "deprecated": "",
      "xw_mitre_f3": ""
    },
    {
      "code": "voice_clone",
      "title": "Cloned voice",
      "description": "An AI-generated voice that imitates a real person.",
      "source": "GPOS",
      "deprecated": "",
      "xw_mitre_f3": ""
    },
    {
      "code": "ai_generated_text",
      "title": "AI-generated text",
      "description": "Messages, scripts or web content produced with generative AI, for example to translate or personalise lures.",
      "source": "GPOS",
      "deprecated": "",
      "xw_mitre_f3": ""
    },
    {
      "code": "remote_access_tool",
      "title": "Remote-access tool",
      "description": "Remote-access software that the victim was persuaded to install, giving the scammer control of the device.",
      "source": "GPOS; MITRE F3",
      "deprecated": "",
      "xw_mitre_f3": "T1219"
    },
    {
      "code": "fake_app",
      "title": "Fake app",
      "description": "A fake or malicious mobile app, such as a fake bank, government or trading app.",
      "source": "GPOS",
      "deprecated": "",
      "xw_mitre_f3": ""
    },
    {
      "code": "sim_box",
      "title": "SIM box or SIM farm",
      "description": "A device or rack holding many SIM cards, used to make scam calls or send scam texts in bulk.",
      "source": "GPOS",
      "deprecated": "",
      "xw_mitre_f3": ""
    },
    {
      "code": "spoofed_caller_id",
      "title": "Spoofed caller ID",
      "description": "The number or sender name shown to the victim was falsified, for example to display a bank's or police number.",
      "source": "GPOS; MITRE F3",
      "deprecated": "",
      "xw_mitre_f3": "F1040"
    },
    {
      "code": "paid_ad",
      "title": "Paid advertisement",
      "description": "A paid advertisement, such as a sponsored post or search ad, was used to reach victims.",
      "source": "GPOS",
      "deprecated": "",
      "xw_mitre_f3": ""
    },
    {
      "code": "compromised_account",
      "title": "Compromised account",
      "description": "A genuine account, such as a social media, messaging, e-mail or website account, was taken over and used in the scam.",
      "source": "GPOS",
      "deprecated": "",
      "xw_mitre_f3": ""
    },
    {
      "code": "scam_compound",
      "title": "Scam compound",
      "description": "The scam was run from a scam compound: a guarded site where large numbers of workers carry out scams, as documented in South-East Asia.",
      "source": "GPOS",
      "deprecated": "",
      "xw_mitre_f3": ""
    },
    {
      "code": "trafficked_labour",
      "title": "Trafficked labour",
      "description": "People who had been trafficked, or were held against their will, were forced to carry out the scam.",
      "source": "GPOS",
      "deprecated": "",
      "xw_mitre_f3": ""
    }
  ]
};

/** Evidence document type: The kind of document cited as evidence of a commitment's progress. (open codelist) */
export const evidenceDocumentTypeCodes = ["legislation","regulation","policy","mou","procurement_record","statistical_release","dataset","report","press_release","meeting_minutes","court_record","website"] as const;
export type EvidenceDocumentTypeCode = (typeof evidenceDocumentTypeCodes)[number];
export const evidenceDocumentTypeCodelist: Codelist<(typeof evidenceDocumentTypeCodes)[number]> = {
  "name": "evidence_document_type",
  "title": "Evidence document type",
  "description": "The kind of document cited as evidence of a commitment's progress.",
  "open": true,
  "rows": [
    {
      "code": "legislation",
      "title": "Legislation",
      "description": "A law, decree or other legislative act.",
      "source": "GPOS (after OCDS documentType)",
      "deprecated": ""
    },
    {
      "code": "regulation",
      "title": "Regulation",
      "description": "A regulation, rule or guidance issued by a regulator.",
      "source": "GPOS (after OCDS documentType)",
      "deprecated": ""
    },
    {
      "code": "policy",
      "title": "Policy",
      "description": "A strategy, action plan or policy document.",
      "source": "GPOS (after OCDS documentType)",
      "deprecated": ""
    },
    {
      "code": "mou",
      "title": "Memorandum of understanding",
      "description": "A memorandum of understanding or other cooperation agreement.",
      "source": "GPOS (after OCDS documentType)",
      "deprecated": ""
    },
    {
      "code": "procurement_record",
      "title": "Procurement record",
      "description": "A tender, contract award or other procurement record.",
      "source": "GPOS (after OCDS documentType)",
      "deprecated": ""
    },
    {
      "code": "statistical_release",
      "title": "Statistical release",
      "description": "Published statistics.",
      "source": "GPOS (after OCDS documentType)",
      "deprecated": ""
    },
    {
      "code": "dataset",
      "title": "Dataset",
      "description": "A published dataset.",
      "source": "GPOS (after OCDS documentType)",
      "deprecated": ""
    },
    {
      "code": "report",
      "title": "Report",
      "description": "A report, such as a progress, annual or evaluation report.",
      "source": "GPOS (after OCDS documentType)",
      "deprecated": ""
    },
    {
      "code": "press_release",
      "title": "Press release",
      "description": "A press release or official announcement.",
      "source": "GPOS (after OCDS documentType)",
      "deprecated": ""
    },
    {
      "code": "meeting_minutes",
      "title": "Meeting minutes",
      "description": "The minutes or record of a meeting.",
      "source": "GPOS (after OCDS documentType)",
      "deprecated": ""
    },
    {
      "code": "court_record",
      "title": "Court record",
      "description": "A judgment, indictment or other court record.",
      "source": "GPOS (after OCDS documentType)",
      "deprecated": ""
    },
    {
      "code": "website",
      "title": "Website",
      "description": "A web page, such as a service's public page.",
      "source": "GPOS (after OCDS documentType)",
      "deprecated": ""
    }
  ]
};

/** Evidence source type: Where the evidence behind a claim of progress comes from, as a signal of how far it can be relied on. (closed codelist) */
export const evidenceSourceTypeCodes = ["self_declaration","official_register","third_party","primary_research","verified"] as const;
export type EvidenceSourceTypeCode = (typeof evidenceSourceTypeCodes)[number];
export const evidenceSourceTypeCodelist: Codelist<(typeof evidenceSourceTypeCodes)[number]> = {
  "name": "evidence_source_type",
  "title": "Evidence source type",
  "description": "Where the evidence behind a claim of progress comes from, as a signal of how far it can be relied on.",
  "open": false,
  "rows": [
    {
      "code": "self_declaration",
      "title": "Self-declaration",
      "description": "Provided by the organisation whose commitment it is.",
      "source": "BODS sourceType",
      "deprecated": ""
    },
    {
      "code": "official_register",
      "title": "Official register",
      "description": "Taken from an official register or publication, such as a law gazette or a regulator's register.",
      "source": "BODS sourceType",
      "deprecated": ""
    },
    {
      "code": "third_party",
      "title": "Third party",
      "description": "Provided by a third party other than the organisation concerned.",
      "source": "BODS sourceType",
      "deprecated": ""
    },
    {
      "code": "primary_research",
      "title": "Primary research",
      "description": "Gathered through research by the organisation publishing the record.",
      "source": "BODS sourceType",
      "deprecated": ""
    },
    {
      "code": "verified",
      "title": "Verified",
      "description": "Checked through an independent verification process.",
      "source": "BODS sourceType",
      "deprecated": ""
    }
  ]
};

/** Evidence type: The kind of evidence attached to a case. Its hash and reference are exchanged; the content stays with the organisation holding it. (open codelist) */
export const evidenceTypeCodes = ["screenshot","chat_export","email_header","recording","document","bank_statement","transaction_record"] as const;
export type EvidenceTypeCode = (typeof evidenceTypeCodes)[number];
export const evidenceTypeCodelist: Codelist<(typeof evidenceTypeCodes)[number]> = {
  "name": "evidence_type",
  "title": "Evidence type",
  "description": "The kind of evidence attached to a case. Its hash and reference are exchanged; the content stays with the organisation holding it.",
  "open": true,
  "rows": [
    {
      "code": "screenshot",
      "title": "Screenshot",
      "description": "An image of a screen, such as a message, profile, advertisement or web page.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "chat_export",
      "title": "Chat export",
      "description": "An exported conversation from a messaging or social media app.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "email_header",
      "title": "E-mail header",
      "description": "The full header of an e-mail, which shows the servers it passed through.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "recording",
      "title": "Recording",
      "description": "An audio or video recording, such as a recorded call.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "document",
      "title": "Document",
      "description": "A document, such as a contract, invoice, letter or forged certificate.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bank_statement",
      "title": "Bank statement",
      "description": "A statement of the victim's account showing the payments.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "transaction_record",
      "title": "Transaction record",
      "description": "A record of a single payment, such as a transfer slip, receipt or blockchain transaction.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** E-wallet provider: The provider of an e-wallet account. (open codelist) */
export const ewalletProviderCodes = ["truemoney","gcash","maya","alipay","wechat_pay","paypal","bkash","esewa","mpesa","gopay","dana","momo","touch_n_go","grabpay","paytm"] as const;
export type EwalletProviderCode = (typeof ewalletProviderCodes)[number];
export const ewalletProviderCodelist: Codelist<(typeof ewalletProviderCodes)[number]> = {
  "name": "ewallet_provider",
  "title": "E-wallet provider",
  "description": "The provider of an e-wallet account.",
  "open": true,
  "rows": [
    {
      "code": "truemoney",
      "title": "TrueMoney Wallet",
      "description": "TrueMoney Wallet, an e-wallet operating in Thailand and other South-East Asian countries.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "gcash",
      "title": "GCash",
      "description": "GCash, an e-wallet operating in the Philippines.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "maya",
      "title": "Maya",
      "description": "Maya (formerly PayMaya), an e-wallet operating in the Philippines.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "alipay",
      "title": "Alipay",
      "description": "Alipay, an e-wallet operated by Ant Group.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "wechat_pay",
      "title": "WeChat Pay",
      "description": "WeChat Pay, the payment service of WeChat, operated by Tencent.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "paypal",
      "title": "PayPal",
      "description": "A PayPal account, identified by its e-mail address or PayPal.Me name.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bkash",
      "title": "bKash",
      "description": "bKash, a mobile financial service operating in Bangladesh.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "esewa",
      "title": "eSewa",
      "description": "eSewa, an e-wallet operating in Nepal.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "mpesa",
      "title": "M-Pesa",
      "description": "M-Pesa, a mobile money service operating in Kenya and other African countries.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "gopay",
      "title": "GoPay",
      "description": "GoPay, an e-wallet operating in Indonesia.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "dana",
      "title": "DANA",
      "description": "DANA, an e-wallet operating in Indonesia.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "momo",
      "title": "MoMo",
      "description": "MoMo, an e-wallet operating in Viet Nam.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "touch_n_go",
      "title": "Touch 'n Go eWallet",
      "description": "Touch 'n Go eWallet, operating in Malaysia.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "grabpay",
      "title": "GrabPay",
      "description": "GrabPay, the wallet of the Grab super-app in South-East Asia.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "paytm",
      "title": "Paytm",
      "description": "Paytm, an e-wallet operating in India.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Freeze status: The state of a request to hold or freeze funds, for one payment or one receiving account. (closed codelist) */
export const freezeStatusCodes = ["not_requested","requested","pending_bank","frozen_full","frozen_partial","funds_already_moved","rejected","expired","released_to_owner","partially_returned","returned_to_victim"] as const;
export type FreezeStatusCode = (typeof freezeStatusCodes)[number];
export const freezeStatusCodelist: Codelist<(typeof freezeStatusCodes)[number]> = {
  "name": "freeze_status",
  "title": "Freeze status",
  "description": "The state of a request to hold or freeze funds, for one payment or one receiving account.",
  "open": false,
  "rows": [
    {
      "code": "not_requested",
      "title": "Not requested",
      "description": "No hold or freeze has been requested.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "requested",
      "title": "Requested",
      "description": "A hold or freeze has been requested from the receiving bank or provider.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "pending_bank",
      "title": "Pending at the bank",
      "description": "The bank or provider has acknowledged the request and has not yet acted on it.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "frozen_full",
      "title": "Frozen in full",
      "description": "The whole amount sought is held.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "frozen_partial",
      "title": "Frozen in part",
      "description": "Only part of the amount sought is held, usually because the rest had already moved on.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "funds_already_moved",
      "title": "Funds already moved",
      "description": "Nothing could be held because the funds had already left the account.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "rejected",
      "title": "Rejected",
      "description": "The bank or provider refused the request.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "expired",
      "title": "Expired",
      "description": "The hold lapsed at the end of its legal time limit without being extended.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "released_to_owner",
      "title": "Released to the account holder",
      "description": "The hold was lifted and the funds released to the account holder.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "partially_returned",
      "title": "Partially returned",
      "description": "Part of the frozen funds has been returned to the victim; the rest is still held or being processed. Each return is recorded with its date and the authority that made it.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "returned_to_victim",
      "title": "Returned to the victim",
      "description": "The held funds were returned to the victim.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Impersonated entity type: What kind of organisation or person the scammer pretended to be. (open codelist) */
export const impersonatedEntityTypeCodes = ["government_agency","police","court","bank","investment_firm","telco","utility","delivery","marketplace","tech_company","celebrity","relative","employer","other"] as const;
export type ImpersonatedEntityTypeCode = (typeof impersonatedEntityTypeCodes)[number];
export const impersonatedEntityTypeCodelist: Codelist<(typeof impersonatedEntityTypeCodes)[number]> = {
  "name": "impersonated_entity_type",
  "title": "Impersonated entity type",
  "description": "What kind of organisation or person the scammer pretended to be.",
  "open": true,
  "rows": [
    {
      "code": "government_agency",
      "title": "Government agency",
      "description": "A government body other than the police or courts, such as a tax, customs, immigration or social security agency.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "police",
      "title": "Police",
      "description": "The police or another law enforcement agency.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "court",
      "title": "Court or prosecutor",
      "description": "A court, prosecutor's office or other judicial body.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bank",
      "title": "Bank",
      "description": "A bank or other deposit-taking institution.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "investment_firm",
      "title": "Investment firm",
      "description": "A licensed investment firm, broker, fund or crypto-asset exchange, as in cloned-firm scams.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "telco",
      "title": "Telecom operator",
      "description": "A mobile or fixed-line telecom operator.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "utility",
      "title": "Utility",
      "description": "An electricity, water or gas company.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "delivery",
      "title": "Delivery company",
      "description": "A postal, courier or parcel delivery company.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "marketplace",
      "title": "Online marketplace",
      "description": "An online marketplace or shopping platform.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "tech_company",
      "title": "Technology company",
      "description": "A technology company, such as a software vendor, internet provider or online platform, or its support team.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "celebrity",
      "title": "Celebrity or public figure",
      "description": "A celebrity, business leader, politician or other public figure.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "relative",
      "title": "Relative or friend",
      "description": "A member of the victim's family or a friend.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "employer",
      "title": "Employer or recruiter",
      "description": "An employer, recruitment agency or senior manager.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "other",
      "title": "Other",
      "description": "Any other kind of organisation or person.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Indicator kind: The kind of observable an indicator is about. Each kind has its own canonical form, match keys, lowest permitted TLP and default actionability. (closed codelist) */
export const indicatorKindCodes = ["url","hostname","domain","ip_address","email_address","phone_number","sms_sender_id","bank_account","iban","payment_proxy","ewallet_account","vasp_account","payment_card","crypto_address","crypto_transaction","social_media_account","messaging_account","mobile_app","file","message_template","online_ad"] as const;
export type IndicatorKindCode = (typeof indicatorKindCodes)[number];
export const indicatorKindCodelist: Codelist<(typeof indicatorKindCodes)[number]> = {
  "name": "indicator_kind",
  "title": "Indicator kind",
  "description": "The kind of observable an indicator is about. Each kind has its own canonical form, match keys, lowest permitted TLP and default actionability.",
  "open": false,
  "rows": [
    {
      "code": "url",
      "title": "URL",
      "description": "A web address, such as a phishing page, fake shop, fake investment dashboard or app download link. Share the sanitised form (no query or fragment) when the query may hold personal data.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "clear",
      "actionable_default": "true",
      "xw_stix_sco": "url",
      "xw_misp_attribute": "url"
    },
    {
      "code": "hostname",
      "title": "Host name",
      "description": "A fully qualified host name, such as `login.bank-verify.example`.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "clear",
      "actionable_default": "true",
      "xw_stix_sco": "domain-name",
      "xw_misp_attribute": "hostname"
    },
    {
      "code": "domain",
      "title": "Registrable domain",
      "description": "A domain under a registrant's control (eTLD+1), derived with the Public Suffix List including its private section, so that a tenant of a shared platform is listed without the platform itself.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "clear",
      "actionable_default": "true",
      "xw_stix_sco": "domain-name",
      "xw_misp_attribute": "domain"
    },
    {
      "code": "ip_address",
      "title": "IP address",
      "description": "An IPv4 or IPv6 address, such as a host serving a scam site. Not actionable by default, because shared hosting and carrier-grade NAT put innocent users behind the same address.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "clear",
      "actionable_default": "false",
      "xw_stix_sco": "ipv4-addr | ipv6-addr",
      "xw_misp_attribute": "ip-dst | ip-src"
    },
    {
      "code": "email_address",
      "title": "E-mail address",
      "description": "An e-mail address used by a scammer, such as a sender or reply-to address. Not actionable by default, because addresses are often spoofed or belong to hijacked accounts.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "green",
      "actionable_default": "false",
      "xw_stix_sco": "email-addr",
      "xw_misp_attribute": "email-src | email-dst"
    },
    {
      "code": "phone_number",
      "title": "Phone number",
      "description": "A phone number that called or messaged victims, or that scammers gave as a contact. Not actionable by default, because numbers are often spoofed, hijacked or registered to mules.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "green",
      "actionable_default": "false",
      "xw_stix_sco": "",
      "xw_misp_attribute": "phone-number"
    },
    {
      "code": "sms_sender_id",
      "title": "SMS sender ID",
      "description": "An alphanumeric sender name or short code shown on SMS, scoped by country because sender IDs are registered nationally. Not actionable by default, because scammers spoof the registered IDs of banks and agencies.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "clear",
      "actionable_default": "false",
      "xw_stix_sco": "",
      "xw_misp_attribute": ""
    },
    {
      "code": "bank_account",
      "title": "Bank account",
      "description": "A domestic bank account that received or moved scam proceeds, identified by country, bank code and account number. The holder's name is never part of the value.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber",
      "actionable_default": "true",
      "xw_stix_sco": "",
      "xw_misp_attribute": "bank-account-nr"
    },
    {
      "code": "iban",
      "title": "IBAN",
      "description": "A bank account identified by its International Bank Account Number (ISO 13616).",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber",
      "actionable_default": "true",
      "xw_stix_sco": "",
      "xw_misp_attribute": "iban"
    },
    {
      "code": "payment_proxy",
      "title": "Payment proxy",
      "description": "An alias that routes payments to an account, such as a PromptPay, PayNow, UPI, PayID or FPS identifier, with its scheme and proxy type.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber",
      "actionable_default": "true",
      "xw_stix_sco": "",
      "xw_misp_attribute": ""
    },
    {
      "code": "ewallet_account",
      "title": "E-wallet account",
      "description": "An account at an e-wallet provider, such as TrueMoney, GCash or Alipay, identified by provider and account id.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber",
      "actionable_default": "true",
      "xw_stix_sco": "",
      "xw_misp_attribute": ""
    },
    {
      "code": "vasp_account",
      "title": "Virtual-asset exchange account",
      "description": "A customer account at a virtual-asset service provider (a crypto exchange, broker or custodial wallet), identified by the provider and the customer's account id (UID) there, such as the exchange account that bought USDT with a mule's baht. Its deposit addresses are crypto_address indicators.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber",
      "actionable_default": "true",
      "xw_stix_sco": "",
      "xw_misp_attribute": ""
    },
    {
      "code": "payment_card",
      "title": "Payment card",
      "description": "A payment card used to receive or launder funds, identified by its BIN and last four digits, a network token or a keyed pseudonym; never by the full card number. Not actionable by default, because a BIN covers many cardholders.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber",
      "actionable_default": "false",
      "xw_stix_sco": "",
      "xw_misp_attribute": "bin | cc-number"
    },
    {
      "code": "crypto_address",
      "title": "Crypto-asset address",
      "description": "A blockchain address that collected or moved scam proceeds, with its chain (CAIP-10).",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "clear",
      "actionable_default": "true",
      "xw_stix_sco": "",
      "xw_misp_attribute": "btc | xmr"
    },
    {
      "code": "crypto_transaction",
      "title": "Crypto-asset transaction",
      "description": "A blockchain transaction, such as a victim's payment, identified by chain and transaction hash. It can link to the victim, so its lowest TLP is amber.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber",
      "actionable_default": "false",
      "xw_stix_sco": "",
      "xw_misp_attribute": ""
    },
    {
      "code": "social_media_account",
      "title": "Social media account",
      "description": "A profile, page or channel on a social network, identified by platform and the platform's stable user id, with the handle as a secondary key. Not actionable by default, because accounts are often hijacked from real users.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "green",
      "actionable_default": "false",
      "xw_stix_sco": "user-account",
      "xw_misp_attribute": "twitter-id"
    },
    {
      "code": "messaging_account",
      "title": "Messaging account",
      "description": "An account on a messaging app such as LINE, Telegram, WhatsApp, WeChat or Viber, identified by platform and user id. Not actionable by default, because accounts are often hijacked or registered to mules.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "green",
      "actionable_default": "false",
      "xw_stix_sco": "user-account",
      "xw_misp_attribute": "jabber-id"
    },
    {
      "code": "mobile_app",
      "title": "Mobile app",
      "description": "A fake or malicious mobile app, such as a fake bank, government or trading app, identified by its package name or bundle id.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "clear",
      "actionable_default": "true",
      "xw_stix_sco": "software",
      "xw_misp_attribute": "mobile-application-id"
    },
    {
      "code": "file",
      "title": "File",
      "description": "A file, such as an APK, a fake contract or a forged identity document, identified by its SHA-256 hash. The content itself is not shared.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "clear",
      "actionable_default": "true",
      "xw_stix_sco": "file",
      "xw_misp_attribute": "sha256"
    },
    {
      "code": "message_template",
      "title": "Message template",
      "description": "The normalised text of a recurring lure sent by SMS, chat or e-mail, with URLs, numbers, amounts and names replaced by placeholders. Not actionable by default, because filtering on text risks blocking legitimate messages.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "green",
      "actionable_default": "false",
      "xw_stix_sco": "",
      "xw_misp_attribute": ""
    },
    {
      "code": "online_ad",
      "title": "Online advertisement",
      "description": "A scam advertisement or sponsored post, such as a deepfake endorsement, identified by platform and ad id.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "clear",
      "actionable_default": "true",
      "xw_stix_sco": "",
      "xw_misp_attribute": ""
    }
  ]
};

/** Indicator role: What an indicator did in the scam. One observable can play different roles in different scams. (open codelist) */
export const indicatorRoleCodes = ["contact_channel","landing_page","payment_destination","impersonated_asset","malware_delivery","command_and_control","cash_out","recruitment","advertising","lure"] as const;
export type IndicatorRoleCode = (typeof indicatorRoleCodes)[number];
export const indicatorRoleCodelist: Codelist<(typeof indicatorRoleCodes)[number]> = {
  "name": "indicator_role",
  "title": "Indicator role",
  "description": "What an indicator did in the scam. One observable can play different roles in different scams.",
  "open": true,
  "rows": [
    {
      "code": "contact_channel",
      "title": "Contact channel",
      "description": "Used to contact victims, such as the number that called, the account that sent messages or the address that sent e-mail.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "landing_page",
      "title": "Landing page",
      "description": "Where victims were sent, such as a phishing page, a fake shop or a fake investment dashboard.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "payment_destination",
      "title": "Payment destination",
      "description": "Received victims' money directly, such as a mule bank account, payment proxy, e-wallet or crypto-asset address.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "impersonated_asset",
      "title": "Impersonated asset",
      "description": "Belongs to, or imitates, the organisation or person being impersonated, such as a bank's real hotline number shown through caller-ID spoofing or a look-alike of its domain. Check the owner before blocking: a genuine owner is a victim too.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "malware_delivery",
      "title": "Malware delivery",
      "description": "Delivered malicious software, such as a link to a fake app's installation file.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "command_and_control",
      "title": "Command and control",
      "description": "Controls malware or remote-access tools on victims' devices.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "cash_out",
      "title": "Cash-out",
      "description": "Moved or withdrew the proceeds further along the money chain after the first destination, such as a second-level mule account or an exchange deposit address.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "recruitment",
      "title": "Recruitment",
      "description": "Used to recruit money mules or scam workers, such as a fake job advertisement or recruiter account.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "advertising",
      "title": "Advertising",
      "description": "Placed or served the advertisement that drew victims in, such as an advertiser account or the ad itself.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "lure",
      "title": "Lure",
      "description": "Carried the lure itself, such as a message template or a fake endorsement post.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Indicator status: Where an indicator stands in its life cycle, from first report to mitigation or retraction. (closed codelist) */
export const indicatorStatusCodes = ["reported","suspected","confirmed","active","mitigated","expired","false_positive","disputed","allowlisted"] as const;
export type IndicatorStatusCode = (typeof indicatorStatusCodes)[number];
export const indicatorStatusCodelist: Codelist<(typeof indicatorStatusCodes)[number]> = {
  "name": "indicator_status",
  "title": "Indicator status",
  "description": "Where an indicator stands in its life cycle, from first report to mitigation or retraction.",
  "open": false,
  "rows": [
    {
      "code": "reported",
      "title": "Reported",
      "description": "Received from a reporter, such as a victim or a partner feed, and not yet checked.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "suspected",
      "title": "Suspected",
      "description": "Assessed as probably used for scams, for example by a detection model or because it matches a known pattern, but not confirmed.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "confirmed",
      "title": "Confirmed",
      "description": "Verified as used for scams, for example by manual review or because it is linked to a victim case.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "active",
      "title": "Active",
      "description": "Confirmed and still operating when last checked: the site is online, the number answers, the account is open.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "mitigated",
      "title": "Mitigated",
      "description": "Can no longer be used because it was taken down, blocked, suspended or frozen. The actions taken say how.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "expired",
      "title": "Expired",
      "description": "No longer observed and past the period in which it is useful, without a known mitigation.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "false_positive",
      "title": "False positive",
      "description": "Found on review not to be used for scams, for example a legitimate business that was reported by mistake.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "disputed",
      "title": "Disputed",
      "description": "Its listing is contested by its owner or by another partner and is under review. Recipients should not act on it automatically.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "allowlisted",
      "title": "Allowlisted",
      "description": "Known to be legitimate and never to be blocked, such as a bank's official hotline or a government number that scammers spoof.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Instrument: The instrument under which a commitment was made. (open codelist) */
export const instrumentCodes = ["bangkok_joint_statement_2025","national_action_plan","bilateral_mou","other"] as const;
export type InstrumentCode = (typeof instrumentCodes)[number];
export const instrumentCodelist: Codelist<(typeof instrumentCodes)[number]> = {
  "name": "instrument",
  "title": "Instrument",
  "description": "The instrument under which a commitment was made.",
  "open": true,
  "rows": [
    {
      "code": "bangkok_joint_statement_2025",
      "title": "Bangkok Joint Statement (2025)",
      "description": "The Joint Statement of the Global Partnership Against Online Scams, adopted at the conference co-hosted by Thailand's Ministry of Foreign Affairs and UNODC in Bangkok on 17–18 December 2025.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "national_action_plan",
      "title": "National action plan",
      "description": "A national strategy or action plan against scams.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bilateral_mou",
      "title": "Bilateral memorandum of understanding",
      "description": "A memorandum of understanding or other agreement between two countries or organisations.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "other",
      "title": "Other",
      "description": "Any other instrument; name it in the record.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Intake channel: How a case reached the organisation that recorded it. (open codelist) */
export const intakeChannelCodes = ["hotline","police_station","online_portal","bank_branch","bank_app","platform_report","telco_shortcode","referral","other"] as const;
export type IntakeChannelCode = (typeof intakeChannelCodes)[number];
export const intakeChannelCodelist: Codelist<(typeof intakeChannelCodes)[number]> = {
  "name": "intake_channel",
  "title": "Intake channel",
  "description": "How a case reached the organisation that recorded it.",
  "open": true,
  "rows": [
    {
      "code": "hotline",
      "title": "Hotline",
      "description": "A telephone hotline for scam reports, such as Thailand's 1441 hotline (AOC 1441).",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "police_station",
      "title": "Police station",
      "description": "A complaint made in person at a police station.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "online_portal",
      "title": "Online reporting portal",
      "description": "A public online reporting service, such as Thai Police Online, ReportCyber, IC3 or ReportFraud.ftc.gov.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bank_branch",
      "title": "Bank branch",
      "description": "A report made in person at a bank branch.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bank_app",
      "title": "Bank app or online banking",
      "description": "A report made through a bank's app, online banking or customer service line.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "platform_report",
      "title": "Platform report",
      "description": "A report made with an online platform's own reporting tool.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "telco_shortcode",
      "title": "Telecom short code",
      "description": "A report sent to a telecom operator's short code for scam calls or texts, such as 7726 in the United Kingdom.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "referral",
      "title": "Referral",
      "description": "A case passed on by another organisation.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "other",
      "title": "Other",
      "description": "Any other channel.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Lawful basis: The legal ground on which personal data in a record is processed and shared. Consent is only one of them. (closed codelist) */
export const lawfulBasisCodes = ["consent","legal_obligation","public_task","legitimate_interests","vital_interests","contract","law_enforcement"] as const;
export type LawfulBasisCode = (typeof lawfulBasisCodes)[number];
export const lawfulBasisCodelist: Codelist<(typeof lawfulBasisCodes)[number]> = {
  "name": "lawful_basis",
  "title": "Lawful basis",
  "description": "The legal ground on which personal data in a record is processed and shared. Consent is only one of them.",
  "open": false,
  "rows": [
    {
      "code": "consent",
      "title": "Consent",
      "description": "The person concerned has given consent for the purposes stated.",
      "source": "GDPR Art. 6(1)(a)",
      "deprecated": ""
    },
    {
      "code": "legal_obligation",
      "title": "Legal obligation",
      "description": "The sender is required by law to process or share the data, such as a statutory duty to freeze accounts and report to the authorities.",
      "source": "GDPR Art. 6(1)(c)",
      "deprecated": ""
    },
    {
      "code": "public_task",
      "title": "Public task",
      "description": "The processing is needed for a task in the public interest or in the exercise of official authority.",
      "source": "GDPR Art. 6(1)(e)",
      "deprecated": ""
    },
    {
      "code": "legitimate_interests",
      "title": "Legitimate interests",
      "description": "The processing is needed for the legitimate interests of the sender or a third party, such as preventing fraud, and those interests are not overridden by the person's rights.",
      "source": "GDPR Art. 6(1)(f)",
      "deprecated": ""
    },
    {
      "code": "vital_interests",
      "title": "Vital interests",
      "description": "The processing is needed to protect someone's life or physical safety.",
      "source": "GDPR Art. 6(1)(d)",
      "deprecated": ""
    },
    {
      "code": "contract",
      "title": "Contract",
      "description": "The processing is needed to perform a contract with the person, such as a bank acting on its customer's instruction.",
      "source": "GDPR Art. 6(1)(b)",
      "deprecated": ""
    },
    {
      "code": "law_enforcement",
      "title": "Law enforcement",
      "description": "A competent authority processes the data to prevent, investigate, detect or prosecute crime, under law-enforcement data protection rules.",
      "source": "EU Directive 2016/680",
      "deprecated": ""
    }
  ]
};

/** Local reference system: What kind of local reference number an organisation gave a record, such as a police report or hotline ticket. (open codelist) */
export const localRefSystemCodes = ["police_report","hotline_ticket","bank_claim","platform_report","court_case","fiu_report","regulator_case","telecom_ticket","internal"] as const;
export type LocalRefSystemCode = (typeof localRefSystemCodes)[number];
export const localRefSystemCodelist: Codelist<(typeof localRefSystemCodes)[number]> = {
  "name": "local_ref_system",
  "title": "Local reference system",
  "description": "What kind of local reference number an organisation gave a record, such as a police report or hotline ticket.",
  "open": true,
  "rows": [
    {
      "code": "police_report",
      "title": "Police report",
      "description": "A police report, complaint or first information report number.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "hotline_ticket",
      "title": "Hotline ticket",
      "description": "A ticket or call number at an anti-scam hotline or centre, such as Thailand's AOC 1441.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bank_claim",
      "title": "Bank claim",
      "description": "A fraud claim or dispute number at a bank or payment provider.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "platform_report",
      "title": "Platform report",
      "description": "A report or case number at an online platform.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "court_case",
      "title": "Court case",
      "description": "A court file, docket or case number.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "fiu_report",
      "title": "FIU report",
      "description": "The reference of a suspicious transaction or activity report at a financial intelligence unit.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "regulator_case",
      "title": "Regulator case",
      "description": "A case number at a financial or telecommunications regulator.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "telecom_ticket",
      "title": "Telecom ticket",
      "description": "A ticket number at a mobile network operator or SMS aggregator.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "internal",
      "title": "Internal",
      "description": "Any other internal reference of the organisation, such as a database key.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Loss accounting: How a case keeps its frozen, seized, returned and prevented totals: what is outstanding now, or running totals since the case was opened. (closed codelist) */
export const lossAccountingCodes = ["outstanding","cumulative"] as const;
export type LossAccountingCode = (typeof lossAccountingCodes)[number];
export const lossAccountingCodelist: Codelist<(typeof lossAccountingCodes)[number]> = {
  "name": "loss_accounting",
  "title": "Loss accounting",
  "description": "How a case keeps its frozen, seized, returned and prevented totals: what is outstanding now, or running totals since the case was opened.",
  "open": false,
  "rows": [
    {
      "code": "outstanding",
      "title": "Outstanding",
      "description": "Frozen is what is still held now: money frozen and then returned moves from frozen to returned, so frozen and returned together may not exceed the loss. The default, and the only way 1.0 kept totals.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "cumulative",
      "title": "Cumulative",
      "description": "Each total is a running total since the case was opened and only grows between versions: frozen keeps funds since returned or released, and returned may not exceed what was frozen or seized.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Match key type: The form of a match key: a value derived from an observable's canonical form so that partners can find the same observable in each other's data. (closed codelist) */
export const matchKeyTypeCodes = ["e164","hostname","registrable_domain","url","url_sanitized","ip_address","ip_prefix","email","email_domain","sender_id","bank_account","iban","payment_proxy","ewallet_account","vasp_account","card_bin_last4","chain_address","evm_address","transaction","platform_account","platform_handle","app_package","sha256","template_sha256","ad_id","hmac_sha256"] as const;
export type MatchKeyTypeCode = (typeof matchKeyTypeCodes)[number];
export const matchKeyTypeCodelist: Codelist<(typeof matchKeyTypeCodes)[number]> = {
  "name": "match_key_type",
  "title": "Match key type",
  "description": "The form of a match key: a value derived from an observable's canonical form so that partners can find the same observable in each other's data.",
  "open": false,
  "rows": [
    {
      "code": "e164",
      "title": "E.164 phone number",
      "description": "A phone number in E.164 form, such as `+66812345678`, parsed with the reporter's country as the default region.",
      "source": "ITU-T E.164",
      "deprecated": ""
    },
    {
      "code": "hostname",
      "title": "Host name",
      "description": "A host name in lower case, as an IDNA A-label (Punycode), without a trailing dot.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "registrable_domain",
      "title": "Registrable domain",
      "description": "The registrable domain (eTLD+1) of a host, derived with the Public Suffix List including its private section.",
      "source": "Public Suffix List",
      "deprecated": ""
    },
    {
      "code": "url",
      "title": "URL",
      "description": "A URL in Google Safe Browsing canonical form: refanged, fragment removed, repeatedly percent-unescaped, host lower-cased, then re-escaped.",
      "source": "Google Safe Browsing",
      "deprecated": ""
    },
    {
      "code": "url_sanitized",
      "title": "Sanitised URL",
      "description": "The scheme, host and path of a URL with query and fragment removed, because phishing URLs often carry victims' e-mail addresses or tokens in the query.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "ip_address",
      "title": "IP address",
      "description": "An IPv4 address in dotted-decimal form, or an IPv6 address in RFC 5952 compressed lower-case form. IPv4-mapped IPv6 addresses are written as IPv4.",
      "source": "RFC 5952",
      "deprecated": ""
    },
    {
      "code": "ip_prefix",
      "title": "IP prefix",
      "description": "The network containing an IP address, in CIDR notation: the /24 for IPv4 or the /48 for IPv6.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "email",
      "title": "E-mail address",
      "description": "An e-mail address with the domain as a lower-case A-label and the local part lower-cased.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "email_domain",
      "title": "E-mail domain",
      "description": "The domain part of an e-mail address, as a lower-case A-label.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "sender_id",
      "title": "SMS sender ID",
      "description": "An SMS sender ID scoped by country: the ISO 3166-1 alpha-2 code, a colon, and the sender ID after Unicode NFKC normalisation and case folding.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bank_account",
      "title": "Bank account",
      "description": "A domestic bank account as country, bank code (BIC or national bank code) and account number, joined by colons; the account number is digits only with leading zeros kept.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "iban",
      "title": "IBAN",
      "description": "An IBAN in upper case without spaces, with a valid ISO 7064 MOD 97-10 check.",
      "source": "ISO 13616",
      "deprecated": ""
    },
    {
      "code": "payment_proxy",
      "title": "Payment proxy",
      "description": "A payment proxy as scheme, proxy type (ISO 20022 ExternalProxyAccountType1Code) and value, joined by colons; phone numbers in E.164 form, identity numbers as digits only.",
      "source": "ISO 20022 ExternalProxyAccountType1Code",
      "deprecated": ""
    },
    {
      "code": "ewallet_account",
      "title": "E-wallet account",
      "description": "An e-wallet account as provider and account id, joined by a colon.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "vasp_account",
      "title": "Virtual-asset exchange account",
      "description": "An account at a virtual-asset service provider as the provider's short name and the account id, joined by a colon.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "card_bin_last4",
      "title": "Card BIN and last four digits",
      "description": "The BIN (the first six to eight digits) and the last four digits of a payment card. The full card number is never used as a key.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "chain_address",
      "title": "Chain address",
      "description": "A crypto-asset address as CAIP-10 (chain id and address), in the chain's canonical case: Base58 addresses as they are, Bech32 addresses in lower case.",
      "source": "CAIP-10",
      "deprecated": ""
    },
    {
      "code": "evm_address",
      "title": "EVM address",
      "description": "`eip155:` and an EVM address in lower-case hexadecimal, without the chain reference (`eip155:0x5290…`), so that the same address matches on every EVM chain.",
      "source": "EIP-55",
      "deprecated": ""
    },
    {
      "code": "transaction",
      "title": "Transaction",
      "description": "A blockchain transaction as CAIP-2 chain id and transaction hash, joined by a colon; EVM hashes in lower-case hexadecimal.",
      "source": "CAIP-2",
      "deprecated": ""
    },
    {
      "code": "platform_account",
      "title": "Platform account id",
      "description": "An online account as platform code and the platform's stable numeric or opaque user id, joined by a colon. Preferred over the handle, which can change.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "platform_handle",
      "title": "Platform handle",
      "description": "An online account as platform code and handle, joined by a colon, with any leading @ removed and case folded where the platform ignores case. Handles are renamed and recycled, so a match holds only for the time observed.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "app_package",
      "title": "App package name",
      "description": "An Android package name or iOS bundle id, exactly as published (case-sensitive).",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "sha256",
      "title": "SHA-256",
      "description": "The SHA-256 hash of a file, in lower-case hexadecimal.",
      "source": "FIPS 180-4",
      "deprecated": ""
    },
    {
      "code": "template_sha256",
      "title": "Template SHA-256",
      "description": "The SHA-256 hash, in lower-case hexadecimal, of a message template after GPOS template normalisation (NFKC, invisible characters removed, confusables mapped, case folded, typed placeholders, whitespace collapsed).",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "ad_id",
      "title": "Ad id",
      "description": "An online advertisement as platform code and the platform's ad id, joined by a colon.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "hmac_sha256",
      "title": "Keyed HMAC-SHA-256",
      "description": "A keyed HMAC-SHA-256 of another match key, under a community key named by its key id. It lets partners match phone numbers, account numbers and other low-entropy values without revealing them; plain hashes of such values can be reversed by trying every possible value.",
      "source": "RFC 2104",
      "deprecated": ""
    }
  ]
};

/** Metric measure: How a commitment metric's baseline, targets and actual values are expressed. (closed codelist) */
export const metricMeasureCodes = ["unit","percentage","currency","ratio","ordinal","qualitative"] as const;
export type MetricMeasureCode = (typeof metricMeasureCodes)[number];
export const metricMeasureCodelist: Codelist<(typeof metricMeasureCodes)[number]> = {
  "name": "metric_measure",
  "title": "Metric measure",
  "description": "How a commitment metric's baseline, targets and actual values are expressed.",
  "open": false,
  "rows": [
    {
      "code": "unit",
      "title": "Unit",
      "description": "A count or quantity in the unit named by the metric, such as accounts frozen or hours to freeze.",
      "source": "IATI IndicatorMeasure",
      "deprecated": ""
    },
    {
      "code": "percentage",
      "title": "Percentage",
      "description": "A percentage from 0 to 100.",
      "source": "IATI IndicatorMeasure",
      "deprecated": ""
    },
    {
      "code": "currency",
      "title": "Currency",
      "description": "An amount of money in the currency named by the metric.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "ratio",
      "title": "Ratio",
      "description": "A ratio of two quantities, such as funds recovered per funds lost.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "ordinal",
      "title": "Ordinal",
      "description": "A position on an ordered scale, such as a maturity level.",
      "source": "IATI IndicatorMeasure",
      "deprecated": ""
    },
    {
      "code": "qualitative",
      "title": "Qualitative",
      "description": "A description in words; no numeric value is given.",
      "source": "IATI IndicatorMeasure",
      "deprecated": ""
    }
  ]
};

/** Metric vocabulary: The framework that defines a metric a commitment reports against. (open codelist) */
export const metricVocabularyCodes = ["gpos","sdg","gasa","national"] as const;
export type MetricVocabularyCode = (typeof metricVocabularyCodes)[number];
export const metricVocabularyCodelist: Codelist<(typeof metricVocabularyCodes)[number]> = {
  "name": "metric_vocabulary",
  "title": "Metric vocabulary",
  "description": "The framework that defines a metric a commitment reports against.",
  "open": true,
  "rows": [
    {
      "code": "gpos",
      "title": "GPOS",
      "description": "A metric defined by the Global Partnership Against Online Scams for reporting on commitments.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "sdg",
      "title": "Sustainable Development Goals",
      "description": "An indicator of the United Nations Sustainable Development Goals framework, such as 16.4.1.",
      "source": "UN SDG",
      "deprecated": ""
    },
    {
      "code": "gasa",
      "title": "Global Anti-Scam Alliance",
      "description": "A measure used in the Global Anti-Scam Alliance's surveys and reports.",
      "source": "GASA",
      "deprecated": ""
    },
    {
      "code": "national",
      "title": "National",
      "description": "A metric defined by the reporting country's own statistics or strategy. Say which in the reference's URL.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Milestone status: Whether a commitment milestone was reached, as judged at the date it was last reviewed. (closed codelist) */
export const milestoneStatusCodes = ["scheduled","met","not_met","partially_met","cancelled"] as const;
export type MilestoneStatusCode = (typeof milestoneStatusCodes)[number];
export const milestoneStatusCodelist: Codelist<(typeof milestoneStatusCodes)[number]> = {
  "name": "milestone_status",
  "title": "Milestone status",
  "description": "Whether a commitment milestone was reached, as judged at the date it was last reviewed.",
  "open": false,
  "rows": [
    {
      "code": "scheduled",
      "title": "Scheduled",
      "description": "The milestone is scheduled for its due date; progress has not yet been judged.",
      "source": "OCDS milestoneStatus",
      "deprecated": "",
      "xw_ocds": "scheduled"
    },
    {
      "code": "met",
      "title": "Met",
      "description": "The milestone has been reached. The date it was met should be given.",
      "source": "OCDS milestoneStatus",
      "deprecated": "",
      "xw_ocds": "met"
    },
    {
      "code": "not_met",
      "title": "Not met",
      "description": "The milestone had not been reached when it was last reviewed.",
      "source": "OCDS milestoneStatus",
      "deprecated": "",
      "xw_ocds": "notMet"
    },
    {
      "code": "partially_met",
      "title": "Partially met",
      "description": "The milestone had been partly reached when it was last reviewed.",
      "source": "OCDS milestoneStatus",
      "deprecated": "",
      "xw_ocds": "partiallyMet"
    },
    {
      "code": "cancelled",
      "title": "Cancelled",
      "description": "The milestone was dropped and will not be pursued.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ocds": ""
    }
  ]
};

/** Observation status: The status of a reported value, such as a metric's actual value for a period. (closed codelist) */
export const observationStatusCodes = ["provisional","final","estimated","missing","confidential"] as const;
export type ObservationStatusCode = (typeof observationStatusCodes)[number];
export const observationStatusCodelist: Codelist<(typeof observationStatusCodes)[number]> = {
  "name": "observation_status",
  "title": "Observation status",
  "description": "The status of a reported value, such as a metric's actual value for a period.",
  "open": false,
  "rows": [
    {
      "code": "provisional",
      "title": "Provisional",
      "description": "The value may still be revised.",
      "source": "SDMX OBS_STATUS",
      "deprecated": ""
    },
    {
      "code": "final",
      "title": "Final",
      "description": "The value will not be revised.",
      "source": "SDMX OBS_STATUS",
      "deprecated": ""
    },
    {
      "code": "estimated",
      "title": "Estimated",
      "description": "The value is an estimate rather than a measurement.",
      "source": "SDMX OBS_STATUS",
      "deprecated": ""
    },
    {
      "code": "missing",
      "title": "Missing",
      "description": "No value is available for the period.",
      "source": "SDMX OBS_STATUS",
      "deprecated": ""
    },
    {
      "code": "confidential",
      "title": "Confidential",
      "description": "A value exists but is withheld.",
      "source": "SDMX OBS_CONF",
      "deprecated": ""
    }
  ]
};

/** Operation kind: What kind of scam operation a record describes: a compound, a call centre, a laundering or recruitment network. (open codelist) */
export const operationKindCodes = ["scam_compound","call_centre","laundering_network","recruitment_network","mule_network","sim_farm","phishing_kit_operator","other"] as const;
export type OperationKindCode = (typeof operationKindCodes)[number];
export const operationKindCodelist: Codelist<(typeof operationKindCodes)[number]> = {
  "name": "operation_kind",
  "title": "Operation kind",
  "description": "What kind of scam operation a record describes: a compound, a call centre, a laundering or recruitment network.",
  "open": true,
  "rows": [
    {
      "code": "scam_compound",
      "title": "Scam compound",
      "description": "A guarded site where workers, many of them trafficked, run scams at scale from dormitories and offices, often in a special economic zone or border area.",
      "source": "GPOS",
      "deprecated": "",
      "xw_stix_sdo": "intrusion-set"
    },
    {
      "code": "call_centre",
      "title": "Call centre",
      "description": "An office or network of offices running scam calls or chats, without the forced labour and confinement of a compound.",
      "source": "GPOS",
      "deprecated": "",
      "xw_stix_sdo": "intrusion-set"
    },
    {
      "code": "laundering_network",
      "title": "Money-laundering network",
      "description": "A network that moves and cleans the proceeds of scams: mule account herders, underground banking, crypto over-the-counter desks and cash-out crews.",
      "source": "GPOS",
      "deprecated": "",
      "xw_stix_sdo": "intrusion-set"
    },
    {
      "code": "recruitment_network",
      "title": "Recruitment network",
      "description": "A network that lures workers into scam operations with fake job offers, and moves them across borders.",
      "source": "GPOS",
      "deprecated": "",
      "xw_stix_sdo": "intrusion-set"
    },
    {
      "code": "mule_network",
      "title": "Mule account network",
      "description": "A network that opens, buys, rents or controls bank, e-wallet and exchange accounts used to receive victims' money.",
      "source": "GPOS",
      "deprecated": "",
      "xw_stix_sdo": "intrusion-set"
    },
    {
      "code": "sim_farm",
      "title": "SIM farm",
      "description": "A set of SIM boxes, SIM banks or phones that sends scam SMS or places scam calls at scale.",
      "source": "GPOS",
      "deprecated": "",
      "xw_stix_sdo": "infrastructure"
    },
    {
      "code": "phishing_kit_operator",
      "title": "Phishing kit or service operator",
      "description": "A group that builds, rents out or hosts phishing kits, fake sites or fake apps for other scammers (crime as a service).",
      "source": "GPOS",
      "deprecated": "",
      "xw_stix_sdo": "infrastructure"
    },
    {
      "code": "other",
      "title": "Other",
      "description": "A kind of operation not listed; describe it in the description.",
      "source": "GPOS",
      "deprecated": "",
      "xw_stix_sdo": ""
    }
  ]
};

/** Operation size measure: What an estimate of a scam operation's size counts: workers, trafficked persons, victims, numbers, accounts. (open codelist) */
export const operationSizeMeasureCodes = ["workers","trafficked_persons","victims","phone_numbers","accounts","domains","buildings"] as const;
export type OperationSizeMeasureCode = (typeof operationSizeMeasureCodes)[number];
export const operationSizeMeasureCodelist: Codelist<(typeof operationSizeMeasureCodes)[number]> = {
  "name": "operation_size_measure",
  "title": "Operation size measure",
  "description": "What an estimate of a scam operation's size counts: workers, trafficked persons, victims, numbers, accounts.",
  "open": true,
  "rows": [
    {
      "code": "workers",
      "title": "Workers",
      "description": "Persons working in the operation, whether willingly or not.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "trafficked_persons",
      "title": "Trafficked persons",
      "description": "Persons held in the operation who were trafficked into it or are forced to work there.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "victims",
      "title": "Victims",
      "description": "Persons the operation defrauded.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "phone_numbers",
      "title": "Phone numbers",
      "description": "Phone numbers or SIM cards the operation uses.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "accounts",
      "title": "Accounts",
      "description": "Bank, e-wallet, exchange, social media or messaging accounts the operation uses.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "domains",
      "title": "Domains",
      "description": "Domains the operation uses for its sites.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "buildings",
      "title": "Buildings",
      "description": "Buildings the operation occupies.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Operation status: Where a scam operation stands: active, disrupted, dismantled, relocated. (closed codelist) */
export const operationStatusCodes = ["active","disrupted","dismantled","relocated","unknown"] as const;
export type OperationStatusCode = (typeof operationStatusCodes)[number];
export const operationStatusCodelist: Codelist<(typeof operationStatusCodes)[number]> = {
  "name": "operation_status",
  "title": "Operation status",
  "description": "Where a scam operation stands: active, disrupted, dismantled, relocated.",
  "open": false,
  "rows": [
    {
      "code": "active",
      "title": "Active",
      "description": "The operation is running as far as the source knows.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "disrupted",
      "title": "Disrupted",
      "description": "Its work has been interrupted, for example by a takedown of its infrastructure, a freeze of its accounts or a cut of its power or internet, but it is not known to have stopped.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "dismantled",
      "title": "Dismantled",
      "description": "It has been shut down, for example by a raid with arrests and the release of its workers.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "relocated",
      "title": "Relocated",
      "description": "It has moved to another place, named in operates_from, and is presumed to continue there.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "unknown",
      "title": "Unknown",
      "description": "The source does not know whether the operation is still running.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Organisation identifier scheme: The scheme that prefixes an organisation reference (`SCHEME:local-part`). The code is the prefix in lower case with hyphens as underscores; the prefix column gives the exact prefix. (open codelist) */
export const orgIdSchemeCodes = ["lei","gasa","un","platform","th_gov","bd_gov","np_gov","pe_gov","ae_gov","us_gov","gb_gov","sg_gov","th_bank","th_cr","vasp","cr","partnership"] as const;
export type OrgIdSchemeCode = (typeof orgIdSchemeCodes)[number];
export const orgIdSchemeCodelist: Codelist<(typeof orgIdSchemeCodes)[number]> = {
  "name": "org_id_scheme",
  "title": "Organisation identifier scheme",
  "description": "The scheme that prefixes an organisation reference (`SCHEME:local-part`). The code is the prefix in lower case with hyphens as underscores; the prefix column gives the exact prefix.",
  "open": true,
  "rows": [
    {
      "code": "lei",
      "title": "Legal Entity Identifier",
      "description": "An organisation with a Legal Entity Identifier. The local part is the 20-character LEI (ISO 17442), for example `LEI:5493001KJTIIGC8Y1R12`.",
      "source": "ISO 17442",
      "deprecated": "",
      "prefix": "LEI"
    },
    {
      "code": "gasa",
      "title": "Global Anti-Scam Alliance",
      "description": "A member or body of the Global Anti-Scam Alliance. The local part is `member:` followed by the member's short lower-case name, for example `GASA:member:tiktok`.",
      "source": "GPOS",
      "deprecated": "",
      "prefix": "GASA"
    },
    {
      "code": "un",
      "title": "United Nations",
      "description": "A United Nations entity. The local part is the entity's acronym in lower case, for example `UN:unodc`.",
      "source": "GPOS",
      "deprecated": "",
      "prefix": "UN"
    },
    {
      "code": "platform",
      "title": "Global online platform",
      "description": "A company operating an online platform worldwide. The local part is the company's short lower-case name, for example `PLATFORM:meta`. Prefer `LEI` when the company's LEI is known.",
      "source": "GPOS",
      "deprecated": "",
      "prefix": "PLATFORM"
    },
    {
      "code": "th_gov",
      "title": "Government of Thailand",
      "description": "A government body of Thailand. The local part is a short lower-case name for the body, unique within the country, for example `TH-GOV:aoc1441`.",
      "source": "GPOS",
      "deprecated": "",
      "prefix": "TH-GOV"
    },
    {
      "code": "bd_gov",
      "title": "Government of Bangladesh",
      "description": "A government body of Bangladesh. The local part is a short lower-case name for the body, unique within the country.",
      "source": "GPOS",
      "deprecated": "",
      "prefix": "BD-GOV"
    },
    {
      "code": "np_gov",
      "title": "Government of Nepal",
      "description": "A government body of Nepal. The local part is a short lower-case name for the body, unique within the country.",
      "source": "GPOS",
      "deprecated": "",
      "prefix": "NP-GOV"
    },
    {
      "code": "pe_gov",
      "title": "Government of Peru",
      "description": "A government body of Peru. The local part is a short lower-case name for the body, unique within the country.",
      "source": "GPOS",
      "deprecated": "",
      "prefix": "PE-GOV"
    },
    {
      "code": "ae_gov",
      "title": "Government of the United Arab Emirates",
      "description": "A government body of the United Arab Emirates. The local part is a short lower-case name for the body, unique within the country.",
      "source": "GPOS",
      "deprecated": "",
      "prefix": "AE-GOV"
    },
    {
      "code": "us_gov",
      "title": "Government of the United States",
      "description": "A government body of the United States. The local part is a short lower-case name for the body, unique within the country.",
      "source": "GPOS",
      "deprecated": "",
      "prefix": "US-GOV"
    },
    {
      "code": "gb_gov",
      "title": "Government of the United Kingdom",
      "description": "A government body of the United Kingdom. The local part is a short lower-case name for the body, unique within the country.",
      "source": "GPOS",
      "deprecated": "",
      "prefix": "GB-GOV"
    },
    {
      "code": "sg_gov",
      "title": "Government of Singapore",
      "description": "A government body of Singapore. The local part is a short lower-case name for the body, unique within the country.",
      "source": "GPOS",
      "deprecated": "",
      "prefix": "SG-GOV"
    },
    {
      "code": "th_bank",
      "title": "Thai bank code",
      "description": "A bank in Thailand. The local part is the bank's three-digit financial institution code used in Thai interbank payments.",
      "source": "GPOS",
      "deprecated": "",
      "prefix": "TH-BANK"
    },
    {
      "code": "th_cr",
      "title": "Thai company register",
      "description": "A company registered in Thailand. The local part is the 13-digit juristic person registration number issued by the Department of Business Development.",
      "source": "GPOS",
      "deprecated": "",
      "prefix": "TH-CR"
    },
    {
      "code": "vasp",
      "title": "Virtual-asset service provider",
      "description": "A virtual-asset service provider (a crypto exchange, broker or custodial wallet) in the FATF sense. The local part is the provider's short lower-case name, for example `VASP:binance`; the provider's licence or registration numbers go in the organisation record.",
      "source": "GPOS (after FATF Recommendation 15)",
      "deprecated": "",
      "prefix": "VASP"
    },
    {
      "code": "cr",
      "title": "Foreign company register",
      "description": "A company in a national company register that has no scheme of its own here. The local part is the ISO 3166-1 or ISO 3166-2 code of the register's jurisdiction, a hyphen and the registration number as the register writes it, for example `CR:AE-DU-1234567` for a Dubai company.",
      "source": "GPOS (after org-id.guide)",
      "deprecated": "",
      "prefix": "CR"
    },
    {
      "code": "partnership",
      "title": "Partnership body",
      "description": "A body formed by several organisations rather than one of them: a joint task force, a cross-border working group or a public-private partnership. The local part is its short lower-case name, for example `PARTNERSHIP:th-kh-joint-task-force`.",
      "source": "GPOS",
      "deprecated": "",
      "prefix": "PARTNERSHIP"
    }
  ]
};

/** Organisation kind: What kind of organisation a partner or other organisation is. (open codelist) */
export const organizationKindCodes = ["government_ministry","law_enforcement","anti_scam_centre","financial_intelligence_unit","regulator","central_bank","bank","payment_service_provider","virtual_asset_service_provider","telecom_operator","platform","civil_society","international_organisation","industry_association","research","other"] as const;
export type OrganizationKindCode = (typeof organizationKindCodes)[number];
export const organizationKindCodelist: Codelist<(typeof organizationKindCodes)[number]> = {
  "name": "organization_kind",
  "title": "Organisation kind",
  "description": "What kind of organisation a partner or other organisation is.",
  "open": true,
  "rows": [
    {
      "code": "government_ministry",
      "title": "Government ministry",
      "description": "A ministry or other central government department.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "law_enforcement",
      "title": "Law enforcement",
      "description": "A police force or other law enforcement or prosecuting agency.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "anti_scam_centre",
      "title": "Anti-scam centre",
      "description": "A body set up to take scam reports and coordinate the response across agencies and industry, such as Thailand's AOC 1441 or Australia's National Anti-Scam Centre.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "financial_intelligence_unit",
      "title": "Financial intelligence unit",
      "description": "A national financial intelligence unit that receives and analyses suspicious transaction reports.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "regulator",
      "title": "Regulator",
      "description": "A regulator of financial services, telecoms, online platforms, data protection or consumer protection.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "central_bank",
      "title": "Central bank",
      "description": "A central bank or monetary authority.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bank",
      "title": "Bank",
      "description": "A bank or other deposit-taking institution.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "payment_service_provider",
      "title": "Payment service provider",
      "description": "A non-bank payment service provider, such as an e-wallet, payment app or money remittance company.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "virtual_asset_service_provider",
      "title": "Virtual asset service provider",
      "description": "A crypto-asset exchange, custodian or other virtual asset service provider.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "telecom_operator",
      "title": "Telecom operator",
      "description": "A mobile or fixed-line telecom operator.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "platform",
      "title": "Online platform",
      "description": "An online platform, such as a social network, messaging app, marketplace, search engine or app store.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "civil_society",
      "title": "Civil society organisation",
      "description": "A non-governmental organisation, such as a victim support or consumer organisation.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "international_organisation",
      "title": "International organisation",
      "description": "An intergovernmental organisation, such as UNODC or INTERPOL.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "industry_association",
      "title": "Industry association",
      "description": "An association of companies or professionals, such as a bankers' association or an anti-scam alliance.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "research",
      "title": "Research organisation",
      "description": "A university or other research organisation.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "other",
      "title": "Other",
      "description": "Any other kind of organisation.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Organisation role: The part an organisation plays in the Global Partnership and its data exchange. (open codelist) */
export const organizationRoleCodes = ["signatory","data_provider","data_consumer","exchange_operator","observer","secretariat"] as const;
export type OrganizationRoleCode = (typeof organizationRoleCodes)[number];
export const organizationRoleCodelist: Codelist<(typeof organizationRoleCodes)[number]> = {
  "name": "organization_role",
  "title": "Organisation role",
  "description": "The part an organisation plays in the Global Partnership and its data exchange.",
  "open": true,
  "rows": [
    {
      "code": "signatory",
      "title": "Signatory",
      "description": "Has endorsed an instrument of the Global Partnership, such as the Bangkok Joint Statement.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "data_provider",
      "title": "Data provider",
      "description": "Shares records through the exchange.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "data_consumer",
      "title": "Data consumer",
      "description": "Receives records through the exchange.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "exchange_operator",
      "title": "Exchange operator",
      "description": "Runs an exchange service that carries GPOS records between partners.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "observer",
      "title": "Observer",
      "description": "Follows the work of the Global Partnership without making commitments or sharing data.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "secretariat",
      "title": "Secretariat",
      "description": "Supports the Global Partnership's coordination and maintains its registers.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Permissible Actions Protocol: The PAP label that says what recipients may do with an indicator, as distinct from whom they may share it with (TLP). (closed codelist) */
export const papCodes = ["clear","green","amber","red"] as const;
export type PapCode = (typeof papCodes)[number];
export const papCodelist: Codelist<(typeof papCodes)[number]> = {
  "name": "pap",
  "title": "Permissible Actions Protocol",
  "description": "The PAP label that says what recipients may do with an indicator, as distinct from whom they may share it with (TLP).",
  "open": false,
  "rows": [
    {
      "code": "clear",
      "title": "PAP:CLEAR",
      "description": "No restrictions on using the information. Replaces PAP:WHITE, which is mapped to this code on import.",
      "source": "PAP (MISP PAP taxonomy)",
      "deprecated": "",
      "xw_misp_tag": "PAP:CLEAR | PAP:WHITE"
    },
    {
      "code": "green",
      "title": "PAP:GREEN",
      "description": "Active actions allowed: recipients may use the information to interact with or block the target, for example block a URL, a phone number or traffic to and from a host.",
      "source": "PAP (MISP PAP taxonomy)",
      "deprecated": "",
      "xw_misp_tag": "PAP:GREEN"
    },
    {
      "code": "amber",
      "title": "PAP:AMBER",
      "description": "Passive cross-checks only: recipients may look the information up in online services, including third-party ones, or monitor for it, but may not act against the target.",
      "source": "PAP (MISP PAP taxonomy)",
      "deprecated": "",
      "xw_misp_tag": "PAP:AMBER"
    },
    {
      "code": "red",
      "title": "PAP:RED",
      "description": "Non-detectable actions only: recipients may search their own logs and records for the information, but may not use it in any way the target could detect, including online look-ups.",
      "source": "PAP (MISP PAP taxonomy)",
      "deprecated": "",
      "xw_misp_tag": "PAP:RED"
    }
  ]
};

/** Party role: The part an organisation plays in a particular commitment. (open codelist) */
export const partyRoleCodes = ["lead_implementer","supporting_implementer","funder","assessor","point_of_contact","civil_society_partner","private_sector_partner","international_organisation"] as const;
export type PartyRoleCode = (typeof partyRoleCodes)[number];
export const partyRoleCodelist: Codelist<(typeof partyRoleCodes)[number]> = {
  "name": "party_role",
  "title": "Party role",
  "description": "The part an organisation plays in a particular commitment.",
  "open": true,
  "rows": [
    {
      "code": "lead_implementer",
      "title": "Lead implementer",
      "description": "Responsible for delivering the commitment.",
      "source": "GPOS (after OCDS partyRole)",
      "deprecated": ""
    },
    {
      "code": "supporting_implementer",
      "title": "Supporting implementer",
      "description": "Helps deliver the commitment under the lead implementer.",
      "source": "GPOS (after OCDS partyRole)",
      "deprecated": ""
    },
    {
      "code": "funder",
      "title": "Funder",
      "description": "Provides money for the commitment.",
      "source": "GPOS (after OCDS partyRole)",
      "deprecated": ""
    },
    {
      "code": "assessor",
      "title": "Assessor",
      "description": "Assesses the commitment's progress or results.",
      "source": "GPOS (after OCDS partyRole)",
      "deprecated": ""
    },
    {
      "code": "point_of_contact",
      "title": "Point of contact",
      "description": "Answers questions about the commitment.",
      "source": "GPOS (after OCDS partyRole)",
      "deprecated": ""
    },
    {
      "code": "civil_society_partner",
      "title": "Civil society partner",
      "description": "A civil society organisation taking part in the commitment.",
      "source": "GPOS (after OCDS partyRole)",
      "deprecated": ""
    },
    {
      "code": "private_sector_partner",
      "title": "Private-sector partner",
      "description": "A company taking part in the commitment.",
      "source": "GPOS (after OCDS partyRole)",
      "deprecated": ""
    },
    {
      "code": "international_organisation",
      "title": "International organisation",
      "description": "An intergovernmental organisation taking part in or supporting the commitment.",
      "source": "GPOS (after OCDS partyRole)",
      "deprecated": ""
    }
  ]
};

/** Payment method: How the victim's money moved to the scammer. The payment rail and the receiving indicator are recorded separately. (open codelist) */
export const paymentMethodCodes = ["bank_transfer_domestic_instant","bank_transfer_domestic_other","wire_international","card_credit","card_debit","ewallet","payment_app","crypto_onchain","crypto_via_atm","crypto_via_exchange_purchase","gift_card","cash_courier","cash_deposit","money_remittance","cheque","money_order","other"] as const;
export type PaymentMethodCode = (typeof paymentMethodCodes)[number];
export const paymentMethodCodelist: Codelist<(typeof paymentMethodCodes)[number]> = {
  "name": "payment_method",
  "title": "Payment method",
  "description": "How the victim's money moved to the scammer. The payment rail and the receiving indicator are recorded separately.",
  "open": true,
  "rows": [
    {
      "code": "bank_transfer_domestic_instant",
      "title": "Domestic instant bank transfer",
      "description": "A domestic transfer over an instant payment system, including payments to a proxy such as PromptPay, Faster Payments, PayNow or UPI.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": "Bank transfer/payment (unverified)"
    },
    {
      "code": "bank_transfer_domestic_other",
      "title": "Other domestic bank transfer",
      "description": "A domestic bank transfer that is not instant, such as a batch or next-day transfer.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": "Bank transfer/payment (unverified)"
    },
    {
      "code": "wire_international",
      "title": "International wire transfer",
      "description": "A cross-border bank transfer, for example over SWIFT.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": "Wire (unverified)"
    },
    {
      "code": "card_credit",
      "title": "Credit card",
      "description": "A payment by credit card.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": "Credit/debit card (unverified)"
    },
    {
      "code": "card_debit",
      "title": "Debit card",
      "description": "A payment by debit card.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": "Credit/debit card (unverified)"
    },
    {
      "code": "ewallet",
      "title": "E-wallet",
      "description": "A payment from a stored-value e-wallet, such as TrueMoney, GCash or Alipay.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": ""
    },
    {
      "code": "payment_app",
      "title": "Payment app",
      "description": "A payment through a person-to-person payment app or service that draws on the payer's bank account or card.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": "Payment app (unverified)"
    },
    {
      "code": "crypto_onchain",
      "title": "Crypto-asset transfer",
      "description": "The victim sent crypto-assets from their own wallet or exchange account to an address the scammer controls.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": "Cryptocurrency (unverified)"
    },
    {
      "code": "crypto_via_atm",
      "title": "Cash paid into a crypto-asset ATM",
      "description": "The victim paid cash into a crypto-asset ATM (kiosk) that sent crypto-assets to the scammer's address.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": "Cryptocurrency (unverified)"
    },
    {
      "code": "crypto_via_exchange_purchase",
      "title": "Crypto-assets bought for the scammer",
      "description": "The victim bought crypto-assets on an exchange or over the counter on the scammer's instructions and sent them on.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": "Cryptocurrency (unverified)"
    },
    {
      "code": "gift_card",
      "title": "Gift card or reload card",
      "description": "The victim bought gift cards or reloadable prepaid cards and gave the scammer their numbers or PINs.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": "Gift/reload card (unverified)"
    },
    {
      "code": "cash_courier",
      "title": "Cash handed to a courier",
      "description": "The victim handed cash to a courier or sent it in a parcel.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": "Cash (unverified)"
    },
    {
      "code": "cash_deposit",
      "title": "Cash deposited into an account",
      "description": "The victim paid cash into a bank account, for example at a branch or a cash deposit machine.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": "Cash (unverified)"
    },
    {
      "code": "money_remittance",
      "title": "Money remittance",
      "description": "A transfer through a money remittance company or agent rather than a bank.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": ""
    },
    {
      "code": "cheque",
      "title": "Cheque",
      "description": "A payment by cheque.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": "Check (unverified)"
    },
    {
      "code": "money_order",
      "title": "Money order",
      "description": "A payment by money order or postal order.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": "Money order (unverified)"
    },
    {
      "code": "other",
      "title": "Other",
      "description": "Any other payment method.",
      "source": "GPOS",
      "deprecated": "",
      "xw_ftc_payment_method": ""
    }
  ]
};

/** Payment rail: The rail or network a payment or transfer moved on: a national real-time payment system, SWIFT, a card network, a mobile-money or e-wallet service, an exchange's own ledger, or a blockchain. (open codelist) */
export const paymentRailCodes = ["promptpay","paynow","duitnow","instapay","bi_fast","npp","upi","imps","fps_uk","fps_hk","pix","sepa","sepa_inst","ach","rtgs","domestic_interbank","swift","remittance_network","mobile_money","ewallet_internal","book_transfer","card_network","exchange_internal","p2p_trade","bitcoin","ethereum","tron","bsc","polygon","solana","cash","hawala","other"] as const;
export type PaymentRailCode = (typeof paymentRailCodes)[number];
export const paymentRailCodelist: Codelist<(typeof paymentRailCodes)[number]> = {
  "name": "payment_rail",
  "title": "Payment rail",
  "description": "The rail or network a payment or transfer moved on: a national real-time payment system, SWIFT, a card network, a mobile-money or e-wallet service, an exchange's own ledger, or a blockchain.",
  "open": true,
  "rows": [
    {
      "code": "promptpay",
      "title": "PromptPay",
      "description": "Thailand's real-time payment system, addressed by account number or by a PromptPay proxy (mobile number, national id, e-wallet id).",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "paynow",
      "title": "PayNow and FAST",
      "description": "Singapore's real-time payments: FAST between accounts, PayNow for proxies (mobile number, NRIC, UEN).",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "duitnow",
      "title": "DuitNow",
      "description": "Malaysia's real-time payment system and its proxy service.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "instapay",
      "title": "InstaPay",
      "description": "The Philippines' real-time retail payment system.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bi_fast",
      "title": "BI-FAST",
      "description": "Indonesia's real-time retail payment system.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "npp",
      "title": "New Payments Platform",
      "description": "Australia's real-time payment system, including PayID and PayTo.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "upi",
      "title": "UPI",
      "description": "India's Unified Payments Interface.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "imps",
      "title": "IMPS",
      "description": "India's Immediate Payment Service.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "fps_uk",
      "title": "Faster Payments (UK)",
      "description": "The United Kingdom's Faster Payments Service.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "fps_hk",
      "title": "Faster Payment System (Hong Kong)",
      "description": "Hong Kong's Faster Payment System.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "pix",
      "title": "Pix",
      "description": "Brazil's instant payment system.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "sepa",
      "title": "SEPA credit transfer",
      "description": "A SEPA credit transfer, settled within a business day.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "sepa_inst",
      "title": "SEPA Instant",
      "description": "A SEPA instant credit transfer.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "ach",
      "title": "ACH",
      "description": "An automated clearing house batch transfer (for example US ACH).",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "rtgs",
      "title": "Real-time gross settlement",
      "description": "A high-value transfer through a central bank's RTGS system (for example BAHTNET, Fedwire, CHAPS).",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "domestic_interbank",
      "title": "Other domestic interbank",
      "description": "A domestic transfer between banks on a rail not listed here.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "swift",
      "title": "SWIFT",
      "description": "A cross-border transfer carried by SWIFT messages through correspondent banks.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "remittance_network",
      "title": "Remittance network",
      "description": "A money transfer operator's own network (for example Western Union or a licensed remittance company), including its payout partners.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "mobile_money",
      "title": "Mobile money",
      "description": "A transfer within or between mobile financial services, such as bKash, M-Pesa or GCash, by mobile number.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "ewallet_internal",
      "title": "Within an e-wallet",
      "description": "A transfer between two accounts of the same e-wallet provider.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "book_transfer",
      "title": "Within one bank",
      "description": "A transfer between two accounts at the same bank, which never leaves its books.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "card_network",
      "title": "Card network",
      "description": "A card payment or card-funded transfer through a card scheme (Visa, Mastercard, UnionPay…).",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "exchange_internal",
      "title": "Within a virtual-asset exchange",
      "description": "A movement inside one virtual-asset service provider's own ledger (a trade, or an internal transfer between two of its customers) that never appears on chain.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "p2p_trade",
      "title": "Peer-to-peer crypto trade",
      "description": "A peer-to-peer purchase or sale of a crypto asset, paid in money on another rail and settled on an exchange's escrow or on chain.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bitcoin",
      "title": "Bitcoin",
      "description": "An on-chain transfer on the Bitcoin network.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "ethereum",
      "title": "Ethereum",
      "description": "An on-chain transfer on Ethereum mainnet.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "tron",
      "title": "TRON",
      "description": "An on-chain transfer on TRON mainnet, the network most USDT in scam cases moves on.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bsc",
      "title": "BNB Smart Chain",
      "description": "An on-chain transfer on BNB Smart Chain.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "polygon",
      "title": "Polygon",
      "description": "An on-chain transfer on Polygon PoS.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "solana",
      "title": "Solana",
      "description": "An on-chain transfer on Solana.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "cash",
      "title": "Cash",
      "description": "Cash handed over, deposited or withdrawn.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "hawala",
      "title": "Hawala or informal value transfer",
      "description": "An informal value transfer system, settled between brokers outside the banking system.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "other",
      "title": "Other",
      "description": "A rail not listed here.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Payment scheme: The payment scheme of a payment proxy or alias, such as PromptPay or UPI. (open codelist) */
export const paymentSchemeCodes = ["promptpay","paynow","duitnow","upi","payid","fps_hk","pix","instapay","bakong","qris","zelle"] as const;
export type PaymentSchemeCode = (typeof paymentSchemeCodes)[number];
export const paymentSchemeCodelist: Codelist<(typeof paymentSchemeCodes)[number]> = {
  "name": "payment_scheme",
  "title": "Payment scheme",
  "description": "The payment scheme of a payment proxy or alias, such as PromptPay or UPI.",
  "open": true,
  "rows": [
    {
      "code": "promptpay",
      "title": "PromptPay",
      "description": "Thailand's proxy payment scheme: a mobile number, citizen id, tax id or e-wallet id linked to a bank account.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "paynow",
      "title": "PayNow",
      "description": "Singapore's proxy payment scheme, linking a mobile number, NRIC or UEN to a bank account.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "duitnow",
      "title": "DuitNow",
      "description": "Malaysia's proxy payment scheme.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "upi",
      "title": "UPI",
      "description": "India's Unified Payments Interface, where a virtual payment address (`name@bank`) identifies an account.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "payid",
      "title": "PayID",
      "description": "Australia's NPP PayID, linking a phone number, e-mail, ABN or organisation id to an account.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "fps_hk",
      "title": "FPS (Hong Kong)",
      "description": "Hong Kong's Faster Payment System proxy id.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "pix",
      "title": "Pix",
      "description": "Brazil's instant payment scheme, where a key (CPF, phone, e-mail or random key) identifies an account.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "instapay",
      "title": "InstaPay",
      "description": "The Philippines' instant payment scheme.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bakong",
      "title": "Bakong",
      "description": "Cambodia's national payment system.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "qris",
      "title": "QRIS",
      "description": "Indonesia's national QR code standard and the account it resolves to.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "zelle",
      "title": "Zelle",
      "description": "The United States' Zelle network, where an e-mail or phone number identifies an account.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Platform: The online service on which an account, app or advertisement exists or a contact took place. (open codelist) */
export const platformCodes = ["facebook","instagram","messenger","whatsapp","threads","tiktok","line","telegram","wechat","viber","zalo","signal","x","youtube","google_search","google_play","apple_app_store","shopee","lazada","discord","tinder","imessage","other"] as const;
export type PlatformCode = (typeof platformCodes)[number];
export const platformCodelist: Codelist<(typeof platformCodes)[number]> = {
  "name": "platform",
  "title": "Platform",
  "description": "The online service on which an account, app or advertisement exists or a contact took place.",
  "open": true,
  "rows": [
    {
      "code": "facebook",
      "title": "Facebook",
      "description": "The Facebook social network, including Facebook Marketplace and groups, operated by Meta.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "instagram",
      "title": "Instagram",
      "description": "The Instagram social network, operated by Meta.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "messenger",
      "title": "Messenger",
      "description": "The Messenger messaging app, operated by Meta.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "whatsapp",
      "title": "WhatsApp",
      "description": "The WhatsApp messaging app, operated by Meta.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "threads",
      "title": "Threads",
      "description": "The Threads social network, operated by Meta.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "tiktok",
      "title": "TikTok",
      "description": "The TikTok video and social network, including TikTok Shop.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "line",
      "title": "LINE",
      "description": "The LINE messaging app, operated by LY Corporation.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "telegram",
      "title": "Telegram",
      "description": "The Telegram messaging app.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "wechat",
      "title": "WeChat",
      "description": "The WeChat messaging app (Weixin in mainland China), operated by Tencent.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "viber",
      "title": "Viber",
      "description": "The Viber messaging app, operated by Rakuten.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "zalo",
      "title": "Zalo",
      "description": "The Zalo messaging app, operated by VNG.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "signal",
      "title": "Signal",
      "description": "The Signal messaging app.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "x",
      "title": "X",
      "description": "The X social network, formerly Twitter.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "youtube",
      "title": "YouTube",
      "description": "The YouTube video platform, operated by Google.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "google_search",
      "title": "Google Search",
      "description": "Google's search engine, including its search advertisements.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "google_play",
      "title": "Google Play",
      "description": "Google's app store for Android.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "apple_app_store",
      "title": "Apple App Store",
      "description": "Apple's app store for iOS and iPadOS.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "shopee",
      "title": "Shopee",
      "description": "The Shopee online marketplace.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "lazada",
      "title": "Lazada",
      "description": "The Lazada online marketplace.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "discord",
      "title": "Discord",
      "description": "The Discord chat and community platform.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "tinder",
      "title": "Tinder",
      "description": "The Tinder dating app.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "imessage",
      "title": "iMessage",
      "description": "Apple's iMessage messaging service.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "other",
      "title": "Other",
      "description": "Any other platform; name it in the record.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Potential for results: How much change a commitment could bring, judged on its design. (closed codelist) */
export const potentialForResultsCodes = ["unclear","modest","substantial"] as const;
export type PotentialForResultsCode = (typeof potentialForResultsCodes)[number];
export const potentialForResultsCodelist: Codelist<(typeof potentialForResultsCodes)[number]> = {
  "name": "potential_for_results",
  "title": "Potential for results",
  "description": "How much change a commitment could bring, judged on its design.",
  "open": false,
  "rows": [
    {
      "code": "unclear",
      "title": "Unclear",
      "description": "The commitment continues existing practice, or is too vague, for any added value to be seen.",
      "source": "OGP IRM Potential for Results",
      "deprecated": ""
    },
    {
      "code": "modest",
      "title": "Modest",
      "description": "The commitment would bring a positive but stand-alone or incremental change.",
      "source": "OGP IRM Potential for Results",
      "deprecated": ""
    },
    {
      "code": "substantial",
      "title": "Substantial",
      "description": "The commitment could transform practice, policy or institutions in its area.",
      "source": "OGP IRM Potential for Results",
      "deprecated": ""
    }
  ]
};

/** Pseudonymisation algorithm: The keyed algorithm used to derive a pseudonym from a canonical value. (closed codelist) */
export const pseudonymAlgCodes = ["hmac-sha256","oprf-ristretto255-sha512"] as const;
export type PseudonymAlgCode = (typeof pseudonymAlgCodes)[number];
export const pseudonymAlgCodelist: Codelist<(typeof pseudonymAlgCodes)[number]> = {
  "name": "pseudonym_alg",
  "title": "Pseudonymisation algorithm",
  "description": "The keyed algorithm used to derive a pseudonym from a canonical value.",
  "open": false,
  "rows": [
    {
      "code": "hmac-sha256",
      "title": "HMAC-SHA-256",
      "description": "HMAC (RFC 2104) with SHA-256 over the canonical value, keyed with a community key named by the key id. Plain unkeyed hashes are not allowed: the numbering space of phones and accounts is small enough to enumerate.",
      "source": "RFC 2104",
      "deprecated": ""
    },
    {
      "code": "oprf-ristretto255-sha512",
      "title": "OPRF ristretto255-SHA512",
      "description": "The oblivious pseudorandom function of RFC 9497 in its OPRF mode (0x00) with the ristretto255-SHA512 suite, over the canonical value, under a key only the exchange holds and named by the key id. The partner blinds the value, the exchange evaluates it without seeing it, the partner finalises the 64-byte output: no partner can compute a pseudonym alone, so none can enumerate a numbering space, and every guess is an evaluation the exchange rate-limits and logs. Since 1.1.",
      "source": "RFC 9497",
      "deprecated": ""
    }
  ]
};

/** Recall message type: The ISO 20022 message that carried a payment recall or its answer. (closed codelist) */
export const recallMessageTypeCodes = ["camt.056","camt.055","camt.029","pacs.004","camt.110","camt.111"] as const;
export type RecallMessageTypeCode = (typeof recallMessageTypeCodes)[number];
export const recallMessageTypeCodelist: Codelist<(typeof recallMessageTypeCodes)[number]> = {
  "name": "recall_message_type",
  "title": "Recall message type",
  "description": "The ISO 20022 message that carried a payment recall or its answer.",
  "open": false,
  "rows": [
    {
      "code": "camt.056",
      "title": "camt.056 FI to FI Payment Cancellation Request",
      "description": "The interbank request to cancel or recall a payment.",
      "source": "ISO 20022",
      "deprecated": ""
    },
    {
      "code": "camt.055",
      "title": "camt.055 Customer Payment Cancellation Request",
      "description": "The customer's request to its bank to cancel a payment.",
      "source": "ISO 20022",
      "deprecated": ""
    },
    {
      "code": "camt.029",
      "title": "camt.029 Resolution of Investigation",
      "description": "The answer to a cancellation request, such as a refusal with its reason.",
      "source": "ISO 20022",
      "deprecated": ""
    },
    {
      "code": "pacs.004",
      "title": "pacs.004 Payment Return",
      "description": "The return of the funds after a recall was accepted.",
      "source": "ISO 20022",
      "deprecated": ""
    },
    {
      "code": "camt.110",
      "title": "camt.110 Investigation Request",
      "description": "A request to investigate a payment, used for fraud cases between banks.",
      "source": "ISO 20022",
      "deprecated": ""
    },
    {
      "code": "camt.111",
      "title": "camt.111 Investigation Response",
      "description": "The answer to an investigation request.",
      "source": "ISO 20022",
      "deprecated": ""
    }
  ]
};

/** Recall reason: The ISO 20022 reason code sent with a request to cancel or return a payment (camt.056). Definitions are those of ISO 20022. (closed codelist) */
export const recallReasonCodes = ["FRAD","UAPA","DUPL","CUST","TECH","AC03","AM09"] as const;
export type RecallReasonCode = (typeof recallReasonCodes)[number];
export const recallReasonCodelist: Codelist<(typeof recallReasonCodes)[number]> = {
  "name": "recall_reason",
  "title": "Recall reason",
  "description": "The ISO 20022 reason code sent with a request to cancel or return a payment (camt.056). Definitions are those of ISO 20022.",
  "open": false,
  "rows": [
    {
      "code": "FRAD",
      "title": "Fraudulent origin",
      "description": "Cancellation requested following a transaction that was originated fraudulently. The use of this code should be governed by jurisdictions.",
      "source": "ISO 20022 ExternalCancellationReason1Code",
      "deprecated": ""
    },
    {
      "code": "UAPA",
      "title": "Unauthorised payment",
      "description": "The debtor requests a return of the payment because it was not properly authorised, for example because the debtor's credentials were compromised. Fits account takeover rather than payments the victim was tricked into making.",
      "source": "ISO 20022 ExternalCancellationReason1Code",
      "deprecated": ""
    },
    {
      "code": "DUPL",
      "title": "Duplicate payment",
      "description": "The payment is a duplicate of another payment.",
      "source": "ISO 20022 ExternalCancellationReason1Code",
      "deprecated": ""
    },
    {
      "code": "CUST",
      "title": "Requested by customer",
      "description": "Cancellation requested by the debtor.",
      "source": "ISO 20022 ExternalCancellationReason1Code",
      "deprecated": ""
    },
    {
      "code": "TECH",
      "title": "Technical problem",
      "description": "Cancellation requested following technical problems resulting in an erroneous transaction.",
      "source": "ISO 20022 ExternalCancellationReason1Code",
      "deprecated": ""
    },
    {
      "code": "AC03",
      "title": "Invalid creditor account number",
      "description": "Wrong account number in the credit transfer.",
      "source": "ISO 20022 ExternalCancellationReason1Code",
      "deprecated": ""
    },
    {
      "code": "AM09",
      "title": "Wrong amount",
      "description": "The amount is not the amount agreed or expected.",
      "source": "ISO 20022 ExternalCancellationReason1Code",
      "deprecated": ""
    }
  ]
};

/** Recovery status: Whether the victim got money back, keeping reimbursement by a payment provider apart from funds actually recovered from the scammers. (closed codelist) */
export const recoveryStatusCodes = ["none","pending","partially_recovered","fully_recovered","reimbursed_by_psp","reimbursed_and_recovered","not_eligible"] as const;
export type RecoveryStatusCode = (typeof recoveryStatusCodes)[number];
export const recoveryStatusCodelist: Codelist<(typeof recoveryStatusCodes)[number]> = {
  "name": "recovery_status",
  "title": "Recovery status",
  "description": "Whether the victim got money back, keeping reimbursement by a payment provider apart from funds actually recovered from the scammers.",
  "open": false,
  "rows": [
    {
      "code": "none",
      "title": "None",
      "description": "No money has been recovered or reimbursed, and nothing is pending.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "pending",
      "title": "Pending",
      "description": "A recall, claim or court order is in progress and its result is not yet known.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "partially_recovered",
      "title": "Partially recovered",
      "description": "Part of the loss was traced and returned to the victim.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "fully_recovered",
      "title": "Fully recovered",
      "description": "The whole loss was traced and returned to the victim.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "reimbursed_by_psp",
      "title": "Reimbursed by payment provider",
      "description": "A bank or payment service provider reimbursed the victim, for example under a mandatory reimbursement scheme, without funds being recovered from the scammers.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "reimbursed_and_recovered",
      "title": "Reimbursed and recovered",
      "description": "The victim was reimbursed by a payment provider and funds were also recovered from the scammers.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "not_eligible",
      "title": "Not eligible",
      "description": "The loss is not eligible for reimbursement, and no recovery is being pursued.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Referral channel: The network or legal route a case referral travels by: financial intelligence units, police, mutual legal assistance, the GPOS exchange itself. (open codelist) */
export const referralChannelCodes = ["gpos_exchange","egmont","interpol","europol","aseanapol","mla","police_to_police","regulator_to_regulator","anti_scam_centre","bank_to_bank","platform_report","diplomatic","email","other"] as const;
export type ReferralChannelCode = (typeof referralChannelCodes)[number];
export const referralChannelCodelist: Codelist<(typeof referralChannelCodes)[number]> = {
  "name": "referral_channel",
  "title": "Referral channel",
  "description": "The network or legal route a case referral travels by: financial intelligence units, police, mutual legal assistance, the GPOS exchange itself.",
  "open": true,
  "rows": [
    {
      "code": "gpos_exchange",
      "title": "GPOS exchange",
      "description": "Through a GPOS exchange server, as a `case.referred` event with the case in a signed bundle.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "egmont",
      "title": "Egmont Group",
      "description": "Between financial intelligence units over the Egmont Secure Web, FIU to FIU.",
      "source": "GPOS (after Egmont Group)",
      "deprecated": ""
    },
    {
      "code": "interpol",
      "title": "INTERPOL",
      "description": "Through INTERPOL channels: the National Central Bureaus and I-24/7, including notices and the Global Rapid Intervention of Payments (I-GRIP).",
      "source": "GPOS (after INTERPOL)",
      "deprecated": ""
    },
    {
      "code": "europol",
      "title": "Europol",
      "description": "Through Europol's SIENA network.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "aseanapol",
      "title": "ASEANAPOL",
      "description": "Through the ASEAN National Police network.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "mla",
      "title": "Mutual legal assistance",
      "description": "A formal request for mutual legal assistance between central authorities under a treaty or on reciprocity.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "police_to_police",
      "title": "Police to police",
      "description": "Direct cooperation between police forces, including through liaison officers, outside a formal MLA request.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "regulator_to_regulator",
      "title": "Regulator to regulator",
      "description": "Between financial or telecommunications regulators, under a memorandum of understanding.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "anti_scam_centre",
      "title": "Anti-scam centre network",
      "description": "Between national anti-scam centres and hotlines, such as Thailand's AOC 1441 and its counterparts.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bank_to_bank",
      "title": "Bank to bank",
      "description": "Between payment service providers, for example a fraud report or recall message to the receiving bank.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "platform_report",
      "title": "Platform reporting channel",
      "description": "A platform's trusted-flagger or law-enforcement reporting channel.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "diplomatic",
      "title": "Diplomatic channel",
      "description": "Through embassies or ministries of foreign affairs.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "email",
      "title": "E-mail",
      "description": "By e-mail between named contact points, outside any of the networks above.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "other",
      "title": "Other",
      "description": "A channel not listed here.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Referral decline reason: Why the recipient of a referral declined it. (open codelist) */
export const referralDeclineReasonCodes = ["insufficient_information","out_of_jurisdiction","dual_criminality_not_met","formal_request_required","below_threshold","duplicate","other"] as const;
export type ReferralDeclineReasonCode = (typeof referralDeclineReasonCodes)[number];
export const referralDeclineReasonCodelist: Codelist<(typeof referralDeclineReasonCodes)[number]> = {
  "name": "referral_decline_reason",
  "title": "Referral decline reason",
  "description": "Why the recipient of a referral declined it.",
  "open": true,
  "rows": [
    {
      "code": "insufficient_information",
      "title": "Insufficient information",
      "description": "The referral did not carry enough to act on (no account identifiers, no evidence of the transfer).",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "out_of_jurisdiction",
      "title": "Out of jurisdiction",
      "description": "The accounts, persons or funds are not in the recipient's jurisdiction.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "dual_criminality_not_met",
      "title": "Dual criminality not met",
      "description": "The conduct is not an offence in the recipient's country, so it cannot act on a foreign request.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "formal_request_required",
      "title": "Formal request required",
      "description": "The recipient can act only on a formal request, such as mutual legal assistance or a court order.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "below_threshold",
      "title": "Below threshold",
      "description": "The amount or harm is below the recipient's threshold for action.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "duplicate",
      "title": "Duplicate",
      "description": "The recipient already holds the same referral or case.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "other",
      "title": "Other",
      "description": "A reason not listed here; explain it in the note.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Referral status: The state of a referral of a case from one organisation to another. (closed codelist) */
export const referralStatusCodes = ["sent","acknowledged","accepted","acted_on","declined","completed"] as const;
export type ReferralStatusCode = (typeof referralStatusCodes)[number];
export const referralStatusCodelist: Codelist<(typeof referralStatusCodes)[number]> = {
  "name": "referral_status",
  "title": "Referral status",
  "description": "The state of a referral of a case from one organisation to another.",
  "open": false,
  "rows": [
    {
      "code": "sent",
      "title": "Sent",
      "description": "The referral has been sent and not yet acknowledged.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "acknowledged",
      "title": "Acknowledged",
      "description": "The receiving organisation has confirmed receipt but not yet decided whether to take the case.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "accepted",
      "title": "Accepted",
      "description": "The receiving organisation has taken on the case.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "acted_on",
      "title": "Acted on",
      "description": "The receiving organisation has taken action on the case (frozen funds, opened an investigation) and its work continues.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "declined",
      "title": "Declined",
      "description": "The receiving organisation has declined the case.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "completed",
      "title": "Completed",
      "description": "The receiving organisation has finished its work on the case.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Relationship type: How one record relates to another, with the inverse of each type and the record families it may connect. (closed codelist) */
export const relationshipTypeCodes = ["linked_to","same_as","controls","controlled_by","uses","used_by","operates","operated_by","part_of","has_part","attributed_to","attribution_of","received_funds_from","sent_funds_to","registered_by_same_actor","resolves_to","resolved_from","redirects_to","redirected_from","impersonates","impersonated_by","investigates","investigated_by","derived_from","source_of"] as const;
export type RelationshipTypeCode = (typeof relationshipTypeCodes)[number];
export const relationshipTypeCodelist: Codelist<(typeof relationshipTypeCodes)[number]> = {
  "name": "relationship_type",
  "title": "Relationship type",
  "description": "How one record relates to another, with the inverse of each type and the record families it may connect.",
  "open": false,
  "rows": [
    {
      "code": "linked_to",
      "title": "Linked to",
      "description": "The two records concern the same scam activity, without saying how. The meaning of 1.0's untyped related_indicators and related_cases lists. Prefer a more precise type when it is known.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "linked_to",
      "source_types": "*",
      "target_types": "*",
      "xw_stix_relationship": "related-to",
      "xw_misp_relationship": "related-to"
    },
    {
      "code": "same_as",
      "title": "Same as",
      "description": "The two records describe the same thing, for example two partners' indicators of one wallet or two operation records of one compound. Recipients may merge them.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "same_as",
      "source_types": "*",
      "target_types": "*",
      "xw_stix_relationship": "duplicate-of",
      "xw_misp_relationship": "similar"
    },
    {
      "code": "controls",
      "title": "Controls",
      "description": "The operation owns or controls the target: a wallet, a bank account, a phone number, a domain, a messaging account, an app, or a front company.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "controlled_by",
      "source_types": "operation",
      "target_types": "indicator observable organization",
      "xw_stix_relationship": "owns",
      "xw_misp_relationship": "owns"
    },
    {
      "code": "controlled_by",
      "title": "Controlled by",
      "description": "The source (a wallet, account, number, domain, app or front company) is owned or controlled by the operation. The inverse of controls.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "controls",
      "source_types": "indicator observable organization",
      "target_types": "operation",
      "xw_stix_relationship": "",
      "xw_misp_relationship": ""
    },
    {
      "code": "uses",
      "title": "Uses",
      "description": "The operation uses the target without owning it, for example a rented SIM farm, a bulletproof host or a hired mule account.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "used_by",
      "source_types": "operation",
      "target_types": "indicator observable organization operation",
      "xw_stix_relationship": "uses",
      "xw_misp_relationship": "uses"
    },
    {
      "code": "used_by",
      "title": "Used by",
      "description": "The source is used by the operation without being owned by it. The inverse of uses.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "uses",
      "source_types": "indicator observable organization operation",
      "target_types": "operation",
      "xw_stix_relationship": "",
      "xw_misp_relationship": "used-by"
    },
    {
      "code": "operates",
      "title": "Operates",
      "description": "The organisation (a company, a group or a person's business) runs the operation.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "operated_by",
      "source_types": "organization",
      "target_types": "operation",
      "xw_stix_relationship": "",
      "xw_misp_relationship": "operator-of"
    },
    {
      "code": "operated_by",
      "title": "Operated by",
      "description": "The operation is run by the organisation. The inverse of operates.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "operates",
      "source_types": "operation",
      "target_types": "organization",
      "xw_stix_relationship": "attributed-to",
      "xw_misp_relationship": ""
    },
    {
      "code": "part_of",
      "title": "Part of",
      "description": "The source is one part of the target: a call centre within a compound, a compound within a network, a hostname within a domain's infrastructure.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "has_part",
      "source_types": "operation indicator observable",
      "target_types": "operation indicator observable",
      "xw_stix_relationship": "",
      "xw_misp_relationship": "included-in"
    },
    {
      "code": "has_part",
      "title": "Has part",
      "description": "The source contains the target as one of its parts. The inverse of part_of.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "part_of",
      "source_types": "operation indicator observable",
      "target_types": "operation indicator observable",
      "xw_stix_relationship": "consists-of",
      "xw_misp_relationship": "includes"
    },
    {
      "code": "attributed_to",
      "title": "Attributed to",
      "description": "The source (a victim case, an indicator, a sighting) is attributed to the operation: the operation ran that scam.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "attribution_of",
      "source_types": "case indicator observable sighting",
      "target_types": "operation",
      "xw_stix_relationship": "attributed-to",
      "xw_misp_relationship": "attributed-to"
    },
    {
      "code": "attribution_of",
      "title": "Attribution of",
      "description": "The operation ran the scam recorded by the target. The inverse of attributed_to.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "attributed_to",
      "source_types": "operation",
      "target_types": "case indicator observable sighting",
      "xw_stix_relationship": "",
      "xw_misp_relationship": ""
    },
    {
      "code": "received_funds_from",
      "title": "Received funds from",
      "description": "The source account or wallet received money from the target account or wallet, as victims' money moved through mules.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "sent_funds_to",
      "source_types": "indicator observable",
      "target_types": "indicator observable",
      "xw_stix_relationship": "",
      "xw_misp_relationship": ""
    },
    {
      "code": "sent_funds_to",
      "title": "Sent funds to",
      "description": "The source account or wallet sent money to the target account or wallet. The inverse of received_funds_from.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "received_funds_from",
      "source_types": "indicator observable",
      "target_types": "indicator observable",
      "xw_stix_relationship": "",
      "xw_misp_relationship": "paid"
    },
    {
      "code": "registered_by_same_actor",
      "title": "Registered by the same actor",
      "description": "The two domains, accounts or numbers were registered by the same person or group, shown for example by shared registrant details, payment or device.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "registered_by_same_actor",
      "source_types": "indicator observable",
      "target_types": "indicator observable",
      "xw_stix_relationship": "",
      "xw_misp_relationship": "similar"
    },
    {
      "code": "resolves_to",
      "title": "Resolves to",
      "description": "The source domain or host name resolves to the target IP address.",
      "source": "STIX 2.1",
      "deprecated": "",
      "inverse": "resolved_from",
      "source_types": "indicator observable",
      "target_types": "indicator observable",
      "xw_stix_relationship": "resolves-to",
      "xw_misp_relationship": "resolves-to"
    },
    {
      "code": "resolved_from",
      "title": "Resolved from",
      "description": "The source IP address is where the target domain or host name resolves. The inverse of resolves_to.",
      "source": "STIX 2.1",
      "deprecated": "",
      "inverse": "resolves_to",
      "source_types": "indicator observable",
      "target_types": "indicator observable",
      "xw_stix_relationship": "",
      "xw_misp_relationship": ""
    },
    {
      "code": "redirects_to",
      "title": "Redirects to",
      "description": "The source URL, domain or ad sends visitors on to the target, for example a shortened link to a landing page or a landing page to a fake app.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "redirected_from",
      "source_types": "indicator observable",
      "target_types": "indicator observable",
      "xw_stix_relationship": "",
      "xw_misp_relationship": "redirects-to"
    },
    {
      "code": "redirected_from",
      "title": "Redirected from",
      "description": "Visitors reach the source from the target. The inverse of redirects_to.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "redirects_to",
      "source_types": "indicator observable",
      "target_types": "indicator observable",
      "xw_stix_relationship": "",
      "xw_misp_relationship": ""
    },
    {
      "code": "impersonates",
      "title": "Impersonates",
      "description": "The source (a domain, an account, a number, an app or an operation) pretends to be the target organisation.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "impersonated_by",
      "source_types": "indicator observable operation",
      "target_types": "organization",
      "xw_stix_relationship": "impersonates",
      "xw_misp_relationship": "impersonates"
    },
    {
      "code": "impersonated_by",
      "title": "Impersonated by",
      "description": "The organisation is impersonated by the target. The inverse of impersonates.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "impersonates",
      "source_types": "organization",
      "target_types": "indicator observable operation",
      "xw_stix_relationship": "",
      "xw_misp_relationship": ""
    },
    {
      "code": "investigates",
      "title": "Investigates",
      "description": "The organisation investigates the target operation, case or indicator.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "investigated_by",
      "source_types": "organization",
      "target_types": "operation case indicator",
      "xw_stix_relationship": "",
      "xw_misp_relationship": "investigates"
    },
    {
      "code": "investigated_by",
      "title": "Investigated by",
      "description": "The source is investigated by the organisation. The inverse of investigates.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "investigates",
      "source_types": "operation case indicator",
      "target_types": "organization",
      "xw_stix_relationship": "",
      "xw_misp_relationship": ""
    },
    {
      "code": "derived_from",
      "title": "Derived from",
      "description": "The source record was derived from the target, for example an indicator extracted from a case, or a statistic computed from cases.",
      "source": "STIX 2.1",
      "deprecated": "",
      "inverse": "source_of",
      "source_types": "*",
      "target_types": "*",
      "xw_stix_relationship": "derived-from",
      "xw_misp_relationship": "derived-from"
    },
    {
      "code": "source_of",
      "title": "Source of",
      "description": "The target record was derived from the source. The inverse of derived_from.",
      "source": "GPOS",
      "deprecated": "",
      "inverse": "derived_from",
      "source_types": "*",
      "target_types": "*",
      "xw_stix_relationship": "",
      "xw_misp_relationship": "derived-from"
    }
  ]
};

/** Repatriation status: Where the return of a trafficking victim to their own country stands. (closed codelist) */
export const repatriationStatusCodes = ["not_started","planned","in_progress","completed","declined","not_possible"] as const;
export type RepatriationStatusCode = (typeof repatriationStatusCodes)[number];
export const repatriationStatusCodelist: Codelist<(typeof repatriationStatusCodes)[number]> = {
  "name": "repatriation_status",
  "title": "Repatriation status",
  "description": "Where the return of a trafficking victim to their own country stands.",
  "open": false,
  "rows": [
    {
      "code": "not_started",
      "title": "Not started",
      "description": "Repatriation has not been arranged yet.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "planned",
      "title": "Planned",
      "description": "The return has been agreed and is being arranged, for example travel documents are being issued.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "in_progress",
      "title": "In progress",
      "description": "The person is travelling or in transit to their country.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "completed",
      "title": "Completed",
      "description": "The person has arrived back in their country.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "declined",
      "title": "Declined",
      "description": "The person chose not to return, for example while staying as a witness or seeking protection.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "not_possible",
      "title": "Not possible",
      "description": "Return cannot take place, for example because the person has no documents or faces danger at home.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Reporter relationship: Who reported the case, in relation to the victim. (closed codelist) */
export const reporterRelationshipCodes = ["self","family","carer","bank_on_behalf","police","other"] as const;
export type ReporterRelationshipCode = (typeof reporterRelationshipCodes)[number];
export const reporterRelationshipCodelist: Codelist<(typeof reporterRelationshipCodes)[number]> = {
  "name": "reporter_relationship",
  "title": "Reporter relationship",
  "description": "Who reported the case, in relation to the victim.",
  "open": false,
  "rows": [
    {
      "code": "self",
      "title": "The victim",
      "description": "The victim reported it.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "family",
      "title": "Family member",
      "description": "A relative of the victim reported it.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "carer",
      "title": "Carer",
      "description": "A carer, guardian or other person with responsibility for the victim reported it.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "bank_on_behalf",
      "title": "Bank on the victim's behalf",
      "description": "The victim's bank or payment provider reported it on the victim's behalf.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "police",
      "title": "Police",
      "description": "The police reported it, for example when passing on a complaint made at a police station.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "other",
      "title": "Other",
      "description": "Someone else reported it.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Sighting verdict: What an observer concluded about an observable it saw: seen, confirmed, a false positive, a spoofed genuine value, expired. (closed codelist) */
export const sightingVerdictCodes = ["seen","confirmed","false_positive","spoofed","expired"] as const;
export type SightingVerdictCode = (typeof sightingVerdictCodes)[number];
export const sightingVerdictCodelist: Codelist<(typeof sightingVerdictCodes)[number]> = {
  "name": "sighting_verdict",
  "title": "Sighting verdict",
  "description": "What an observer concluded about an observable it saw: seen, confirmed, a false positive, a spoofed genuine value, expired.",
  "open": false,
  "rows": [
    {
      "code": "seen",
      "title": "Seen",
      "description": "The observer saw the observable, for example in reports, calls or transfers, and makes no judgement about it.",
      "source": "GPOS",
      "deprecated": "",
      "xw_misp_sighting": "0"
    },
    {
      "code": "confirmed",
      "title": "Confirmed",
      "description": "The observer confirms the observable was used in a scam.",
      "source": "GPOS",
      "deprecated": "",
      "xw_misp_sighting": "0"
    },
    {
      "code": "false_positive",
      "title": "False positive",
      "description": "The observable is not used for scams, for example a legitimate shop's domain reported by mistake. Recipients should stop acting on it.",
      "source": "GPOS",
      "deprecated": "",
      "xw_misp_sighting": "1"
    },
    {
      "code": "spoofed",
      "title": "Spoofed genuine value",
      "description": "The observable is genuine and belongs to an innocent party, such as a bank's hotline or a government number, and scammers displayed it without controlling it (caller ID or sender id spoofing). Recipients should not block it.",
      "source": "GPOS",
      "deprecated": "",
      "xw_misp_sighting": "1"
    },
    {
      "code": "expired",
      "title": "Expired",
      "description": "The observable is no longer in use, for example a domain that lapsed or a number that was disconnected.",
      "source": "GPOS",
      "deprecated": "",
      "xw_misp_sighting": "2"
    }
  ]
};

/** Signature algorithm: The JOSE algorithm of a bundle signature. Only asymmetric algorithms are allowed. (closed codelist) */
export const signatureAlgCodes = ["EdDSA","ES256"] as const;
export type SignatureAlgCode = (typeof signatureAlgCodes)[number];
export const signatureAlgCodelist: Codelist<(typeof signatureAlgCodes)[number]> = {
  "name": "signature_alg",
  "title": "Signature algorithm",
  "description": "The JOSE algorithm of a bundle signature. Only asymmetric algorithms are allowed.",
  "open": false,
  "rows": [
    {
      "code": "EdDSA",
      "title": "EdDSA (Ed25519)",
      "description": "The Edwards-curve signature algorithm with the Ed25519 curve, as registered for JOSE in RFC 8037. Recommended.",
      "source": "RFC 8037",
      "deprecated": ""
    },
    {
      "code": "ES256",
      "title": "ECDSA P-256 SHA-256",
      "description": "ECDSA on the P-256 curve with SHA-256, for partners whose key management supports only NIST curves.",
      "source": "RFC 7518",
      "deprecated": ""
    }
  ]
};

/** Source reliability: The reliability of the source of information on the Admiralty scale (NATO AJP-2.1), from a (completely reliable) to f (cannot be judged). (closed codelist) */
export const sourceReliabilityCodes = ["a","b","c","d","e","f"] as const;
export type SourceReliabilityCode = (typeof sourceReliabilityCodes)[number];
export const sourceReliabilityCodelist: Codelist<(typeof sourceReliabilityCodes)[number]> = {
  "name": "source_reliability",
  "title": "Source reliability",
  "description": "The reliability of the source of information on the Admiralty scale (NATO AJP-2.1), from a (completely reliable) to f (cannot be judged).",
  "open": false,
  "rows": [
    {
      "code": "a",
      "title": "Completely reliable",
      "description": "No doubt of the source's authenticity, trustworthiness or competency; a history of complete reliability.",
      "source": "NATO AJP-2.1 (Admiralty code)",
      "deprecated": "",
      "xw_admiralty": "A",
      "xw_misp_taxonomy": "admiralty-scale:source-reliability=\"a\""
    },
    {
      "code": "b",
      "title": "Usually reliable",
      "description": "Minor doubt about the source's authenticity, trustworthiness or competency; a history of valid information most of the time.",
      "source": "NATO AJP-2.1 (Admiralty code)",
      "deprecated": "",
      "xw_admiralty": "B",
      "xw_misp_taxonomy": "admiralty-scale:source-reliability=\"b\""
    },
    {
      "code": "c",
      "title": "Fairly reliable",
      "description": "Doubt about the source's authenticity, trustworthiness or competency; has provided valid information in the past.",
      "source": "NATO AJP-2.1 (Admiralty code)",
      "deprecated": "",
      "xw_admiralty": "C",
      "xw_misp_taxonomy": "admiralty-scale:source-reliability=\"c\""
    },
    {
      "code": "d",
      "title": "Not usually reliable",
      "description": "Significant doubt about the source's authenticity, trustworthiness or competency; has provided valid information in the past.",
      "source": "NATO AJP-2.1 (Admiralty code)",
      "deprecated": "",
      "xw_admiralty": "D",
      "xw_misp_taxonomy": "admiralty-scale:source-reliability=\"d\""
    },
    {
      "code": "e",
      "title": "Unreliable",
      "description": "Lacking in authenticity, trustworthiness and competency; a history of invalid information.",
      "source": "NATO AJP-2.1 (Admiralty code)",
      "deprecated": "",
      "xw_admiralty": "E",
      "xw_misp_taxonomy": "admiralty-scale:source-reliability=\"e\""
    },
    {
      "code": "f",
      "title": "Reliability cannot be judged",
      "description": "No basis exists for evaluating the reliability of the source, for example a first report from a new source.",
      "source": "NATO AJP-2.1 (Admiralty code)",
      "deprecated": "",
      "xw_admiralty": "F",
      "xw_misp_taxonomy": "admiralty-scale:source-reliability=\"f\""
    }
  ]
};

/** Statistic measure: What a published statistic counts or sums; the value_kind column says whether it is a count or an amount of money. (open codelist) */
export const statisticMeasureCodes = ["reports_received","cases_opened","victims","accounts_suspended","accounts_frozen","numbers_blocked","messages_blocked","calls_blocked","urls_blocked","apps_removed","ads_removed","arrests","persons_rescued","persons_repatriated","amount_lost","amount_frozen","amount_returned","amount_prevented"] as const;
export type StatisticMeasureCode = (typeof statisticMeasureCodes)[number];
export const statisticMeasureCodelist: Codelist<(typeof statisticMeasureCodes)[number]> = {
  "name": "statistic_measure",
  "title": "Statistic measure",
  "description": "What a published statistic counts or sums; the value_kind column says whether it is a count or an amount of money.",
  "open": true,
  "rows": [
    {
      "code": "reports_received",
      "title": "Reports received",
      "description": "Scam reports received from victims or the public, by any intake channel.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "count"
    },
    {
      "code": "cases_opened",
      "title": "Cases opened",
      "description": "Criminal or administrative cases opened about scams.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "count"
    },
    {
      "code": "victims",
      "title": "Victims",
      "description": "Persons who lost money or were otherwise harmed by scams.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "count"
    },
    {
      "code": "accounts_suspended",
      "title": "Accounts suspended",
      "description": "Bank, e-wallet, exchange, social media or messaging accounts suspended or closed for scam activity.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "count"
    },
    {
      "code": "accounts_frozen",
      "title": "Accounts frozen",
      "description": "Bank or e-wallet accounts whose funds were frozen.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "count"
    },
    {
      "code": "numbers_blocked",
      "title": "Phone numbers blocked",
      "description": "Phone numbers or SIM cards blocked or disconnected.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "count"
    },
    {
      "code": "messages_blocked",
      "title": "Messages blocked",
      "description": "Scam SMS or messages blocked before delivery.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "count"
    },
    {
      "code": "calls_blocked",
      "title": "Calls blocked",
      "description": "Scam calls blocked before they connected.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "count"
    },
    {
      "code": "urls_blocked",
      "title": "URLs and domains blocked",
      "description": "URLs, domains or websites blocked or taken down.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "count"
    },
    {
      "code": "apps_removed",
      "title": "Apps removed",
      "description": "Scam apps removed from app stores or blocked.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "count"
    },
    {
      "code": "ads_removed",
      "title": "Ads removed",
      "description": "Scam advertisements removed.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "count"
    },
    {
      "code": "arrests",
      "title": "Arrests",
      "description": "Persons arrested for scam offences.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "count"
    },
    {
      "code": "persons_rescued",
      "title": "Persons rescued",
      "description": "Persons freed from scam operations.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "count"
    },
    {
      "code": "persons_repatriated",
      "title": "Persons repatriated",
      "description": "Persons freed from scam operations and returned to their country.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "count"
    },
    {
      "code": "amount_lost",
      "title": "Amount lost",
      "description": "Money victims reported losing.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "money"
    },
    {
      "code": "amount_frozen",
      "title": "Amount frozen",
      "description": "Money frozen in accounts that received the proceeds of scams.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "money"
    },
    {
      "code": "amount_returned",
      "title": "Amount returned",
      "description": "Money returned to victims.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "money"
    },
    {
      "code": "amount_prevented",
      "title": "Amount prevented",
      "description": "Money victims were about to lose and did not, because a payment was stopped or a victim was warned in time.",
      "source": "GPOS",
      "deprecated": "",
      "value_kind": "money"
    }
  ]
};

/** Support service: A service a victim of trafficking or forced criminality received: shelter, consular help, legal aid, medical and psychosocial care, reintegration. (open codelist) */
export const supportServiceCodes = ["shelter","consular","legal_aid","medical","psychosocial","interpretation","financial_assistance","reintegration","family_tracing","other"] as const;
export type SupportServiceCode = (typeof supportServiceCodes)[number];
export const supportServiceCodelist: Codelist<(typeof supportServiceCodes)[number]> = {
  "name": "support_service",
  "title": "Support service",
  "description": "A service a victim of trafficking or forced criminality received: shelter, consular help, legal aid, medical and psychosocial care, reintegration.",
  "open": true,
  "rows": [
    {
      "code": "shelter",
      "title": "Shelter",
      "description": "Safe accommodation in a shelter or other protected housing.",
      "source": "GPOS (after UNODC)",
      "deprecated": ""
    },
    {
      "code": "consular",
      "title": "Consular assistance",
      "description": "Help from the person's embassy or consulate, such as emergency travel documents.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "legal_aid",
      "title": "Legal aid",
      "description": "Legal advice or representation, including for charges the person faces for crimes they were forced to commit.",
      "source": "GPOS (after UNODC)",
      "deprecated": ""
    },
    {
      "code": "medical",
      "title": "Medical care",
      "description": "Medical examination and treatment.",
      "source": "GPOS (after UNODC)",
      "deprecated": ""
    },
    {
      "code": "psychosocial",
      "title": "Psychosocial support",
      "description": "Counselling, trauma care and other mental-health support.",
      "source": "GPOS (after UNODC)",
      "deprecated": ""
    },
    {
      "code": "interpretation",
      "title": "Interpretation",
      "description": "An interpreter in a language the person understands.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "financial_assistance",
      "title": "Financial assistance",
      "description": "Money for immediate needs, travel or a fresh start.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "reintegration",
      "title": "Reintegration",
      "description": "Help to resettle at home: training, employment, family reunion and follow-up.",
      "source": "GPOS (after IOM)",
      "deprecated": ""
    },
    {
      "code": "family_tracing",
      "title": "Family tracing",
      "description": "Finding and contacting the person's family.",
      "source": "GPOS (after IOM)",
      "deprecated": ""
    },
    {
      "code": "other",
      "title": "Other",
      "description": "A service not listed here.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Takedown outcome reason: Why a takedown, block or freeze request ended as it did, and why an action was later reversed. (open codelist) */
export const takedownOutcomeReasonCodes = ["actioned","already_actioned","court_order_required","no_policy_violation","not_found","insufficient_evidence","out_of_jurisdiction","not_responsible","legal_hold","funds_moved","false_positive","appeal_overturned","court_order_lifted","other"] as const;
export type TakedownOutcomeReasonCode = (typeof takedownOutcomeReasonCodes)[number];
export const takedownOutcomeReasonCodelist: Codelist<(typeof takedownOutcomeReasonCodes)[number]> = {
  "name": "takedown_outcome_reason",
  "title": "Takedown outcome reason",
  "description": "Why a takedown, block or freeze request ended as it did, and why an action was later reversed.",
  "open": true,
  "rows": [
    {
      "code": "actioned",
      "title": "Actioned",
      "description": "The action asked for was taken.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "already_actioned",
      "title": "Already actioned",
      "description": "The site, account or number had already been taken down, blocked or frozen, by the recipient or someone else.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "court_order_required",
      "title": "Court order required",
      "description": "The recipient acts on this kind of request only with a court order or another formal legal instrument.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "no_policy_violation",
      "title": "No policy violation",
      "description": "The recipient reviewed the content or account and found no breach of its terms or policies.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "not_found",
      "title": "Not found",
      "description": "The site, account, number or funds could not be found at the recipient.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "insufficient_evidence",
      "title": "Insufficient evidence",
      "description": "The request did not carry enough evidence for the recipient to act.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "out_of_jurisdiction",
      "title": "Out of jurisdiction",
      "description": "The recipient has no authority over the site, account or funds.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "not_responsible",
      "title": "Not the responsible party",
      "description": "The recipient does not host or control what the request is about; the request should go elsewhere.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "legal_hold",
      "title": "Kept for investigation",
      "description": "Left up or active on purpose, at the request of law enforcement, so the investigation can continue.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "funds_moved",
      "title": "Funds already moved",
      "description": "The funds to be frozen had already left the account.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "false_positive",
      "title": "False positive",
      "description": "The indicator turned out not to be used for scams; used when an action is reversed.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "appeal_overturned",
      "title": "Appeal overturned",
      "description": "An appeal by the account holder or owner overturned the action; used when an action is reversed.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "court_order_lifted",
      "title": "Court order lifted",
      "description": "The order the action relied on was lifted or expired; used when an action is reversed.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "other",
      "title": "Other",
      "description": "A reason not listed here; explain it in the note.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Traffic Light Protocol: The FIRST TLP 2.0 label that says how widely a record or field may be shared. (closed codelist) */
export const tlpCodes = ["clear","green","amber","amber+strict","red"] as const;
export type TlpCode = (typeof tlpCodes)[number];
export const tlpCodelist: Codelist<(typeof tlpCodes)[number]> = {
  "name": "tlp",
  "title": "Traffic Light Protocol",
  "description": "The FIRST TLP 2.0 label that says how widely a record or field may be shared.",
  "open": false,
  "rows": [
    {
      "code": "clear",
      "title": "TLP:CLEAR",
      "description": "Disclosure is not limited: recipients may share the information with anyone, subject to copyright. Replaces TLP:WHITE of TLP 1.0, which is mapped to this code on import.",
      "source": "FIRST TLP 2.0",
      "deprecated": "",
      "xw_stix_marking": "TLP:CLEAR | TLP:WHITE",
      "xw_stix_marking_id": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
      "xw_misp_tag": "tlp:clear | tlp:white"
    },
    {
      "code": "green",
      "title": "TLP:GREEN",
      "description": "Limited disclosure to the community: recipients may share with peers and partner organisations in their community, but not through publicly accessible channels. Unless a sharing agreement says otherwise, the community is the organisations taking part in the GPOS exchange through which the record was received.",
      "source": "FIRST TLP 2.0",
      "deprecated": "",
      "xw_stix_marking": "TLP:GREEN",
      "xw_stix_marking_id": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
      "xw_misp_tag": "tlp:green"
    },
    {
      "code": "amber",
      "title": "TLP:AMBER",
      "description": "Limited disclosure to the recipient organisation: recipients may share only with members of their own organisation, and with its clients or customers who need to know the information to protect themselves or prevent further harm. The source may set further limits, which must be followed.",
      "source": "FIRST TLP 2.0",
      "deprecated": "",
      "xw_stix_marking": "TLP:AMBER",
      "xw_stix_marking_id": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
      "xw_misp_tag": "tlp:amber"
    },
    {
      "code": "amber+strict",
      "title": "TLP:AMBER+STRICT",
      "description": "Limited disclosure to the recipient organisation only: as TLP:AMBER, but recipients may not share with clients or customers.",
      "source": "FIRST TLP 2.0",
      "deprecated": "",
      "xw_stix_marking": "TLP:AMBER+STRICT",
      "xw_stix_marking_id": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
      "xw_misp_tag": "tlp:amber+strict"
    },
    {
      "code": "red",
      "title": "TLP:RED",
      "description": "For the eyes and ears of the individual recipients only: recipients may not share the information with anyone outside the exchange, meeting or conversation in which it was disclosed.",
      "source": "FIRST TLP 2.0",
      "deprecated": "",
      "xw_stix_marking": "TLP:RED",
      "xw_stix_marking_id": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
      "xw_misp_tag": "tlp:red"
    }
  ]
};

/** Trafficking identification stage: How far a person's identification as a victim of trafficking has gone: presumed or formally identified. (closed codelist) */
export const traffickingIdentificationStageCodes = ["presumed","formal"] as const;
export type TraffickingIdentificationStageCode = (typeof traffickingIdentificationStageCodes)[number];
export const traffickingIdentificationStageCodelist: Codelist<(typeof traffickingIdentificationStageCodes)[number]> = {
  "name": "trafficking_identification_stage",
  "title": "Trafficking identification stage",
  "description": "How far a person's identification as a victim of trafficking has gone: presumed or formally identified.",
  "open": false,
  "rows": [
    {
      "code": "presumed",
      "title": "Presumed victim",
      "description": "Indicators of trafficking were seen and the person was referred for identification; protection applies from this point.",
      "source": "GPOS (after OSCE national referral mechanisms)",
      "deprecated": ""
    },
    {
      "code": "formal",
      "title": "Formally identified",
      "description": "The competent authority has identified the person as a victim of trafficking under national law.",
      "source": "GPOS (after OSCE national referral mechanisms)",
      "deprecated": ""
    }
  ]
};

/** Scam typology: What kind of scam it was: the pretext or narrative, in families and subtypes. Channel, payment method, impersonated entity and enablers are recorded in their own codelists. (open codelist) */
export const typologyCodes = ["investment","investment.fake_platform","investment.relationship","investment.impersonated_firm","investment.crypto_project","investment.ponzi_pyramid","investment.betting_sports","romance","purchase","purchase.online_shop","purchase.marketplace","purchase.rental_accommodation","purchase.tickets_events","purchase.vehicle","purchase.pet","purchase.seller_targeted","employment","employment.task","employment.upfront_fee","employment.mule_recruitment","impersonation","impersonation.government_law_enforcement","impersonation.bank","impersonation.business","impersonation.tech_support","impersonation.family_friend","impersonation.celebrity_endorsement","advance_fee","advance_fee.loan","advance_fee.prize_lottery_inheritance","advance_fee.refund_rebate","advance_fee.crypto_giveaway","extortion","extortion.sextortion","extortion.threat","account_compromise","account_compromise.credential_phishing","account_compromise.malware_app","account_compromise.sim_swap","account_compromise.wallet_drainer","payment_diversion","payment_diversion.invoice","payment_diversion.ceo","payment_diversion.payroll","charity","recovery","other","unknown"] as const;
export type TypologyCode = (typeof typologyCodes)[number];
export const typologyCodelist: Codelist<(typeof typologyCodes)[number]> = {
  "name": "typology",
  "title": "Scam typology",
  "description": "What kind of scam it was: the pretext or narrative, in families and subtypes. Channel, payment method, impersonated entity and enablers are recorded in their own codelists.",
  "open": true,
  "rows": [
    {
      "code": "investment",
      "title": "Investment scam",
      "description": "The victim pays into an investment that is fictitious or fraudulent, expecting a return. Use a subtype when the pretext is known.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "",
      "xw_uk_finance_app": "Investment",
      "xw_ftc_sentinel": "Investment Related",
      "xw_ic3": "Investment",
      "xw_scamwatch": "Investment scams",
      "xw_chainabuse": "OTHER_INVESTMENT_SCAM",
      "xw_thai_police": "หลอกให้ลงทุนผ่านระบบคอมพิวเตอร์",
      "xw_gse_abuse_type": "scam"
    },
    {
      "code": "investment.fake_platform",
      "title": "Fake trading or exchange platform",
      "description": "The victim invests through a fake broker, crypto-asset exchange, AI-trading app or dashboard that the scammers control and that shows gains that do not exist.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "investment",
      "xw_uk_finance_app": "Investment",
      "xw_ftc_sentinel": "Investment Related",
      "xw_ic3": "Investment",
      "xw_scamwatch": "Investment scams",
      "xw_chainabuse": "OTHER_INVESTMENT_SCAM",
      "xw_thai_police": "หลอกให้ลงทุนผ่านระบบคอมพิวเตอร์",
      "xw_gse_abuse_type": "scam"
    },
    {
      "code": "investment.relationship",
      "title": "Relationship investment scam (\"pig butchering\")",
      "description": "The scammer grooms the victim over weeks or months through a romance, a friendship or a \"wrong number\" message, then steers them to a fake investment platform. Also called pig butchering, and by Thai police \"Romance Hybrid Scam\".",
      "source": "GPOS",
      "deprecated": "",
      "parent": "investment",
      "xw_uk_finance_app": "Investment | Romance",
      "xw_ftc_sentinel": "Investment Related | Imposter Scams (romance)",
      "xw_ic3": "Investment | Confidence/Romance",
      "xw_scamwatch": "Investment scams | Dating & romance",
      "xw_chainabuse": "PIGBUTCHERING",
      "xw_thai_police": "Romance Hybrid Scam",
      "xw_gse_abuse_type": "scam"
    },
    {
      "code": "investment.impersonated_firm",
      "title": "Cloned firm, fake bonds or term deposits",
      "description": "The scammer poses as a real, licensed investment firm or bank, or sells fake bonds or term deposits in its name.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "investment",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "",
      "xw_ic3": "",
      "xw_scamwatch": "",
      "xw_chainabuse": "",
      "xw_thai_police": "",
      "xw_gse_abuse_type": ""
    },
    {
      "code": "investment.crypto_project",
      "title": "Fake crypto project, rug pull or fake airdrop",
      "description": "The victim buys a token or puts money into a crypto-asset project that is fake, or whose creators abandon it after collecting funds (rug pull), including fake airdrops.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "investment",
      "xw_uk_finance_app": "Investment",
      "xw_ftc_sentinel": "Investment Related",
      "xw_ic3": "Investment",
      "xw_scamwatch": "Investment scams",
      "xw_chainabuse": "RUG_PULL | FAKE_PROJECT | AIRDROP",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "scam | fraud"
    },
    {
      "code": "investment.ponzi_pyramid",
      "title": "Ponzi, pyramid or multi-level marketing scheme",
      "description": "Earlier participants are paid from new participants' money, or income depends mainly on recruiting others rather than on a real business.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "investment",
      "xw_uk_finance_app": "Investment",
      "xw_ftc_sentinel": "Business and Job Opportunities",
      "xw_ic3": "Investment",
      "xw_scamwatch": "Pyramid schemes",
      "xw_chainabuse": "OTHER_INVESTMENT_SCAM",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "scam"
    },
    {
      "code": "investment.betting_sports",
      "title": "Betting or sports investment scam",
      "description": "The victim pays into a supposedly guaranteed betting system, tipping service or sports-investment scheme.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "investment",
      "xw_uk_finance_app": "Investment",
      "xw_ftc_sentinel": "Investment Related",
      "xw_ic3": "Investment",
      "xw_scamwatch": "Betting and sports investment scams",
      "xw_chainabuse": "OTHER_INVESTMENT_SCAM",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "scam"
    },
    {
      "code": "romance",
      "title": "Romance scam",
      "description": "The scammer builds a romantic or dating relationship and asks for money for emergencies, travel, gifts or fees, without steering the victim to an investment (for that, use investment.relationship).",
      "source": "GPOS",
      "deprecated": "",
      "parent": "",
      "xw_uk_finance_app": "Romance",
      "xw_ftc_sentinel": "Imposter Scams (romance)",
      "xw_ic3": "Confidence/Romance",
      "xw_scamwatch": "Dating & romance",
      "xw_chainabuse": "ROMANCE",
      "xw_thai_police": "หลอกให้รักแล้วโอนเงิน (unverified)",
      "xw_gse_abuse_type": "scam"
    },
    {
      "code": "purchase",
      "title": "Purchase scam",
      "description": "The victim pays for goods or services that are never received.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "",
      "xw_uk_finance_app": "Purchase",
      "xw_ftc_sentinel": "Online Shopping and Negative Reviews",
      "xw_ic3": "Non-Payment/Non-Delivery",
      "xw_scamwatch": "Online shopping | Classifieds",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "หลอกลวงซื้อขายสินค้าหรือบริการ",
      "xw_gse_abuse_type": "fraud"
    },
    {
      "code": "purchase.online_shop",
      "title": "Fake online shop",
      "description": "The victim pays a fake or fraudulent online shop, often advertised on social media or in search results.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "purchase",
      "xw_uk_finance_app": "Purchase",
      "xw_ftc_sentinel": "Online Shopping and Negative Reviews",
      "xw_ic3": "Non-Payment/Non-Delivery",
      "xw_scamwatch": "Online shopping | Classifieds",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "หลอกลวงซื้อขายสินค้าหรือบริการ",
      "xw_gse_abuse_type": "fraud"
    },
    {
      "code": "purchase.marketplace",
      "title": "Marketplace or classifieds purchase scam",
      "description": "The victim pays a seller on an online marketplace, classifieds site or social media group who never delivers.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "purchase",
      "xw_uk_finance_app": "Purchase",
      "xw_ftc_sentinel": "Online Shopping and Negative Reviews",
      "xw_ic3": "Non-Payment/Non-Delivery",
      "xw_scamwatch": "Online shopping | Classifieds",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "หลอกลวงซื้อขายสินค้าหรือบริการ",
      "xw_gse_abuse_type": "fraud"
    },
    {
      "code": "purchase.rental_accommodation",
      "title": "Rental or accommodation scam",
      "description": "The victim pays a deposit, rent or booking for a home or holiday accommodation that is not available or does not exist.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "purchase",
      "xw_uk_finance_app": "Purchase",
      "xw_ftc_sentinel": "Online Shopping and Negative Reviews",
      "xw_ic3": "Non-Payment/Non-Delivery",
      "xw_scamwatch": "Online shopping | Classifieds",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "หลอกลวงซื้อขายสินค้าหรือบริการ",
      "xw_gse_abuse_type": "fraud"
    },
    {
      "code": "purchase.tickets_events",
      "title": "Ticket scam",
      "description": "The victim pays for tickets to a concert, match, journey or other event that are fake or never arrive.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "purchase",
      "xw_uk_finance_app": "Purchase",
      "xw_ftc_sentinel": "Online Shopping and Negative Reviews",
      "xw_ic3": "Non-Payment/Non-Delivery",
      "xw_scamwatch": "Online shopping | Classifieds",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "หลอกลวงซื้อขายสินค้าหรือบริการ",
      "xw_gse_abuse_type": "fraud"
    },
    {
      "code": "purchase.vehicle",
      "title": "Vehicle purchase scam",
      "description": "The victim pays for a car, motorbike or other vehicle, or for its shipping, and it never arrives.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "purchase",
      "xw_uk_finance_app": "Purchase",
      "xw_ftc_sentinel": "Online Shopping and Negative Reviews",
      "xw_ic3": "Non-Payment/Non-Delivery",
      "xw_scamwatch": "Online shopping | Classifieds",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "หลอกลวงซื้อขายสินค้าหรือบริการ",
      "xw_gse_abuse_type": "fraud"
    },
    {
      "code": "purchase.pet",
      "title": "Pet purchase scam",
      "description": "The victim pays for a pet, or for its transport or paperwork, and the animal never arrives.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "purchase",
      "xw_uk_finance_app": "Purchase",
      "xw_ftc_sentinel": "Online Shopping and Negative Reviews",
      "xw_ic3": "Non-Payment/Non-Delivery",
      "xw_scamwatch": "Online shopping | Classifieds",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "หลอกลวงซื้อขายสินค้าหรือบริการ",
      "xw_gse_abuse_type": "fraud"
    },
    {
      "code": "purchase.seller_targeted",
      "title": "Seller-targeted scam (fake payment or overpayment)",
      "description": "The victim is the seller: the \"buyer\" sends fake proof of payment, or overpays and asks for the difference back before the original payment is reversed.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "purchase",
      "xw_uk_finance_app": "Purchase",
      "xw_ftc_sentinel": "Foreign Money Offers and Counterfeit Check Scams",
      "xw_ic3": "Overpayment",
      "xw_scamwatch": "Overpayment scams",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "fraud"
    },
    {
      "code": "employment",
      "title": "Job or employment scam",
      "description": "The victim is offered work or extra income as a pretext for taking their money or using their bank account.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "Business and Job Opportunities",
      "xw_ic3": "Employment",
      "xw_scamwatch": "Jobs & employment scams",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "หลอกให้โอนเงินเพื่อทำงานหารายได้พิเศษ",
      "xw_gse_abuse_type": ""
    },
    {
      "code": "employment.task",
      "title": "Task scam",
      "description": "The victim is paid small sums for online \"tasks\" such as rating products, liking videos or \"boosting orders\", then must deposit ever larger amounts to unlock their earnings.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "employment",
      "xw_uk_finance_app": "Advance fee",
      "xw_ftc_sentinel": "Business and Job Opportunities",
      "xw_ic3": "Employment",
      "xw_scamwatch": "Jobs & employment scams",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "หลอกให้โอนเงินเพื่อทำงานหารายได้พิเศษ",
      "xw_gse_abuse_type": "scam"
    },
    {
      "code": "employment.upfront_fee",
      "title": "Fake job with upfront fees",
      "description": "The victim pays for training, equipment, a visa or a placement for a job that does not exist.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "employment",
      "xw_uk_finance_app": "Advance fee",
      "xw_ftc_sentinel": "Business and Job Opportunities",
      "xw_ic3": "Employment",
      "xw_scamwatch": "Jobs & employment scams",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "หลอกให้โอนเงินเพื่อทำงานหารายได้พิเศษ",
      "xw_gse_abuse_type": "scam"
    },
    {
      "code": "employment.mule_recruitment",
      "title": "Money mule recruitment",
      "description": "The person is recruited, often through a job offer, to receive and forward money through their own accounts. Record their role with the victim_role codelist.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "employment",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "Business and Job Opportunities",
      "xw_ic3": "Employment",
      "xw_scamwatch": "Jobs & employment scams",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "fraud"
    },
    {
      "code": "impersonation",
      "title": "Impersonation scam",
      "description": "The scammer poses as a trusted authority, organisation or person to obtain money or credentials. Record who was impersonated with the impersonated_entity_type codelist.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "",
      "xw_uk_finance_app": "Impersonation: police/bank staff | Impersonation: other",
      "xw_ftc_sentinel": "Imposter Scams",
      "xw_ic3": "",
      "xw_scamwatch": "Impersonation",
      "xw_chainabuse": "IMPERSONATION",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "impersonation"
    },
    {
      "code": "impersonation.government_law_enforcement",
      "title": "Government or police impersonation",
      "description": "The scammer poses as police, customs, tax, court or other officials and threatens arrest, fines or seizure unless the victim pays or moves money to a \"safe\" account. Often run from call centres.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "impersonation",
      "xw_uk_finance_app": "Impersonation: police/bank staff",
      "xw_ftc_sentinel": "Imposter Scams (government)",
      "xw_ic3": "Government Impersonation",
      "xw_scamwatch": "Threats to life, arrest or other | Impersonation",
      "xw_chainabuse": "IMPERSONATION",
      "xw_thai_police": "ข่มขู่ทางโทรศัพท์",
      "xw_gse_abuse_type": "impersonation"
    },
    {
      "code": "impersonation.bank",
      "title": "Bank impersonation",
      "description": "The scammer poses as the victim's bank, for example its fraud team, and persuades the victim to move money to a \"safe account\" or to reveal security codes.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "impersonation",
      "xw_uk_finance_app": "Impersonation: police/bank staff",
      "xw_ftc_sentinel": "Imposter Scams (business)",
      "xw_ic3": "",
      "xw_scamwatch": "Impersonation | Phishing",
      "xw_chainabuse": "IMPERSONATION",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "impersonation"
    },
    {
      "code": "impersonation.business",
      "title": "Business impersonation",
      "description": "The scammer poses as a delivery company, telecom operator, utility, marketplace or platform support team to obtain payments or card details.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "impersonation",
      "xw_uk_finance_app": "Impersonation: other",
      "xw_ftc_sentinel": "Imposter Scams (business)",
      "xw_ic3": "Phishing/Spoofing",
      "xw_scamwatch": "Impersonation | Phishing",
      "xw_chainabuse": "IMPERSONATION",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "impersonation | phishing"
    },
    {
      "code": "impersonation.tech_support",
      "title": "Tech support scam",
      "description": "The scammer poses as technical support and persuades the victim to install remote-access software or to pay for fake repairs.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "impersonation",
      "xw_uk_finance_app": "Impersonation: other",
      "xw_ftc_sentinel": "Imposter Scams (tech support)",
      "xw_ic3": "Tech Support",
      "xw_scamwatch": "Remote access scams",
      "xw_chainabuse": "IMPERSONATION",
      "xw_thai_police": "หลอกให้ติดตั้งโปรแกรมควบคุมระยะไกล (unverified)",
      "xw_gse_abuse_type": "impersonation"
    },
    {
      "code": "impersonation.family_friend",
      "title": "Family or friend impersonation",
      "description": "The scammer poses as a relative or friend in urgent need, for example with a \"Hi Mum\" message, a cloned voice or the friend's hijacked account.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "impersonation",
      "xw_uk_finance_app": "Impersonation: other",
      "xw_ftc_sentinel": "Imposter Scams (family/friend)",
      "xw_ic3": "Confidence/Romance (unverified)",
      "xw_scamwatch": "Impersonation",
      "xw_chainabuse": "IMPERSONATION",
      "xw_thai_police": "หลอกเป็นบุคคลอื่นเพื่อยืมเงิน (unverified)",
      "xw_gse_abuse_type": "impersonation"
    },
    {
      "code": "impersonation.celebrity_endorsement",
      "title": "Fake celebrity endorsement",
      "description": "An advertisement or post uses a celebrity's name or deepfaked likeness to promote a scheme, usually an investment; record that scheme's code as well.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "impersonation",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "",
      "xw_ic3": "",
      "xw_scamwatch": "",
      "xw_chainabuse": "",
      "xw_thai_police": "",
      "xw_gse_abuse_type": ""
    },
    {
      "code": "advance_fee",
      "title": "Advance fee scam",
      "description": "The victim pays a fee to unlock a larger sum, a loan, a prize or a refund that never comes.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "",
      "xw_uk_finance_app": "Advance fee",
      "xw_ftc_sentinel": "",
      "xw_ic3": "Advanced Fee",
      "xw_scamwatch": "",
      "xw_chainabuse": "",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "scam"
    },
    {
      "code": "advance_fee.loan",
      "title": "Fake loan",
      "description": "The victim pays fees, insurance or a \"deposit\" to receive a loan that is never paid out.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "advance_fee",
      "xw_uk_finance_app": "Advance fee",
      "xw_ftc_sentinel": "",
      "xw_ic3": "Advanced Fee",
      "xw_scamwatch": "Up-front payment / advance fee",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "หลอกให้กู้เงิน",
      "xw_gse_abuse_type": "scam"
    },
    {
      "code": "advance_fee.prize_lottery_inheritance",
      "title": "Prize, lottery or inheritance scam",
      "description": "The victim is told they have won a prize or lottery, or are owed an inheritance or a share of a fortune (\"419\" letters), and pays fees to release it.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "advance_fee",
      "xw_uk_finance_app": "Advance fee",
      "xw_ftc_sentinel": "Prizes, Sweepstakes and Lotteries",
      "xw_ic3": "Lottery/Sweepstakes/Inheritance | Advanced Fee",
      "xw_scamwatch": "Unexpected money/winnings",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "scam"
    },
    {
      "code": "advance_fee.refund_rebate",
      "title": "Fake refund or rebate",
      "description": "The victim is offered a refund, rebate or reclaim, for example of tax or fees, and pays a fee or gives access to an account to receive it.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "advance_fee",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "",
      "xw_ic3": "",
      "xw_scamwatch": "Rebate/Reclaim scams",
      "xw_chainabuse": "",
      "xw_thai_police": "",
      "xw_gse_abuse_type": ""
    },
    {
      "code": "advance_fee.crypto_giveaway",
      "title": "Crypto giveaway",
      "description": "The victim sends crypto-assets on the promise of receiving more back (\"send 1, get 2\"), often with a fake endorsement by a celebrity or an exchange.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "advance_fee",
      "xw_uk_finance_app": "Advance fee",
      "xw_ftc_sentinel": "Investment Related",
      "xw_ic3": "Investment",
      "xw_scamwatch": "Investment scams",
      "xw_chainabuse": "FAKE_RETURNS (unverified)",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "scam"
    },
    {
      "code": "extortion",
      "title": "Extortion or blackmail",
      "description": "The victim pays under threat of harm, exposure or other consequences.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "",
      "xw_ic3": "Extortion",
      "xw_scamwatch": "Threats & extortion",
      "xw_chainabuse": "",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "fraud"
    },
    {
      "code": "extortion.sextortion",
      "title": "Sextortion",
      "description": "The victim is threatened with the release of intimate images, or of claims about their sexual conduct, real or invented, unless they pay.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "extortion",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "",
      "xw_ic3": "Extortion",
      "xw_scamwatch": "Threats & extortion",
      "xw_chainabuse": "SEXTORTION",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "fraud"
    },
    {
      "code": "extortion.threat",
      "title": "Threats or blackmail (non-sexual)",
      "description": "The victim is threatened with violence, data release or other harm unless they pay. Use impersonation.government_law_enforcement when the scammer poses as an official.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "extortion",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "",
      "xw_ic3": "Extortion | Threats of Violence",
      "xw_scamwatch": "Threats to life, arrest or other",
      "xw_chainabuse": "OTHER_BLACKMAIL",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "fraud"
    },
    {
      "code": "account_compromise",
      "title": "Account compromise (unauthorised payment)",
      "description": "Credentials, a device or a SIM are compromised and money is taken without the victim authorising the payment. In the other families the victim is tricked into making the payment.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "Identity Theft",
      "xw_ic3": "Phishing/Spoofing | SIM Swap",
      "xw_scamwatch": "Phishing | Hacking | Identity theft",
      "xw_chainabuse": "PHISHING | SIM_SWAP | CONTRACT_EXPLOIT | MAN_IN_THE_MIDDLE_ATTACK | OTHER_HACK",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "phishing | malware"
    },
    {
      "code": "account_compromise.credential_phishing",
      "title": "Credential phishing",
      "description": "The victim enters passwords, one-time codes or card details on a fake site or in reply to a message, and the scammer uses them to take money.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "account_compromise",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "Identity Theft",
      "xw_ic3": "Phishing/Spoofing",
      "xw_scamwatch": "Phishing",
      "xw_chainabuse": "PHISHING",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "phishing"
    },
    {
      "code": "account_compromise.malware_app",
      "title": "Malicious app",
      "description": "The victim installs a fake app or other malware that lets the scammer read one-time codes or control the device and move money.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "account_compromise",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "Identity Theft",
      "xw_ic3": "",
      "xw_scamwatch": "",
      "xw_chainabuse": "",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "malware"
    },
    {
      "code": "account_compromise.sim_swap",
      "title": "SIM swap",
      "description": "The scammer takes over the victim's phone number by having a new SIM issued, then receives their one-time codes.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "account_compromise",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "Identity Theft",
      "xw_ic3": "SIM Swap",
      "xw_scamwatch": "",
      "xw_chainabuse": "SIM_SWAP",
      "xw_thai_police": "",
      "xw_gse_abuse_type": ""
    },
    {
      "code": "account_compromise.wallet_drainer",
      "title": "Crypto wallet drainer",
      "description": "The victim signs a malicious smart-contract approval or transaction, often on a fake airdrop or minting site, that empties their wallet.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "account_compromise",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "Identity Theft",
      "xw_ic3": "",
      "xw_scamwatch": "",
      "xw_chainabuse": "CONTRACT_EXPLOIT",
      "xw_thai_police": "",
      "xw_gse_abuse_type": ""
    },
    {
      "code": "payment_diversion",
      "title": "Payment diversion (business e-mail compromise)",
      "description": "The scammer intercepts or imitates a business relationship so that a genuine payment goes to the scammer's account.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "",
      "xw_uk_finance_app": "Invoice & mandate | CEO fraud",
      "xw_ftc_sentinel": "Imposter Scams (business)",
      "xw_ic3": "BEC",
      "xw_scamwatch": "Payment redirection",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "fraud"
    },
    {
      "code": "payment_diversion.invoice",
      "title": "Invoice or mandate fraud",
      "description": "A supplier's or other payee's bank details are changed by e-mail or letter, so that invoices are paid to the scammer.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "payment_diversion",
      "xw_uk_finance_app": "Invoice & mandate",
      "xw_ftc_sentinel": "Imposter Scams (business)",
      "xw_ic3": "BEC",
      "xw_scamwatch": "Payment redirection | False billing",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "fraud"
    },
    {
      "code": "payment_diversion.ceo",
      "title": "CEO fraud",
      "description": "The scammer poses as a senior executive and tells staff to make an urgent payment.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "payment_diversion",
      "xw_uk_finance_app": "CEO fraud",
      "xw_ftc_sentinel": "Imposter Scams (business)",
      "xw_ic3": "BEC",
      "xw_scamwatch": "Payment redirection",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "fraud"
    },
    {
      "code": "payment_diversion.payroll",
      "title": "Payroll diversion",
      "description": "The scammer poses as an employee and asks the payroll team to change the account the salary is paid into.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "payment_diversion",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "",
      "xw_ic3": "",
      "xw_scamwatch": "",
      "xw_chainabuse": "",
      "xw_thai_police": "",
      "xw_gse_abuse_type": ""
    },
    {
      "code": "charity",
      "title": "Fake charity or donation scam",
      "description": "The victim donates to a fake charity or appeal, often after a disaster or during a crisis.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "",
      "xw_uk_finance_app": "Advance fee (unverified)",
      "xw_ftc_sentinel": "Imposter Scams (charity)",
      "xw_ic3": "",
      "xw_scamwatch": "Fake charities",
      "xw_chainabuse": "DONATION_SCAM | UKRANIAN_DONATION_SCAM",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "scam"
    },
    {
      "code": "recovery",
      "title": "Recovery scam",
      "description": "The scammer targets people who have already lost money, promising to recover it for a fee or posing as an official recovery service.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "",
      "xw_uk_finance_app": "Advance fee (unverified)",
      "xw_ftc_sentinel": "Imposter Scams",
      "xw_ic3": "Investment (unverified) | Advanced Fee (unverified)",
      "xw_scamwatch": "Investment scams (unverified) | Unexpected money/winnings (unverified)",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "scam"
    },
    {
      "code": "other",
      "title": "Other",
      "description": "A scam that fits no other code. Describe it in the record, and consider proposing a new code.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "",
      "xw_ic3": "Other",
      "xw_scamwatch": "",
      "xw_chainabuse": "OTHER",
      "xw_thai_police": "",
      "xw_gse_abuse_type": ""
    },
    {
      "code": "unknown",
      "title": "Unknown",
      "description": "The kind of scam is not known or was not recorded.",
      "source": "GPOS",
      "deprecated": "",
      "parent": "",
      "xw_uk_finance_app": "",
      "xw_ftc_sentinel": "",
      "xw_ic3": "",
      "xw_scamwatch": "",
      "xw_chainabuse": "",
      "xw_thai_police": "",
      "xw_gse_abuse_type": "unspecified"
    }
  ]
};

/** Verifiability: Whether a commitment is written clearly enough for its implementation to be checked. (closed codelist) */
export const verifiabilityCodes = ["verifiable","not_verifiable"] as const;
export type VerifiabilityCode = (typeof verifiabilityCodes)[number];
export const verifiabilityCodelist: Codelist<(typeof verifiabilityCodes)[number]> = {
  "name": "verifiability",
  "title": "Verifiability",
  "description": "Whether a commitment is written clearly enough for its implementation to be checked.",
  "open": false,
  "rows": [
    {
      "code": "verifiable",
      "title": "Verifiable",
      "description": "The objectives and actions are clear enough, and specific enough, for their implementation to be checked objectively.",
      "source": "OGP IRM Verifiability",
      "deprecated": ""
    },
    {
      "code": "not_verifiable",
      "title": "Not verifiable",
      "description": "The objectives or actions are too vague to check whether they were carried out.",
      "source": "OGP IRM Verifiability",
      "deprecated": ""
    }
  ]
};

/** Victim role: Whether the person lost money, moved money for the scammers, or both. Job scams often turn victims into money mules. (closed codelist) */
export const victimRoleCodes = ["victim","mule_unwitting","mule_complicit","victim_and_mule","forced_criminality"] as const;
export type VictimRoleCode = (typeof victimRoleCodes)[number];
export const victimRoleCodelist: Codelist<(typeof victimRoleCodes)[number]> = {
  "name": "victim_role",
  "title": "Victim role",
  "description": "Whether the person lost money, moved money for the scammers, or both. Job scams often turn victims into money mules.",
  "open": false,
  "rows": [
    {
      "code": "victim",
      "title": "Victim",
      "description": "The person lost money or was targeted, and did not move money for the scammers.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": ""
    },
    {
      "code": "mule_unwitting",
      "title": "Unwitting money mule",
      "description": "The person moved money for the scammers without knowing it was criminal, for example after a fake job offer.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": ""
    },
    {
      "code": "mule_complicit",
      "title": "Complicit money mule",
      "description": "The person knowingly let the scammers use their accounts, or moved money for them, for example for a fee.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": ""
    },
    {
      "code": "victim_and_mule",
      "title": "Victim and money mule",
      "description": "The person both lost money and moved money for the scammers.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": ""
    },
    {
      "code": "forced_criminality",
      "title": "Forced criminality",
      "description": "The person was forced to commit the scam, typically a victim of trafficking made to work in a scam compound. Under the non-punishment principle they are treated as a victim, not an offender.",
      "source": "GPOS (after UNODC)",
      "deprecated": "",
      "min_tlp": "amber+strict"
    }
  ]
};

/** Victim type: Whether the victim is a person or an organisation, and what kind of organisation; reimbursement rules often depend on it. (closed codelist) */
export const victimTypeCodes = ["individual","micro_enterprise","sme","charity","public_body","other_org"] as const;
export type VictimTypeCode = (typeof victimTypeCodes)[number];
export const victimTypeCodelist: Codelist<(typeof victimTypeCodes)[number]> = {
  "name": "victim_type",
  "title": "Victim type",
  "description": "Whether the victim is a person or an organisation, and what kind of organisation; reimbursement rules often depend on it.",
  "open": false,
  "rows": [
    {
      "code": "individual",
      "title": "Individual",
      "description": "A natural person acting in a private capacity.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "micro_enterprise",
      "title": "Micro-enterprise",
      "description": "A very small business as defined in the reporting jurisdiction; in the EU and UK, one with fewer than 10 staff and an annual turnover or balance sheet of no more than EUR 2 million.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "sme",
      "title": "Small or medium-sized enterprise",
      "description": "A small or medium-sized business, as defined in the reporting jurisdiction, that is not a micro-enterprise.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "charity",
      "title": "Charity",
      "description": "A charity or other non-profit organisation.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "public_body",
      "title": "Public body",
      "description": "A government body or other public-sector organisation.",
      "source": "GPOS",
      "deprecated": ""
    },
    {
      "code": "other_org",
      "title": "Other organisation",
      "description": "Any other organisation, such as a large company.",
      "source": "GPOS",
      "deprecated": ""
    }
  ]
};

/** Vulnerability: A circumstance that made the victim more susceptible to the scam or calls for more care in handling the case. (open codelist) */
export const vulnerabilityCodes = ["elderly","repeat_victim","financial_hardship","bereavement","cognitive_impairment","language_barrier","disability","minor","trafficking_victim"] as const;
export type VulnerabilityCode = (typeof vulnerabilityCodes)[number];
export const vulnerabilityCodelist: Codelist<(typeof vulnerabilityCodes)[number]> = {
  "name": "vulnerability",
  "title": "Vulnerability",
  "description": "A circumstance that made the victim more susceptible to the scam or calls for more care in handling the case.",
  "open": true,
  "rows": [
    {
      "code": "elderly",
      "title": "Older person",
      "description": "The victim's age made them more susceptible, for example through isolation or unfamiliarity with online services.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber"
    },
    {
      "code": "repeat_victim",
      "title": "Repeat victim",
      "description": "The victim had been scammed before, which makes them a target for further scams, including recovery scams.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber"
    },
    {
      "code": "financial_hardship",
      "title": "Financial hardship",
      "description": "The victim was in financial difficulty, which scams such as fake loans and jobs exploit.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber+strict"
    },
    {
      "code": "bereavement",
      "title": "Bereavement",
      "description": "The victim had recently lost someone close.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber+strict"
    },
    {
      "code": "cognitive_impairment",
      "title": "Cognitive impairment",
      "description": "The victim has a condition, such as dementia or a learning disability, that affects their decision-making.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber+strict"
    },
    {
      "code": "language_barrier",
      "title": "Language barrier",
      "description": "The victim had difficulty with the language used by banks, authorities or the scammers' materials.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber"
    },
    {
      "code": "disability",
      "title": "Disability",
      "description": "The victim has a physical or sensory disability that affected the scam or the response to it.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber+strict"
    },
    {
      "code": "minor",
      "title": "Minor",
      "description": "The victim is under 18.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber+strict"
    },
    {
      "code": "trafficking_victim",
      "title": "Trafficking victim",
      "description": "The person is a victim of human trafficking, for example forced to work in a scam compound; they may appear as a perpetrator in other records.",
      "source": "GPOS",
      "deprecated": "",
      "min_tlp": "amber+strict"
    }
  ]
};

/** Every codelist of the standard, by name. */
export const codelists = {
  action_outcome: actionOutcomeCodelist,
  action_type: actionTypeCodelist,
  age_band: ageBandCodelist,
  app_platform: appPlatformCodelist,
  appeal_grounds: appealGroundsCodelist,
  appeal_status: appealStatusCodelist,
  assessment_stage: assessmentStageCodelist,
  assessment_type: assessmentTypeCodelist,
  bundle_scope: bundleScopeCodelist,
  case_status: caseStatusCodelist,
  collection_method: collectionMethodCodelist,
  commitment_pillar: commitmentPillarCodelist,
  commitment_relationship: commitmentRelationshipCodelist,
  commitment_status: commitmentStatusCodelist,
  commitment_type: commitmentTypeCodelist,
  completion_level: completionLevelCodelist,
  consent_method: consentMethodCodelist,
  consent_scope: consentScopeCodelist,
  consent_status: consentStatusCodelist,
  contact_channel: contactChannelCodelist,
  contact_direction: contactDirectionCodelist,
  contact_point_type: contactPointTypeCodelist,
  crypto_asset: cryptoAssetCodelist,
  early_results: earlyResultsCodelist,
  enabler: enablerCodelist,
  evidence_document_type: evidenceDocumentTypeCodelist,
  evidence_source_type: evidenceSourceTypeCodelist,
  evidence_type: evidenceTypeCodelist,
  ewallet_provider: ewalletProviderCodelist,
  freeze_status: freezeStatusCodelist,
  impersonated_entity_type: impersonatedEntityTypeCodelist,
  indicator_kind: indicatorKindCodelist,
  indicator_role: indicatorRoleCodelist,
  indicator_status: indicatorStatusCodelist,
  instrument: instrumentCodelist,
  intake_channel: intakeChannelCodelist,
  lawful_basis: lawfulBasisCodelist,
  local_ref_system: localRefSystemCodelist,
  loss_accounting: lossAccountingCodelist,
  match_key_type: matchKeyTypeCodelist,
  metric_measure: metricMeasureCodelist,
  metric_vocabulary: metricVocabularyCodelist,
  milestone_status: milestoneStatusCodelist,
  observation_status: observationStatusCodelist,
  operation_kind: operationKindCodelist,
  operation_size_measure: operationSizeMeasureCodelist,
  operation_status: operationStatusCodelist,
  org_id_scheme: orgIdSchemeCodelist,
  organization_kind: organizationKindCodelist,
  organization_role: organizationRoleCodelist,
  pap: papCodelist,
  party_role: partyRoleCodelist,
  payment_method: paymentMethodCodelist,
  payment_rail: paymentRailCodelist,
  payment_scheme: paymentSchemeCodelist,
  platform: platformCodelist,
  potential_for_results: potentialForResultsCodelist,
  pseudonym_alg: pseudonymAlgCodelist,
  recall_message_type: recallMessageTypeCodelist,
  recall_reason: recallReasonCodelist,
  recovery_status: recoveryStatusCodelist,
  referral_channel: referralChannelCodelist,
  referral_decline_reason: referralDeclineReasonCodelist,
  referral_status: referralStatusCodelist,
  relationship_type: relationshipTypeCodelist,
  repatriation_status: repatriationStatusCodelist,
  reporter_relationship: reporterRelationshipCodelist,
  sighting_verdict: sightingVerdictCodelist,
  signature_alg: signatureAlgCodelist,
  source_reliability: sourceReliabilityCodelist,
  statistic_measure: statisticMeasureCodelist,
  support_service: supportServiceCodelist,
  takedown_outcome_reason: takedownOutcomeReasonCodelist,
  tlp: tlpCodelist,
  trafficking_identification_stage: traffickingIdentificationStageCodelist,
  typology: typologyCodelist,
  verifiability: verifiabilityCodelist,
  victim_role: victimRoleCodelist,
  victim_type: victimTypeCodelist,
  vulnerability: vulnerabilityCodelist,
} as const;
