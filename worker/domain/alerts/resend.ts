// Slack incoming webhooks take no idempotency key (unlike Zendesk's Idempotency-Key and the
// webhook-id a receiver can drop repeats by), so an attempt we gave up on may have posted all the
// same. The message sent again says so, and the channel can tell a resend from a new alert.
import type { DeliveryProblem } from './delivery-problem.ts'
import type { Lang, Texts } from './i18n.ts'
import { LIMITS } from './mrkdwn.ts'
import type { OutboundRequest } from './request.ts'

export const RESENT_NOTE: Texts = {
  en: 'Sent again: an earlier attempt timed out and may have been delivered.',
  'zh-Hans': '再次发送：之前的一次发送超时，可能已经送达。',
  'zh-Hant': '再次傳送：先前的一次傳送逾時，可能已經送達。',
}

/** Whether an attempt that ended with this problem may have reached the target anyway. */
export function mayHaveArrived(problem: DeliveryProblem | null): boolean {
  return problem?.code === 'timeout'
}

/** A Slack request with the note as a context line under its header, within Slack's 50 blocks. */
export function withResentNote(request: OutboundRequest, lang: Lang): OutboundRequest {
  const message = JSON.parse(request.body) as { blocks?: unknown[] }
  const blocks = message.blocks ?? []
  const note = { type: 'context', elements: [{ type: 'mrkdwn', text: `:repeat: ${RESENT_NOTE[lang]}` }] }
  message.blocks = [...blocks.slice(0, 1), note, ...blocks.slice(1)].slice(0, LIMITS.blocks)
  return { ...request, body: JSON.stringify(message) }
}
