import { escapeToken } from '../pointer.js';
import { eachObject } from '../walk.js';
import { found, type Rule } from './rule.js';

const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

export const unresolvedOriginalLanguage: Rule = {
  code: 'unresolved_original_language',
  severity: 'error',
  title: 'The original language of a text is one of its entries',
  summary: "In text by language, the reserved key `original_language` must name, by its language tag, one of the text's own entries.",
  rationale:
    "Partners translate what victims and officers write: a Thai hotline note read in the UAE, an English takedown reason read in Bangkok. Saying which entry is the original lets the reader go back to the words that were actually written, and know the others may have lost something in translation. An original that is not there sends the reader to text nobody has.",
  wrong: { type: 'case', referrals: [{ to: 'AE-GOV:moi', at: '2026-03-20T04:00:00Z', status: 'sent', reason: { en: 'Funds moved to a UAE account.', original_language: 'th' } }] },
  right: { type: 'case', referrals: [{ to: 'AE-GOV:moi', at: '2026-03-20T04:00:00Z', status: 'sent', reason: { th: 'เงินถูกโอนไปยังบัญชีในสหรัฐอาหรับเอมิเรตส์', en: 'Funds moved to a UAE account.', original_language: 'th' } }] },
  check(record) {
    const problems: ReturnType<Rule['check']> = [];
    eachObject(record, (object, at) => {
      if (!Object.prototype.hasOwnProperty.call(object, 'original_language')) return;
      const where = at();
      // extension data is the extension's own business
      if (where === '/extensions' || where.startsWith('/extensions/')) return;
      const original = object.original_language;
      const pointer = `${where}/${escapeToken('original_language')}`;
      if (typeof original !== 'string' || !LANGUAGE.test(original)) {
        problems.push(found(this, pointer, `"original_language" must be the language tag of one of this text's entries (for example "th"), not ${JSON.stringify(original)}.`));
      } else if (!Object.prototype.hasOwnProperty.call(object, original)) {
        const entries = Object.keys(object).filter((k) => k !== 'original_language');
        problems.push(found(this, pointer, `"original_language" is "${original}", but the text has no "${original}" entry (it has ${entries.map((e) => `"${e}"`).join(', ') || 'none'}); add the original or correct the tag.`));
      }
    });
    return problems;
  },
};
