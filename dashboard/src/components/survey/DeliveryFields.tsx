// When and to whom a survey shows: trigger, trait targeting, frequency, sampling, recontact.
import type { Survey } from '../../lib/types.ts'
import { t, type Key } from '../../i18n/index.ts'
import { Text } from './LocaleFields.tsx'

type Rule = NonNullable<NonNullable<Survey['targeting']>['traits']>[number]
const OPS: Rule['op'][] = ['eq', 'neq', 'in', 'gt', 'lt', 'exists']
const TRIGGERS: Survey['trigger']['type'][] = ['pageview', 'event', 'delay', 'exit_intent', 'manual']

// A rule's value as typed: numbers for gt / lt, comma lists for in, text otherwise.
export function ruleValue(op: Rule['op'], text: string): unknown {
  if (op === 'exists') return undefined
  if (op === 'in') return text.split(',').map((s) => s.trim()).filter(Boolean)
  if (op === 'gt' || op === 'lt') return text.trim() === '' || Number.isNaN(Number(text)) ? text : Number(text)
  return text
}

export function DeliveryFields({ survey, onChange }: { survey: Survey; onChange(next: Survey): void }) {
  const set = (patch: Partial<Survey>) => onChange({ ...survey, ...patch })
  const tr = survey.trigger
  const rules = survey.targeting?.traits ?? []
  const setRules = (next: Rule[]) => set({ targeting: next.length ? { traits: next } : null })
  return (
    <div class="form-grid">
      <label class="field">
        <span>{t('trigger')}</span>
        <select value={tr.type} onChange={(e) => set({ trigger: { ...tr, type: e.currentTarget.value as Survey['trigger']['type'] } })}>
          {TRIGGERS.map((x) => <option key={x} value={x}>{t(('trigger_' + x) as Key)}</option>)}
        </select>
      </label>
      {tr.type === 'event' && <Text label={t('eventName')} value={tr.event} required onInput={(v) => set({ trigger: { ...tr, event: v } })} />}
      {tr.type === 'delay' && <Text label={t('delaySeconds')} type="number" value={tr.delayMs === undefined ? '' : tr.delayMs / 1000} onInput={(v) => set({ trigger: { ...tr, delayMs: Math.max(0, Math.round(Number(v) * 1000) || 0) } })} />}
      {tr.type !== 'manual' && (
        <div class="field span2 inline">
          <span>{t('onPages')}</span>
          <select aria-label={t('urlMatch')} value={tr.url?.match ?? 'contains'} onChange={(e) => set({ trigger: { ...tr, url: { match: e.currentTarget.value as 'contains', value: tr.url?.value ?? '' } } })}>
            {(['contains', 'starts_with', 'exact', 'regex'] as const).map((m) => <option key={m} value={m}>{t(`match_${m}`)}</option>)}
          </select>
          <input aria-label={t('urlValue')} value={tr.url?.value ?? ''} placeholder={t('anyPage')} onInput={(e) => set({ trigger: { ...tr, url: { match: tr.url?.match ?? 'contains', value: e.currentTarget.value } } })} />
        </div>
      )}
      <div class="field span2">
        <span>{t('targeting')}</span>
        {rules.length === 0 && <p class="muted small">{t('everyone')}</p>}
        {rules.map((r, i) => (
          <div key={i} class="rule">
            <input aria-label={t('traitKey')} placeholder={t('traitKey')} value={r.key} onInput={(e) => setRules(rules.map((x, j) => (j === i ? { ...x, key: e.currentTarget.value } : x)))} />
            <select aria-label={t('operator')} value={r.op} onChange={(e) => {
              const op = e.currentTarget.value as Rule['op']
              setRules(rules.map((x, j) => (j === i ? { ...x, op, value: ruleValue(op, Array.isArray(x.value) ? x.value.join(',') : String(x.value ?? '')) } : x)))
            }}>
              {OPS.map((o) => <option key={o} value={o}>{t(`op_${o}`)}</option>)}
            </select>
            {r.op !== 'exists' && (
              <input aria-label={t('value')} placeholder={t('value')} value={Array.isArray(r.value) ? r.value.join(', ') : String(r.value ?? '')}
                onInput={(e) => setRules(rules.map((x, j) => (j === i ? { ...x, value: ruleValue(x.op, e.currentTarget.value) } : x)))} />
            )}
            <button type="button" class="icon-btn" aria-label={t('removeRule')} onClick={() => setRules(rules.filter((_, j) => j !== i))}>×</button>
          </div>
        ))}
        <button type="button" class="btn ghost small" onClick={() => setRules([...rules, { key: '', op: 'eq', value: '' }])}>{t('addRule')}</button>
      </div>
      <label class="field">
        <span>{t('frequency')}</span>
        <select value={survey.frequency.mode} onChange={(e) => set({ frequency: { mode: e.currentTarget.value as Survey['frequency']['mode'], days: survey.frequency.days } })}>
          {(['once', 'until_answered', 'every'] as const).map((m) => <option key={m} value={m}>{t(`freq_${m}`)}</option>)}
        </select>
      </label>
      {survey.frequency.mode === 'every' && <Text label={t('everyDays')} type="number" value={survey.frequency.days ?? 30} onInput={(v) => set({ frequency: { mode: 'every', days: Math.max(1, Math.round(Number(v)) || 1) } })} />}
      <label class="field">
        <span>{t('sampling')} <b>{survey.sampling}%</b></span>
        <input type="range" min={0} max={100} step={5} value={survey.sampling} onInput={(e) => set({ sampling: Number(e.currentTarget.value) })} />
      </label>
      <Text label={t('recontactDays')} type="number" value={survey.recontactDays ?? ''} onInput={(v) => set({ recontactDays: v.trim() === '' ? null : Math.max(0, Math.round(Number(v)) || 0) })} />
    </div>
  )
}
