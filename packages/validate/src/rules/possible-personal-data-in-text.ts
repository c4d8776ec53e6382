import { escapeToken } from '../pointer.js';
import { eachObject, eachString, get } from '../walk.js';
import { found, type Rule } from './rule.js';
import { findPersonalData } from './text-detectors.js';

/** Fields of free text, wherever they appear in a record. */
const FREE_TEXT = new Set(['description', 'narrative', 'note', 'rationale', 'summary', 'status_details', 'revocation_reason', 'problem_statement', 'reason']);

export const possiblePersonalDataInText: Rule = {
  code: 'possible_personal_data_in_text',
  severity: 'warning',
  title: 'No personal identifiers in free text',
  summary: 'Free-text fields (description, note, summary, rationale, …) that look like they contain an e-mail address, a phone number, an IBAN or a long account number.',
  rationale:
    'Free text is not covered by the personal-data markings, so redaction by TLP cannot remove what is typed into it. Identifiers belong in their own coded fields (an indicator, a pseudonym) where they are marked and can be redacted. A narrative left at its default TLP:RED is exempt: it exists to tell the story. Card numbers are reported as errors by full_card_number.',
  wrong: { description: { en: 'Victim can be reached at somchai@example.com' } },
  right: { description: { en: 'Victim was contacted through a fake investment group.' } },
  check(record) {
    const problems: ReturnType<Rule['check']> = [];
    eachObject(record, (object, at) => {
      for (const key of Object.keys(object)) {
        if (!FREE_TEXT.has(key)) continue;
        let value = object[key];
        let pointer = `${at()}/${escapeToken(key)}`;
        if (key === 'narrative' && (object as unknown) === record) {
          const tlp = get(value, 'tlp');
          if (tlp === undefined || tlp === 'red') continue;
          value = get(value, 'text');
          pointer += '/text';
        }
        eachString(
          value,
          (text, where) => {
            const kind = findPersonalData(text);
            if (kind && kind !== 'a payment card number') {
              problems.push(found(this, where(), `This text looks like it contains ${kind}; remove personal identifiers from free text (share them as indicators or pseudonyms instead).`));
            }
          },
          pointer,
        );
      }
    });
    return problems;
  },
};
