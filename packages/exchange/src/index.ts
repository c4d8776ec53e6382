/**
 * The GPOS exchange client: publish signed, validated, TLP-redacted bundles; pull the feed with a cursor that
 * survives crashes; receive and verify Standard Webhooks deliveries. The contract is
 * schemas/exchange/asyncapi.yaml (events) and schemas/exchange/openapi.yaml (the exchange's HTTP API).
 *
 * @packageDocumentation
 */
export { publish, sendEvent, type EventReceipt, type SendEventOptions, type PublishOptions, type PublishReceipt, type PublishResult, type Redactor, type Signer } from './publish.js';
export { pullFeed, syncFeed, memoryCursorStore, type CursorStore, type FeedItem, type PullFeedOptions } from './feed.js';
export {
  receiveWebhook,
  signWebhook,
  webhookHeaders,
  generateWebhookSecret,
  secretKey,
  memorySeenStore,
  type RawWebhook,
  type ReceiveWebhookOptions,
  type ReceivedWebhook,
  type SeenStore,
} from './webhook.js';
export { EVENT_TYPES, checkEvent, eventId, isEventType, type EventData, type EventType, type ExchangeEvent, type TakedownOutcomeCode } from './events.js';
export { oprfEvaluator, type OprfEvaluatorOptions } from './oprf.js';
export { requestJson, parseRetryAfter, backoffDelay, apiUrl, type HttpOptions, type RetryOptions } from './http.js';
export {
  ExchangeError,
  HttpError,
  TimeoutError,
  NetworkError,
  AbortedError,
  InvalidDataError,
  WebhookError,
  type ProblemDetails,
  type WebhookFailure,
} from './errors.js';
