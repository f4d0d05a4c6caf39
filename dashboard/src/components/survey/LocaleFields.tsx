// One locale's wording: question, scale labels, follow-ups by score band, placeholder, thanks;
// for exit surveys the reason labels and each save offer's words.
import type { LocaleTexts, Survey } from '../../lib/types.ts'
import { followUpBands } from '../../lib/survey-draft.ts'
import { t, type Key } from '../../i18n/index.ts'

export function LocaleFields({ survey, texts, onChange }: { survey: Survey; texts: LocaleTexts; onChange(next: LocaleTexts): void }) {
  const set = (patch: Partial<LocaleTexts>) => onChange({ ...texts, ...patch })
  const bands = followUpBands(survey.kind)
  const reasons = survey.content.reasons ?? []
  const offers = survey.content.offers ?? {}
  return (
    <div class="form-grid">
      <Text label={t('question')} value={texts.question} required span onInput={(v) => set({ question: v })} />
      {survey.kind !== 'exit' && (
        <>
          <Text label={t('lowLabel')} value={texts.lowLabel} onInput={(v) => set({ lowLabel: v })} />
          <Text label={t('highLabel')} value={texts.highLabel} onInput={(v) => set({ highLabel: v })} />
        </>
      )}
      {bands.map((b) => (
        <Text key={b} span label={t('followUpFor', { band: t(('band_' + b) as Key) })} value={texts.followUps?.[b]}
          onInput={(v) => set({ followUps: { ...texts.followUps, [b]: v } })} />
      ))}
      <Text label={t('commentPlaceholder')} value={texts.commentPlaceholder} onInput={(v) => set({ commentPlaceholder: v })} />
      <Text label={t('thankYou')} value={texts.thankYou} onInput={(v) => set({ thankYou: v })} />
      {survey.kind === 'exit' && reasons.map((r) => (
        <div key={r} class="span2 reason-words">
          <Text label={t('reasonLabel', { r: t(('reason_' + r) as Key) })} value={texts.reasons?.[r]} onInput={(v) => set({ reasons: { ...texts.reasons, [r]: v } })} />
          {offers[r] && (
            <div class="offer-words">
              {(['title', 'body', 'accept', 'decline'] as const).map((f) => (
                <Text key={f} label={t(('offer_' + f) as Key)} value={texts.offers?.[r]?.[f]}
                  onInput={(v) => set({ offers: { ...texts.offers, [r]: { title: '', body: '', accept: '', decline: '', ...texts.offers?.[r], [f]: v } } })} />
              ))}
            </div>
          )}
        </div>
      ))}
    </div>
  )
}

export function Text({ label, value, onInput, required, span, type = 'text' }: {
  label: string
  value: string | number | undefined | null
  onInput(v: string): void
  required?: boolean
  span?: boolean
  type?: string
}) {
  return (
    <label class={`field${span ? ' span2' : ''}`}>
      <span>{label}</span>
      <input type={type} value={value ?? ''} required={required} onInput={(e) => onInput(e.currentTarget.value)} />
    </label>
  )
}
