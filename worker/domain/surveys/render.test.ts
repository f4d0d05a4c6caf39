import { describe, expect, it } from 'vitest'
import { pickLocale, renderSurvey } from './render.ts'
import { surveyForWidget } from './widget-strings.ts'
import { DEFAULT_SURVEYS } from '../../../db/seed/surveys.ts'

describe('locale choice', () => {
  it('maps browser locales to script locales and falls back sensibly', () => {
    const available = ['en', 'zh-Hans', 'zh-Hant']
    expect(pickLocale(available, 'zh-CN', 'en')).toBe('zh-Hans')
    expect(pickLocale(available, 'zh-TW', 'en')).toBe('zh-Hant')
    expect(pickLocale(available, 'zh-HK', 'en')).toBe('zh-Hant')
    // A script subtag decides; browsers send zh-Hant-HK, zh-Hant-TW.
    expect(pickLocale(available, 'zh-Hant-TW', 'en')).toBe('zh-Hant')
    expect(pickLocale(available, 'zh-Hant-HK', 'en')).toBe('zh-Hant')
    expect(pickLocale(available, 'zh-Hans-HK', 'en')).toBe('zh-Hans')
    expect(pickLocale(available, 'zh-SG', 'en')).toBe('zh-Hans')
    expect(pickLocale(available, 'en-GB', 'en')).toBe('en')
    expect(pickLocale(available, 'fr', 'en')).toBe('en')
    expect(pickLocale(['de'], 'fr', 'en')).toBe('de')
  })
})

describe('renderSurvey', () => {
  it('sends the widget its own words in a language it does not ship, with the survey written in it', () => {
    const seed = DEFAULT_SURVEYS.find((s) => s.kind === 'nps')!
    const content = { ...seed.content, locales: { ...seed.content.locales, es: { question: '¿Nos recomendarías?' } } }
    const def = { id: 'srv_x', status: 'active' as const, version: 1, targeting: null, recontactDays: null, locales: [], ...seed, content }
    const es = surveyForWidget(def, 'es-MX', 'en') as { locale: string; ui?: { send: string; locale: string } }
    expect(es.locale).toBe('es')
    expect(es.ui).toMatchObject({ locale: 'es', send: 'Enviar' })
    // English and Chinese are in the widget already; a language with no content gets the fallback's.
    expect((surveyForWidget(def, 'zh-TW', 'en') as { ui?: unknown }).ui).toBeUndefined()
    const pt = { ...def, content: { ...content, locales: { 'pt-PT': { question: 'Recomendaria?' }, 'pt-BR': { question: 'Você recomendaria?' } } } }
    expect((surveyForWidget(pt, 'pt-PT', 'en') as { ui?: { skip: string } }).ui?.skip).toBe('Saltar')
    expect((surveyForWidget(pt, 'pt-BR', 'en') as { ui?: { skip: string } }).ui?.skip).toBe('Pular')
    const fr = surveyForWidget(def, 'fr', 'en') as { locale: string; ui?: unknown }
    expect([fr.locale, fr.ui]).toEqual(['en', undefined])
  })

  it('gives an exit survey its reasons and offers in the chosen language', () => {
    const seed = DEFAULT_SURVEYS.find((s) => s.kind === 'exit')!
    const out = renderSurvey({ id: 'srv_x', status: 'active', version: 3, targeting: null, recontactDays: null, locales: [], ...seed }, 'zh-TW', 'en') as { locale: string; reasons: { id: string; label: string }[]; offers: Record<string, { kind: string; title: string }> }
    expect(out.locale).toBe('zh-Hant')
    expect(out.reasons[0]).toEqual({ id: 'too_expensive', label: '價格太貴' })
    expect(out.offers.too_expensive).toMatchObject({ kind: 'discount', title: '立減 30%，繼續使用' })
    expect(Object.keys(out.offers).sort()).toEqual(['poor_support', 'temporary', 'too_complicated', 'too_expensive'])
  })
})
