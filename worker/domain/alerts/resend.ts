// Slack incoming webhooks take no idempotency key (unlike Zendesk's Idempotency-Key and the
// webhook-id a receiver can drop repeats by), so an attempt we gave up on may have posted all the
// same. The message sent again says so (slack.ts, `resent`), and the channel can tell a resend from a new alert.
import type { DeliveryProblem } from './delivery-problem.ts'
import type { Texts } from './i18n.ts'

export const RESENT_NOTE: Texts = {
  en: 'Sent again: an earlier attempt timed out and may have been delivered.',
  'zh-Hans': '再次发送：之前的一次发送超时，可能已经送达。',
  'zh-Hant': '再次傳送：先前的一次傳送逾時，可能已經送達。',
}

/** Whether an attempt that ended with this problem may have reached the target anyway. */
export function mayHaveArrived(problem: DeliveryProblem | null): boolean {
  return problem?.code === 'timeout'
}
