// 7 / 30 / 90 days or a custom range; the choice lives in the URL so it survives reloads and links.
import { useState } from 'preact/hooks'
import { t } from '../i18n/index.ts'
import { PRESETS, dayString, parseDay, type Period } from '../lib/period.ts'

export function PeriodPicker({ period, onChange }: { period: Period; onChange(q: Record<string, string>): void }) {
  const [custom, setCustom] = useState(period.preset === 'custom')
  const [from, setFrom] = useState(dayString(period.from))
  const [to, setTo] = useState(dayString(period.to - 1))
  const valid = parseDay(from) !== null && parseDay(to) !== null && from <= to
  return (
    <div class="period">
      <div class="seg" role="group" aria-label={t('period')}>
        {PRESETS.map((p) => (
          <button key={p} type="button" aria-pressed={!custom && period.preset === p} onClick={() => (setCustom(false), onChange({ period: p }))}>
            {t('lastNDays', { n: p })}
          </button>
        ))}
        <button type="button" aria-pressed={custom} onClick={() => setCustom(true)}>{t('custom')}</button>
      </div>
      {custom && (
        <form class="range" onSubmit={(e) => (e.preventDefault(), valid && onChange({ from, to }))}>
          <label>
            <span class="sr">{t('from')}</span>
            <input type="date" value={from} max={to} onInput={(e) => setFrom(e.currentTarget.value)} />
          </label>
          <span aria-hidden="true">–</span>
          <label>
            <span class="sr">{t('to')}</span>
            <input type="date" value={to} min={from} onInput={(e) => setTo(e.currentTarget.value)} />
          </label>
          <button type="submit" class="btn small" disabled={!valid}>{t('apply')}</button>
        </form>
      )}
    </div>
  )
}
