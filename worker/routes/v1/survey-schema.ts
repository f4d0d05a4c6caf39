// The survey body the server API accepts (create and edit); the dashboard's editor sends the same.
import * as z from 'zod'
import { EXIT_REASONS } from '../../domain/surveys/types.ts'
import { distinct } from '../../lib/schemas.ts'

const line = z.string().min(1).max(500)
const localeKey = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a locale like en or zh-Hans')
const offerWords = z.strictObject({ title: line, body: z.string().max(1000), accept: line, decline: line })

export const localeTexts = z.strictObject({
  question: line,
  lowLabel: z.string().max(100).optional(),
  highLabel: z.string().max(100).optional(),
  followUps: z.strictObject({ detractor: line.optional(), passive: line.optional(), promoter: line.optional(), low: line.optional(), high: line.optional() }).optional(),
  commentPlaceholder: z.string().max(200).optional(),
  thankYou: z.string().max(300).optional(),
  reasons: z.record(z.string(), line).optional(),
  offers: z.record(z.string(), offerWords).optional(),
})

export const surveyContent = z.strictObject({
  locales: z.record(localeKey, localeTexts).refine((l) => Object.keys(l).length >= 1 && Object.keys(l).length <= 30, 'between 1 and 30 locales'),
  reasons: distinct(z.enum(EXIT_REASONS), EXIT_REASONS.length).optional(),
  offers: z.partialRecord(z.enum(EXIT_REASONS), z.strictObject({ kind: z.enum(['discount', 'pause', 'downgrade', 'talk']) })).optional(),
})

export const trigger = z.strictObject({
  type: z.enum(['pageview', 'event', 'delay', 'exit_intent', 'manual']),
  url: z.strictObject({ match: z.enum(['exact', 'contains', 'starts_with', 'regex']), value: z.string().min(1).max(500) }).optional(),
  event: z.string().min(1).max(100).optional(),
  delayMs: z.number().int().min(0).max(3_600_000).optional(),
}).refine((t) => t.url?.match !== 'regex' || isRegex(t.url.value), { message: 'url.value: not a valid regular expression', path: ['url', 'value'] })
  .refine((t) => t.type !== 'event' || !!t.event, { message: 'event: required for an event trigger', path: ['event'] })

export const targeting = z.strictObject({
  traits: z.array(z.strictObject({
    key: z.string().min(1).max(100),
    op: z.enum(['eq', 'neq', 'in', 'gt', 'lt', 'exists']),
    value: z.union([z.string().max(500), z.number().finite(), z.boolean(), z.array(z.union([z.string().max(500), z.number().finite()])).max(100)]).optional(),
  })).max(20).optional(),
})

export const frequency = z.strictObject({ mode: z.enum(['once', 'until_answered', 'every']), days: z.number().int().min(1).max(3650).optional() })

export const surveyCreate = z.strictObject({
  kind: z.enum(['nps', 'csat', 'ces', 'exit', 'custom']),
  name: z.string().min(1).max(200),
  // A survey is archived once it has been live (DELETE /v1/surveys/:id): one born archived was never shown, so no late
  // answer or display naming its version can be real.
  status: z.enum(['active', 'paused'], { message: 'a new survey is active or paused; archive one with DELETE /v1/surveys/:id' }).default('active'),
  content: surveyContent,
  trigger: trigger.default({ type: 'manual' }),
  targeting: targeting.nullable().default(null),
  frequency: frequency.default({ mode: 'until_answered' }),
  sampling: z.number().int().min(0).max(100).default(100),
  recontactDays: z.number().int().min(0).max(3650).nullable().default(null),
})

export const surveyPatch = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  status: z.enum(['active', 'paused', 'archived']).optional(),
  content: surveyContent.optional(),
  trigger: trigger.optional(),
  targeting: targeting.nullable().optional(),
  frequency: frequency.optional(),
  sampling: z.number().int().min(0).max(100).optional(),
  recontactDays: z.number().int().min(0).max(3650).nullable().optional(),
})

function isRegex(source: string): boolean {
  try {
    new RegExp(source)
    return true
  } catch {
    return false
  }
}
