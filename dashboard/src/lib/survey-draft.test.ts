import { beforeAll, describe, expect, it } from 'vitest'
import { surveyCreate, surveyPatch } from '../../../worker/routes/v1/survey-schema.ts'
import { embedSnippet, newSurvey, prune, surveyPayload } from './survey-draft.ts'
import { widgetSurvey } from './survey-preview.ts'
import { loadLang, tIn } from '../i18n/index.ts'

// The Chinese tables load on demand in the app; these tests read them.
beforeAll(() => Promise.all([loadLang('zh-Hans'), loadLang('zh-Hant')]))

describe('survey drafts', () => {
  it('every new survey kind, in every built-in language, is accepted by the API schema', () => {
    for (const kind of ['nps', 'csat', 'ces', 'exit'] as const) {
      for (const locale of ['en', 'zh-Hans', 'zh-Hant']) {
        const body = surveyPayload(newSurvey(kind, locale, 'S'), true)
        const parsed = surveyCreate.safeParse(body)
        expect(parsed.success, `${kind}/${locale}: ${parsed.error?.message}`).toBe(true)
      }
    }
  })

  it('an edit omits the kind, which cannot change', () => {
    const body = surveyPayload(newSurvey('nps', 'en', 'S'), false)
    expect('kind' in body).toBe(false)
    expect(surveyPatch.safeParse(body).success).toBe(true)
  })

  it('drops empty optional texts the API would refuse, and stale trigger fields', () => {
    const s = newSurvey('nps', 'en', 'S')
    s.content.locales.en.followUps = { detractor: '', passive: 'More?', promoter: '  ' }
    s.trigger = { type: 'pageview', event: 'left over', delayMs: 5000, url: { match: 'contains', value: '' } }
    s.targeting = { traits: [{ key: ' ', op: 'eq', value: 'x' }] }
    const body = surveyPayload(s, true)
    expect(body.content.locales.en.followUps).toEqual({ passive: 'More?' })
    expect(body.trigger).toEqual({ type: 'pageview' })
    expect(body.targeting).toEqual({ traits: [] })
    expect(surveyCreate.safeParse(body).success).toBe(true)
  })

  it('prune keeps zeros and false, removes empty objects', () => {
    expect(prune({ a: 0, b: false, c: '', d: {}, e: { f: '' }, g: ['x'] })).toEqual({ a: 0, b: false, g: ['x'] })
  })

  it('previews an exit survey as the widget receives it: labels and offers in the chosen locale', () => {
    const s = newSurvey('exit', 'zh-Hans', '退订')
    const w = widgetSurvey(s, 'zh-Hans') as ReturnType<typeof widgetSurvey> & { reasons: { id: string; label: string }[]; offers: Record<string, { kind: string; title: string }> }
    expect(w.locale).toBe('zh-Hans')
    expect(w.reasons.find((r) => r.id === 'too_expensive')?.label).toBe('太贵了')
    expect(w.offers.too_expensive.kind).toBe('discount')
    expect(w.offers.too_expensive.title).toContain('30%')
  })

  it('the embed snippet names the site, host and, for a manual survey, how to show it', () => {
    const snippet = embedSnippet('https://stay.example', 'pk_1', { id: 'srv_9', kind: 'nps', trigger: { type: 'manual' } })
    expect(snippet).toContain("site: 'pk_1'")
    expect(snippet).toContain('<script src="https://stay.example/widget.js" async></script>')
    expect(snippet).toContain("stayloop('show', 'srv_9')")
  })

  it('the snippet\'s stub returns a promise per call, resolved by the loader with the result', () => {
    const snippet = embedSnippet('https://stay.example', 'pk_1')
    const stub = snippet.split('\n')[1].trim()
    // Run as the page would: `window` and the global `stayloop` are one object's properties.
    const win = { stayloop: undefined } as unknown as { stayloop: ((...a: unknown[]) => Promise<unknown>) & { q: (IArguments & { r(v: unknown): void })[] } }
    new Function('window', `with (window) { ${stub} }`)(win)
    const outcome = win.stayloop('exit', { survey: 'srv_exit' })
    expect(outcome).toBeInstanceOf(Promise)
    expect([...win.stayloop.q[0]]).toEqual(['exit', { survey: 'srv_exit' }])
    win.stayloop.q[0].r({ reason: null, offerAccepted: false })
    return expect(outcome).resolves.toEqual({ reason: null, offerAccepted: false })
  })

  it('a new CES survey (1 = very easy) asks the happy question after a low score, the unhappy one after a high one', () => {
    for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const) {
      const texts = newSurvey('ces', locale, 'S').content.locales[locale]
      expect(texts.lowLabel).toBe(tIn(locale, 'tpl_low_ces'))
      expect(texts.followUps).toEqual({ low: tIn(locale, 'tpl_fu_high'), high: tIn(locale, 'tpl_fu_low') })
    }
    // CSAT keeps its bands: low is unhappy.
    expect(newSurvey('csat', 'en', 'S').content.locales.en.followUps).toEqual({ low: tIn('en', 'tpl_fu_low'), high: tIn('en', 'tpl_fu_high') })
  })
})
