import { eachString } from '../walk.js';
import { found, type Rule } from './rule.js';
import { findCardNumber } from './text-detectors.js';

export const fullCardNumber: Rule = {
  code: 'full_card_number',
  severity: 'error',
  title: 'No full card numbers',
  summary: 'No field may contain a full payment card number (PAN); share the BIN and the last four digits instead.',
  rationale:
    'Full card numbers are regulated (PCI DSS) and let anyone who sees them commit fraud. The standard carries `bin` and `last4`, which are enough to match and block; a PAN in any field, free text included, must never be exchanged.',
  wrong: { observable: { kind: 'payment_card', raw: '4111 1111 1111 1111' } },
  right: { observable: { kind: 'payment_card', attributes: { bin: '411111', last4: '1111' } } },
  check(record) {
    const problems: ReturnType<Rule['check']> = [];
    eachString(record, (text, pointer) => {
      const card = findCardNumber(text);
      if (card) problems.push(found(this, pointer(), `This field contains a full payment card number (${card}); remove it and keep only the first six and last four digits (bin, last4).`));
    });
    return problems;
  },
};
