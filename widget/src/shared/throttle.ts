// Anonymous visitors' throttling state in localStorage (no cookies). Identified customers are
// throttled by the server; for them the block key only remembers its blockedUntil.
import type { Survey } from '../types.ts'

export const DAY = 864e5
// "Ask me later" snoozes every survey for this long instead of the full recontact period.
export const LATER_DAYS = 3

// Per survey: [last shown at (0 after "ask me later"), answered 0|1].
export type SurveyLog = Record<string, [number, number]>

export type DisplayEvent = 'shown' | 'dismissed' | 'later' | 'answered'

// No survey of any kind before the time (ms) stored here.
export const blockKey = (site: string) => 'stayloop:b:' + site
export const logKey = (site: string) => 'stayloop:l:' + site

// NaN when nothing is stored (or the server sent null for an identified customer).
export const blockedUntil = (storage: Storage, site: string): number => +storage.getItem(blockKey(site))!

// Only this module writes the key, so it is either absent or valid JSON.
export const readLog = (storage: Storage, site: string): SurveyLog => JSON.parse(storage.getItem(logKey(site))!) || {}

// Per-survey frequency; the global block is checked before anything is fetched.
export function isDue(survey: Survey, log: SurveyLog, now: number): unknown {
  const last = log[survey.id]
  const f = survey.frequency
  return !last || !last[0] || (f.mode == 'until_answered' ? !last[1] : f.mode == 'every' && now - last[0] >= f.days! * DAY)
}

// `blockedBefore`: the block as it was before this survey was shown. Showing starts the recontact
// period; "ask me later" takes that back, to this (or the snooze, if longer). Without it, "later"
// never shortens a block.
export function recordDisplay(storage: Storage, site: string, surveyId: string, event: DisplayEvent, recontactDays: number, now: number, blockedBefore?: number): void {
  const log = readLog(storage, site)
  const last = log[surveyId] || [0, 0]
  let block = blockedUntil(storage, site) || 0
  if (event == 'later') {
    // Not counted as shown, so a "once" survey can come back after the snooze.
    log[surveyId] = [0, last[1]]
    block = Math.max(blockedBefore ?? block, now + LATER_DAYS * DAY)
  } else if (event == 'answered') {
    log[surveyId] = [last[0] || now, 1]
  } else {
    log[surveyId] = [now, last[1]]
    block = Math.max(block, now + recontactDays * DAY)
  }
  try {
    storage.setItem(logKey(site), JSON.stringify(log))
    storage.setItem(blockKey(site), '' + block)
  } catch {
    // Storage full or blocked: throttling degrades to per-page, answers are unaffected.
  }
}
