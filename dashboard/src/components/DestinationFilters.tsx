// Which alerts a destination receives: kinds, minimum severity, risk tiers, topics, value tiers.
// Nothing ticked in a group means "any"; every group that is set must match.
import { ALERT_KINDS, RISK_TIERS, SEVERITIES, toggle, type DestinationDraft } from '../lib/destination-form.ts'
import { t, type Key } from '../i18n/index.ts'

interface Props {
  draft: DestinationDraft
  set(patch: Partial<DestinationDraft>): void
  /** The workspace's topics, id → name. */
  topicNames: Record<string, string>
}

export function DestinationFilters({ draft, set, topicNames }: Props) {
  // A topic removed from the taxonomy stays listed while a filter still names it, so it can be unticked.
  const topicIds = [...new Set([...Object.keys(topicNames), ...draft.topics])]
  return (
    <div class="dest-filters">
      <Checks legend={t('alertKinds')} hint={t('alertKindsHint')} name="kinds" values={ALERT_KINDS} label={(k) => t(('alert_' + k) as Key)} chosen={draft.kinds} onChange={(kinds) => set({ kinds })} />
      <label class="field sev">
        <span>{t('minSeverity')}</span>
        <select name="minSeverity" value={draft.minSeverity} onChange={(e) => set({ minSeverity: e.currentTarget.value })}>
          <option value="">{t('anySeverity')}</option>
          {SEVERITIES.map((s) => <option key={s} value={s}>{t(('sev_' + s) as Key)}</option>)}
        </select>
      </label>
      <Checks legend={t('riskTiersFilter')} hint={t('riskTiersHint')} name="tiers" values={RISK_TIERS} label={(k) => t(('v_' + k) as Key)} chosen={draft.tiers} onChange={(tiers) => set({ tiers })} />
      <Checks legend={t('topics')} hint={t('topicsFilterHint')} name="topics" values={topicIds} label={(id) => topicNames[id] ?? id} chosen={draft.topics} onChange={(topics) => set({ topics })} />
      <label class="field">
        <span>{t('valueTiersFilter')}</span>
        <input name="valueTiers" value={draft.valueTiers} placeholder="top, enterprise" onInput={(e) => set({ valueTiers: e.currentTarget.value })} />
        <small class="muted">{t('valueTiersHint')}</small>
      </label>
    </div>
  )
}

function Checks(p: { legend: string; hint: string; name: string; values: readonly string[]; label(v: string): string; chosen: string[]; onChange(next: string[]): void }) {
  return (
    <fieldset>
      <legend>{p.legend}</legend>
      {p.values.map((v) => (
        <label key={v} class="pill">
          <input type="checkbox" name={p.name} value={v} checked={p.chosen.includes(v)} onChange={(e) => p.onChange(toggle(p.chosen, v, e.currentTarget.checked))} />
          {p.label(v)}
        </label>
      ))}
      <p class="muted small">{p.hint}</p>
    </fieldset>
  )
}
