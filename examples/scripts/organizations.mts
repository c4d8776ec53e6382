/**
 * The organisations the examples refer to. Public bodies and platforms are real organisations named only to make
 * the examples recognisable; every record, figure and commitment attributed to them in examples/ is fictitious.
 * The telecom operator is invented (its Thai company number is made up, with a valid check digit).
 */
import { base, thaiJuristicId } from './lib.mts';

export interface OrgSeed {
  name: Record<string, string>;
  abbreviation?: string;
  kind: string;
  country: string;
  roles: string[];
  parent?: string;
  website?: string;
  description: string;
}

export const HOSTING = `TH-CR:${thaiJuristicId('010556888123')}`;

export const TELECOM = `TH-CR:${thaiJuristicId('010555999012')}`;

export const ORGS: Record<string, OrgSeed> = {
  'TH-GOV:aoc1441': {
    name: { en: 'Anti Online Scam Operation Center (AOC 1441)', th: 'ศูนย์ปฏิบัติการแก้ไขปัญหาอาชญากรรมออนไลน์' },
    abbreviation: 'AOC',
    kind: 'anti_scam_centre',
    country: 'TH',
    roles: ['data_provider', 'data_consumer'],
    parent: 'TH-GOV:mdes',
    description: "Thailand's 24-hour anti-scam centre: takes victim calls on the 1441 hotline and coordinates account freezes with banks, telecom operators and police.",
  },
  'TH-GOV:mdes': {
    name: { en: 'Ministry of Digital Economy and Society', th: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม' },
    abbreviation: 'MDES',
    kind: 'government_ministry',
    country: 'TH',
    roles: ['signatory'],
    description: 'The Thai ministry responsible for the national response to online scams, including the AOC 1441 centre.',
  },
  'TH-GOV:rtp': {
    name: { en: 'Royal Thai Police', th: 'สำนักงานตำรวจแห่งชาติ' },
    abbreviation: 'RTP',
    kind: 'law_enforcement',
    country: 'TH',
    roles: ['data_consumer'],
    description: 'The national police of Thailand.',
  },
  'TH-GOV:ccib': {
    name: { en: 'Cyber Crime Investigation Bureau', th: 'กองบัญชาการตำรวจสืบสวนสอบสวนอาชญากรรมทางเทคโนโลยี' },
    abbreviation: 'CCIB',
    kind: 'law_enforcement',
    country: 'TH',
    roles: ['data_provider', 'data_consumer'],
    parent: 'TH-GOV:rtp',
    description: 'The Royal Thai Police bureau that investigates online fraud, scams and technology crime.',
  },
  'TH-GOV:dsi': {
    name: { en: 'Department of Special Investigation', th: 'กรมสอบสวนคดีพิเศษ' },
    abbreviation: 'DSI',
    kind: 'law_enforcement',
    country: 'TH',
    roles: ['data_provider', 'data_consumer'],
    description: 'The Thai investigative agency for special cases, including human trafficking into scam compounds.',
  },
  'TH-BANK:004': {
    name: { en: 'Kasikornbank', th: 'ธนาคารกสิกรไทย' },
    abbreviation: 'KBank',
    kind: 'bank',
    country: 'TH',
    roles: ['data_provider', 'data_consumer'],
    description: 'A Thai commercial bank (interbank code 004).',
  },
  'TH-BANK:014': {
    name: { en: 'Siam Commercial Bank', th: 'ธนาคารไทยพาณิชย์' },
    abbreviation: 'SCB',
    kind: 'bank',
    country: 'TH',
    roles: ['data_provider', 'data_consumer'],
    description: 'A Thai commercial bank (interbank code 014).',
  },
  'TH-BANK:006': {
    name: { en: 'Krungthai Bank', th: 'ธนาคารกรุงไทย' },
    abbreviation: 'KTB',
    kind: 'bank',
    country: 'TH',
    roles: ['data_provider', 'data_consumer'],
    description: 'A Thai commercial bank (interbank code 006).',
  },
  [TELECOM]: {
    name: { en: 'Chao Phraya Mobile Co., Ltd. (fictitious)', th: 'บริษัท เจ้าพระยา โมบาย จำกัด' },
    kind: 'telecom_operator',
    country: 'TH',
    roles: ['data_provider'],
    description: 'A fictitious Thai mobile network operator used in the examples: it reports scam SMS sender ids and calling numbers.',
  },
  'GASA:member:tiktok': {
    name: { en: 'TikTok' },
    kind: 'platform',
    country: 'SG',
    roles: ['signatory', 'data_provider'],
    website: 'https://www.tiktok.com/',
    description: 'A short-video platform and member of the Global Anti-Scam Alliance; an early private-sector partner of the Global Partnership.',
  },
  'BD-GOV:bfiu': {
    name: { en: 'Bangladesh Financial Intelligence Unit', bn: 'বাংলাদেশ ফাইন্যান্সিয়াল ইন্টেলিজেন্স ইউনিট' },
    abbreviation: 'BFIU',
    kind: 'financial_intelligence_unit',
    country: 'BD',
    roles: ['signatory', 'data_provider', 'data_consumer'],
    description: 'The financial intelligence unit of Bangladesh, housed at Bangladesh Bank.',
  },
  'BD-GOV:btrc': {
    name: { en: 'Bangladesh Telecommunication Regulatory Commission', bn: 'বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন' },
    abbreviation: 'BTRC',
    kind: 'regulator',
    country: 'BD',
    roles: ['data_consumer'],
    description: 'The telecommunications regulator of Bangladesh.',
  },
  'NP-GOV:moha': {
    name: { en: 'Ministry of Home Affairs', ne: 'गृह मन्त्रालय' },
    abbreviation: 'MoHA',
    kind: 'government_ministry',
    country: 'NP',
    roles: ['signatory'],
    description: 'The Nepali ministry responsible for internal security, policing and the protection of migrants at home.',
  },
  'NP-GOV:cib': {
    name: { en: 'Central Investigation Bureau, Nepal Police', ne: 'केन्द्रीय अनुसन्धान ब्यूरो, नेपाल प्रहरी' },
    abbreviation: 'CIB',
    kind: 'law_enforcement',
    country: 'NP',
    roles: ['data_provider', 'data_consumer'],
    description: 'The Nepal Police bureau that investigates organised crime, including trafficking for forced criminality.',
  },
  'PE-GOV:mininter': {
    name: { es: 'Ministerio del Interior', en: 'Ministry of the Interior of Peru' },
    abbreviation: 'MININTER',
    kind: 'government_ministry',
    country: 'PE',
    roles: ['signatory'],
    description: 'The Peruvian ministry responsible for internal order and the National Police.',
  },
  'PE-GOV:divindat': {
    name: { es: 'División de Investigación de Delitos de Alta Tecnología, Policía Nacional del Perú', en: 'High Technology Crime Investigation Division, Peruvian National Police' },
    abbreviation: 'DIVINDAT',
    kind: 'law_enforcement',
    country: 'PE',
    roles: ['data_provider', 'data_consumer'],
    description: 'The unit of the Peruvian National Police that investigates cybercrime and online fraud.',
  },
  [HOSTING]: {
    name: { en: 'Siam Cloud Hosting Co., Ltd. (fictitious)', th: 'บริษัท สยาม คลาวด์ โฮสติ้ง จำกัด' },
    kind: 'other',
    country: 'TH',
    roles: ['data_consumer'],
    description: 'A fictitious Thai web-hosting company used in the examples: it receives takedown requests.',
  },
  'VASP:bitkub': {
    name: { en: 'Bitkub Online', th: 'บิทคับ ออนไลน์' },
    kind: 'virtual_asset_service_provider',
    country: 'TH',
    roles: ['data_provider', 'data_consumer'],
    description: 'A digital-asset exchange licensed in Thailand; it freezes customer accounts on request of the authorities.',
  },
  'VASP:tether': {
    name: { en: 'Tether' },
    kind: 'virtual_asset_service_provider',
    country: 'SV',
    roles: ['data_consumer'],
    description: 'The issuer of the USDT stablecoin, which can freeze USDT held at an address on the chains it issues on.',
  },
  'TH-GOV:amlo': {
    name: { en: 'Anti-Money Laundering Office', th: 'สำนักงานป้องกันและปราบปรามการฟอกเงิน' },
    abbreviation: 'AMLO',
    kind: 'financial_intelligence_unit',
    country: 'TH',
    roles: ['data_provider', 'data_consumer'],
    description: "Thailand's financial intelligence unit; it receives banks' suspicious-transaction reports through goAML, and seizes and freezes the proceeds of crime and returns them to victims.",
  },
  'AE-GOV:fiu': {
    name: { en: 'UAE Financial Intelligence Unit', ar: 'وحدة المعلومات المالية' },
    abbreviation: 'UAEFIU',
    kind: 'financial_intelligence_unit',
    country: 'AE',
    roles: ['data_provider', 'data_consumer'],
    description: "The United Arab Emirates' financial intelligence unit, a member of the Egmont Group.",
  },
  'AE-GOV:moi': {
    name: { en: 'Ministry of Interior', ar: 'وزارة الداخلية' },
    abbreviation: 'MOI',
    kind: 'government_ministry',
    country: 'AE',
    roles: ['signatory', 'data_provider', 'data_consumer'],
    description: 'The federal ministry of the United Arab Emirates responsible for policing and internal security.',
  },
  'TH-GOV:msdhs': {
    name: { en: 'Ministry of Social Development and Human Security', th: 'กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์' },
    abbreviation: 'MSDHS',
    kind: 'government_ministry',
    country: 'TH',
    roles: ['data_consumer'],
    description: 'The Thai ministry that runs shelters and protection services for victims of trafficking.',
  },
  'BD-GOV:mofa': {
    name: { en: 'Ministry of Foreign Affairs', bn: 'পররাষ্ট্র মন্ত্রণালয়' },
    abbreviation: 'MOFA',
    kind: 'government_ministry',
    country: 'BD',
    roles: ['data_consumer'],
    description: "Bangladesh's foreign ministry, whose embassies and consulates help nationals rescued from scam compounds home.",
  },
  'UN:iom': {
    name: { en: 'International Organization for Migration' },
    abbreviation: 'IOM',
    kind: 'international_organisation',
    country: 'CH',
    roles: ['observer'],
    website: 'https://www.iom.int/',
    description: 'The UN migration agency, which assists the return and reintegration of victims of trafficking.',
  },
  'UN:unodc': {
    name: { en: 'United Nations Office on Drugs and Crime' },
    abbreviation: 'UNODC',
    kind: 'international_organisation',
    country: 'AT',
    roles: ['observer'],
    website: 'https://www.unodc.org/',
    description: 'The UN office that supports member states against organised crime, including scam centres and trafficking for forced criminality.',
  },
};

const CREATED = '2025-11-03T02:00:00Z';
const MODIFIED = '2026-06-01T02:00:00Z';

/** The organisation record for a reference; identical wherever it appears, so recipients de-duplicate it. */
export function orgRecord(identifier: string, seed: OrgSeed) {
  return {
    ...base('organization', identifier, CREATED, MODIFIED, identifier, 'clear'),
    identifier,
    name: seed.name,
    ...(seed.abbreviation ? { abbreviation: seed.abbreviation } : {}),
    kind: seed.kind,
    country: seed.country,
    roles: seed.roles,
    ...(seed.parent ? { parent: seed.parent } : {}),
    ...(seed.website ? { website: seed.website } : {}),
    description: { en: seed.description },
  };
}

/** Organisation records for a list of references, for bundles that carry their own. */
export const orgRecords = (refs: string[]) => refs.map((ref) => orgRecord(ref, ORGS[ref]!));
