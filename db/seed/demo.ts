// The demo workspace's data: ~200 customers with 270 days of plausible behaviour (healthy,
// declining, churned, lapsed, new), ~1,000 survey responses with comments in English and Chinese, and
// the displays behind them. Deterministic (seeded PRNG), so every machine sees the same demo.
import { commentBank, COMMENTS, type CommentLocale, type Mood } from './comments.ts'
import { EXIT_COMMENTS, type ExitReason } from './exit-comments.ts'
import type { Sql } from './workspace.ts'
import { seededRandom as mulberry32 } from '../../worker/domain/risk/learn/random.ts'

const DAY = 86_400_000
/**
 * Days of detailed daily behaviour. The risk backtest scores customers at cutoffs 90 to 139 days
 * back, on the 120 days before each: with less, every cutoff saw the same thin trace and the demo
 * said no leaver had been flagged.
 */
const DETAIL_DAYS = 270
type Persona = 'healthy' | 'declining' | 'churned' | 'lapsed' | 'new' | 'champion'
const PLANS = [
  { plan: 'starter', revenue: 29, weight: 40 },
  { plan: 'pro', revenue: 99, weight: 35 },
  { plan: 'business', revenue: 499, weight: 18 },
  { plan: 'enterprise', revenue: 1500, weight: 7 },
]
const COMPANIES = ['Northwind', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Acme', 'Vandelay', 'Pied Piper', 'Soylent', 'Tyrell',
  'Cyberdyne', 'Wonka', 'Gringotts', 'Oscorp', 'Aperture', 'Black Mesa', 'Monarch', 'Dunder Mifflin', '华为云', '小米', '美团', '阿里', '台积', '宏碁']

export interface DemoInput {
  workspaceId: string
  surveyIds: Record<'nps' | 'csat' | 'ces' | 'exit', string>
  now: number
  customers?: number
  seed?: number
}

export function demoStatements(input: DemoInput): Sql[] {
  const rand = mulberry32(input.seed ?? 42)
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]
  const chance = (p: number) => rand() < p
  const today = Math.floor(input.now / DAY) * DAY
  const out: Sql[] = []
  const n = input.customers ?? 200
  for (let i = 0; i < n; i++) {
    // Lapsed: left months ago (the cohort table and churn over time need a past).
    const persona: Persona = i % 20 === 5 ? 'lapsed' : i % 10 === 0 ? 'churned' : i % 10 === 1 || i % 10 === 2 ? 'declining' : i % 10 === 3 ? 'new' : i % 10 === 4 ? 'champion' : 'healthy'
    const r = rand() * 100
    let acc = 0
    const plan = PLANS.find((p) => (acc += p.weight) >= r) ?? PLANS[0]
    const locale: CommentLocale = i % 5 === 0 ? 'zh-Hans' : i % 11 === 0 ? 'zh-Hant' : i % 13 === 0 ? 'es' : i % 17 === 0 ? 'fr' : i % 19 === 0 ? 'de' : 'en'
    // Customer pks are unique across workspaces: a second demo workspace (`seed --force`) gets its own.
    const pk = `cus_${input.workspaceId.replace(/^ws_/, '')}_${String(i).padStart(4, '0')}`
    const externalId = `cust_${1000 + i}`
    // New customers joined within the last three months, so each recent month has a cohort.
    const tenureDays = persona === 'new' ? 5 + Math.floor(rand() * 85) : 100 + Math.floor(rand() * 600)
    const firstSeen = today - tenureDays * DAY
    const churnDay = persona === 'churned' ? 5 + Math.floor(rand() * 60) : persona === 'lapsed' ? 95 + Math.floor(rand() * (tenureDays - 105)) : null // days ago
    const churnedAt = churnDay === null ? null : today - churnDay * DAY + 10 * 3_600_000
    const base = plan.revenue >= 499 ? 3 : persona === 'champion' ? 2.5 : 1.4
    let lastSeen = firstSeen
    // Before the detailed days: a lighter trace every few days, so months further back have activity.
    for (let d = tenureDays - 1; d >= DETAIL_DAYS; d -= 4 + Math.floor(rand() * 4)) {
      if (churnDay !== null && d < churnDay) break
      const dayStart = today - d * DAY
      out.push({
        sql: `INSERT INTO customer_days (customer_pk, workspace_id, day, sessions, logins, page_views, feature_uses, email_clicks, purchases, revenue, tickets, complaints, payment_failures, payment_late, renewals)
              VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0)`,
        args: [pk, input.workspaceId, new Date(dayStart).toISOString().slice(0, 10), 1 + Math.floor(rand() * 3), 1, 4 + Math.floor(rand() * 10), Math.floor(rand() * 3)],
      })
      lastSeen = dayStart + 14 * 3_600_000
    }
    // Daily behaviour for the detailed days; leavers fade over their last weeks.
    const leaving = (d: number) => churnDay !== null && (persona === 'churned' || persona === 'lapsed') ? d - churnDay : Infinity
    for (let d = DETAIL_DAYS - 1; d >= 0; d--) {
      const dayStart = today - d * DAY
      if (dayStart < firstSeen) continue
      if (churnDay !== null && d < churnDay) continue
      let intensity = base
      if (persona === 'declining') intensity *= d > 40 ? 1 : Math.max(0.08, (d / 40) ** 1.5)
      if (leaving(d) !== Infinity) intensity *= Math.max(0.05, leaving(d) / 45)
      const weekend = new Date(dayStart).getUTCDay() % 6 === 0
      if (weekend) intensity *= 0.3
      const sessions = poisson(rand, intensity)
      if (sessions === 0 && !chance(0.03)) continue
      const logins = Math.min(sessions, poisson(rand, intensity * 0.7))
      const complaints = ((persona === 'declining' && d < 35) || leaving(d) < 35) && chance(0.04) ? 1 : chance(0.002) ? 1 : 0
      const tickets = complaints + (chance(persona === 'declining' ? 0.05 : 0.015) ? 1 : 0)
      const purchases = chance(0.02 * intensity) ? 1 : 0
      const paymentFailures = (leaving(d) < 50 || (persona === 'declining' && i % 3 === 0 && d < 50)) && chance(0.03) ? 1 : 0
      out.push({
        sql: `INSERT INTO customer_days (customer_pk, workspace_id, day, sessions, logins, page_views, feature_uses, email_clicks, purchases, revenue, tickets, complaints, payment_failures, payment_late, renewals)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)`,
        args: [pk, input.workspaceId, new Date(dayStart).toISOString().slice(0, 10), sessions, logins, sessions * (3 + Math.floor(rand() * 8)),
          Math.floor(sessions * rand() * 4), chance(0.05) ? 1 : 0, purchases, purchases * plan.revenue * 0.5, tickets, complaints, paymentFailures],
      })
      if (sessions > 0) lastSeen = dayStart + 14 * 3_600_000
    }
    const renewalAt = today + (5 + Math.floor(rand() * 330)) * DAY
    const company = `${pick(COMPANIES)} ${i}`
    out.push({
      sql: `INSERT INTO customers (pk, workspace_id, external_id, traits, email, locale, plan, revenue, value_tier, first_seen_at, last_seen_at, renewal_at, churned_at, churn_reason, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [pk, input.workspaceId, externalId, JSON.stringify({ company, plan: plan.plan, seats: 1 + Math.floor(rand() * (plan.revenue / 10)), role: pick(['admin', 'analyst', 'pm', 'engineer']) }),
        `user${i}@${company.toLowerCase().replace(/[^a-z]+/g, '') || 'example'}.com`, locale, plan.plan, plan.revenue, plan.revenue >= 499 ? 'high' : plan.revenue >= 99 ? 'medium' : 'low',
        firstSeen, Math.max(lastSeen, firstSeen), churnedAt ? null : renewalAt, churnedAt, churnedAt ? pick(['too_expensive', 'switched_competitor', 'missing_features', 'poor_support']) : null, firstSeen, input.now],
    })
    // The churn history the figures count from (the API writes both in one batch).
    if (churnedAt) {
      out.push({
        sql: `INSERT INTO customer_churns (workspace_id, customer_pk, churned_at, reason) SELECT workspace_id, pk, churned_at, churn_reason FROM customers WHERE pk = ?`,
        args: [pk],
      })
    }
    // Survey answers over the window; unhappy personas score lower and lower.
    const answers = persona === 'new' ? 1 + Math.floor(rand() * 2) : 3 + Math.floor(rand() * 5)
    for (let a = 0; a < answers; a++) {
      const daysAgo = Math.floor(rand() * Math.min(89, tenureDays))
      if (churnDay !== null && daysAgo < churnDay) continue
      // Never in the future: today's answers fall before the seeding time.
      const at = Math.min(input.now - 120_000, today - daysAgo * DAY + Math.floor(rand() * DAY * 0.9))
      const kindRoll = rand()
      const kind = kindRoll < 0.62 ? 'nps' : kindRoll < 0.84 ? 'csat' : 'ces'
      const unhappy = persona === 'declining' ? (daysAgo < 40 ? 0.75 : 0.3) : persona === 'churned' ? 0.7 : persona === 'champion' ? 0.03 : 0.18
      const mood: Mood = chance(unhappy) ? 'neg' : chance(0.12) ? 'mixed' : 'pos'
      const score = kind === 'nps' ? (mood === 'neg' ? Math.floor(rand() * 7) : mood === 'mixed' ? 6 + Math.floor(rand() * 3) : 8 + Math.floor(rand() * 3))
        : kind === 'csat' ? (mood === 'neg' ? 1 + Math.floor(rand() * 2) : mood === 'mixed' ? 3 : 4 + Math.floor(rand() * 2))
        : (mood === 'neg' ? 5 + Math.floor(rand() * 3) : mood === 'mixed' ? 4 : 1 + Math.floor(rand() * 3))
      const comment = chance(0.72) ? pick(commentBank(locale, mood, daysAgo)) : null
      out.push(responseRow(input, `${pk}-${a}`, kind, pk, score, comment, null, null, locale, at))
      out.push(displayRow(input, `${pk}-${a}`, kind, pk, at - 4000))
    }
    // Shown but not answered: the response rate is not 100%.
    for (let s = 0; s < Math.floor(rand() * 3); s++) out.push(displayRow(input, `${pk}-x${s}`, 'nps', pk, today - Math.floor(rand() * 80) * DAY))
    if (churnedAt) {
      const reason = pick<ExitReason>(['too_expensive', 'switched_competitor', 'missing_features', 'poor_support', 'quality_issues', 'temporary'])
      const offer = reason === 'too_expensive' ? 'discount' : reason === 'temporary' ? 'pause' : reason === 'poor_support' ? 'talk' : null
      const said = chance(0.7) ? pick(EXIT_COMMENTS[reason][locale] ?? COMMENTS[locale].neg) : null
      out.push(responseRow(input, `${pk}-exit`, 'exit', pk, null, said, reason, offer, locale, churnedAt - 60_000))
      out.push(displayRow(input, `${pk}-exit`, 'exit', pk, churnedAt - 120_000))
    } else if (persona === 'declining' && i % 4 === 1) {
      // Started to cancel, took the save offer, and stayed.
      const at = today - Math.floor(rand() * 50) * DAY
      out.push(responseRow(input, `${pk}-exit`, 'exit', pk, null, null, 'too_expensive', 'discount', locale, at, true))
      out.push(displayRow(input, `${pk}-exit`, 'exit', pk, at - 120_000))
    }
  }
  return out
}

function responseRow(input: DemoInput, key: string, kind: string, pk: string, score: number | null, comment: string | null, reason: string | null,
  offer: string | null, locale: string, at: number, accepted = false): Sql {
  return {
    sql: `INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, customer_pk, client_id, score, comment, reason, offer_kind, offer_accepted,
            locale, url, finished, created_at, updated_at, finished_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    args: [demoUuid(key), input.workspaceId, input.surveyIds[kind as 'nps'], kind, pk, `client-${pk}`, score, comment, reason, offer, offer ? (accepted ? 1 : 0) : null,
      locale, 'https://app.acme.test/dashboard', at, at, at],
  }
}

function displayRow(input: DemoInput, key: string, kind: string, pk: string, at: number): Sql {
  return {
    sql: "INSERT INTO displays (id, workspace_id, survey_id, customer_pk, client_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'shown', ?, ?)",
    args: [demoUuid(`d-${key}`), input.workspaceId, input.surveyIds[kind as 'nps'], pk, `client-${pk}`, at, at],
  }
}

/** A stable UUID-shaped id from a key, so re-seeding is reproducible. */
function demoUuid(key: string): string {
  const r = mulberry32([...key].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0, 2166136261))
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16)).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

function poisson(rand: () => number, lambda: number): number {
  const l = Math.exp(-lambda)
  let k = 0
  let p = 1
  do {
    k++
    p *= rand()
  } while (p > l && k < 50)
  return k - 1
}
