// Exit survey: which reasons are offered, in order, and the save offer (if any) for each.
import type { Survey } from '../../lib/types.ts'
import { EXIT_REASONS, OFFER_KINDS, offerWords } from '../../lib/survey-draft.ts'
import { isLang, t, type Key } from '../../i18n/index.ts'

export function ExitFields({ survey, onChange }: { survey: Survey; onChange(next: Survey): void }) {
  const reasons = survey.content.reasons ?? []
  const offers = survey.content.offers ?? {}
  const setContent = (patch: Partial<Survey['content']>) => onChange({ ...survey, content: { ...survey.content, ...patch } })
  const toggle = (r: string, on: boolean) => {
    const next = on ? EXIT_REASONS.filter((x) => x === r || reasons.includes(x)) : reasons.filter((x) => x !== r)
    const nextOffers = { ...offers }
    if (!on) delete nextOffers[r]
    setContent({ reasons: next, offers: nextOffers })
  }
  const setOffer = (r: string, kind: string) => {
    const nextOffers = { ...offers }
    const locales = { ...survey.content.locales }
    if (!kind) delete nextOffers[r]
    else {
      nextOffers[r] = { kind: kind as (typeof OFFER_KINDS)[number] }
      // Fill the offer's words in every locale from the templates, so it can be saved at once.
      for (const [l, texts] of Object.entries(locales)) {
        locales[l] = { ...texts, offers: { ...texts.offers, [r]: offerWords(isLang(l) ? l : 'en', kind) } }
      }
    }
    setContent({ offers: nextOffers, locales })
  }
  return (
    <table class="table exit-table">
      <thead>
        <tr>
          <th scope="col">{t('exitReason')}</th>
          <th scope="col">{t('saveOffer')}</th>
        </tr>
      </thead>
      <tbody>
        {EXIT_REASONS.map((r) => (
          <tr key={r}>
            <td>
              <label class="check">
                <input type="checkbox" checked={reasons.includes(r)} onChange={(e) => toggle(r, e.currentTarget.checked)} />
                {t(('reason_' + r) as Key)}
              </label>
            </td>
            <td>
              <select aria-label={t('saveOfferFor', { r: t(('reason_' + r) as Key) })} value={offers[r]?.kind ?? ''} disabled={!reasons.includes(r)} onChange={(e) => setOffer(r, e.currentTarget.value)}>
                <option value="">{t('noOffer')}</option>
                {OFFER_KINDS.map((k) => <option key={k} value={k}>{t(`offer_${k}`)}</option>)}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
