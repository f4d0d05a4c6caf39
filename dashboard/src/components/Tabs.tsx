// Tabs as the WAI-ARIA pattern has them: one tab stop (roving tabindex), Left/Right/Home/End
// move and select, and each tab names the panel it controls.
import type { ComponentChildren } from 'preact'
import { useRef } from 'preact/hooks'

const tabId = (base: string, tab: string) => `${base}-tab-${tab}`
const panelId = (base: string, tab: string) => `${base}-panel-${tab}`

export function TabList<T extends string>({ idBase, label, tabs, selected, name, onSelect }: {
  /** Prefix for the ids that tie tabs to their panel. */
  idBase: string
  label: string
  tabs: readonly T[]
  selected: T
  name(tab: T): string
  onSelect(tab: T): void
}) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const onKeyDown = (e: KeyboardEvent) => {
    const at = Math.max(0, buttons.current.indexOf(e.target as HTMLButtonElement))
    const last = tabs.length - 1
    const to = { ArrowRight: at === last ? 0 : at + 1, ArrowLeft: at === 0 ? last : at - 1, Home: 0, End: last }[e.key]
    if (to === undefined) return
    e.preventDefault()
    onSelect(tabs[to])
    buttons.current[to]?.focus()
  }
  return (
    <div class="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab, i) => (
        <button
          key={tab}
          ref={(el) => { buttons.current[i] = el }}
          id={tabId(idBase, tab)}
          type="button"
          role="tab"
          aria-selected={tab === selected}
          // Only the selected tab's panel is in the page, so only it is referenced.
          aria-controls={tab === selected ? panelId(idBase, tab) : undefined}
          tabIndex={tab === selected ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {name(tab)}
        </button>
      ))}
    </div>
  )
}

export function TabPanel({ idBase, tab, children }: { idBase: string; tab: string; children: ComponentChildren }) {
  return (
    <div role="tabpanel" id={panelId(idBase, tab)} aria-labelledby={tabId(idBase, tab)} tabIndex={0}>
      {children}
    </div>
  )
}
