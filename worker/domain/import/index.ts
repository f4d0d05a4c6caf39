// CSV import, pure part: shared by `stayloop import` and `POST /v1/import/{customers|signals}`.
export { parseCsv, csvObjects } from './csv.ts'
export { validateCustomersCsv, type CustomerImportRow, type ImportResult } from './customers.ts'
export { validateSignalsCsv, SIGNAL_TYPES, type SignalImportRow, type SignalType } from './signals.ts'
export { parseTimestamp, parseAmount, type ImportError } from './fields.ts'
export { verifyStripeSignature, stripeSignatureHeader, mapStripeEvent, type StripeMapping, type InboundSignal, type CustomerUpdate } from './stripe.ts'
export { verifyZendeskSignature, zendeskSignature, mapZendeskEvent, type ZendeskMapping } from './zendesk.ts'
export { inboundProblem } from './inbound-bounds.ts'
export { validateTextExamples, topicLookup, MAX_EXAMPLE_CHARS, type TextExampleRow, type TextExampleFormat } from './text-examples.ts'
