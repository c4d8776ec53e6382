import type { KindNormalizer, ObservableKind } from '../types.js';
import { normalizePlatformAccount, normalizeOnlineAd } from './account.js';
import { normalizeMobileApp } from './app.js';
import { normalizeBankAccount, normalizeIban } from './bank.js';
import { normalizeCard } from './card.js';
import { normalizeFile, normalizeMessageTemplate } from './content.js';
import { normalizeCryptoAddress, normalizeCryptoTransaction } from './crypto.js';
import { normalizeEmail } from './email.js';
import { normalizeEwallet, normalizeVaspAccount } from './ewallet.js';
import { normalizeDomain, normalizeHostname } from './host.js';
import { normalizeIp } from './ip.js';
import { normalizePhone } from './phone.js';
import { normalizePaymentProxy } from './proxy.js';
import { normalizeSmsSender } from './sms-sender.js';
import { normalizeUrl } from './url.js';

/** One normaliser per indicator kind. */
export const KIND_NORMALIZERS: Readonly<Record<ObservableKind, KindNormalizer>> = Object.freeze({
  url: normalizeUrl,
  hostname: normalizeHostname,
  domain: normalizeDomain,
  ip_address: normalizeIp,
  email_address: normalizeEmail,
  phone_number: normalizePhone,
  sms_sender_id: normalizeSmsSender,
  bank_account: normalizeBankAccount,
  iban: normalizeIban,
  payment_proxy: normalizePaymentProxy,
  ewallet_account: normalizeEwallet,
  vasp_account: normalizeVaspAccount,
  payment_card: normalizeCard,
  crypto_address: normalizeCryptoAddress,
  crypto_transaction: normalizeCryptoTransaction,
  social_media_account: normalizePlatformAccount,
  messaging_account: normalizePlatformAccount,
  mobile_app: normalizeMobileApp,
  file: normalizeFile,
  message_template: normalizeMessageTemplate,
  online_ad: normalizeOnlineAd,
});
