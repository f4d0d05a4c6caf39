// A single-choice group with ARIA radio semantics and a roving tabindex (WAI-ARIA APG radio
// group): one Tab stop, focus lands on the chosen option (or the first, unchosen); arrow keys
// and Home/End move and choose, Space chooses the focused option. Enter answers, but only with
// an option chosen before: a stray Enter (opening the survey, a repeat) never picks one.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact'

export interface RadioOption {
  value: string
  text: string
  // Accessible name; starts with the number on score scales.
  name?: string
}

interface Props {
  options: RadioOption[]
  value: string | undefined
  labelledBy: string
  className: string
  onChange(value: string): void
  onSubmit(value: string): void
  // Score scales answer on click (or a screen reader's activation); a reasons list only
  // selects and waits for its button.
  clickSubmits?: boolean
}

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

export function RadioGroup({ options, value, labelledBy, className, onChange, onSubmit, clickSubmits }: Props) {
  const n = options.length
  const current = Math.max(0, options.findIndex((o) => o.value == value))

  const onKeyDown = (e: KeyboardEvent) => {
    const k = e.key
    const radios = (e.currentTarget as HTMLElement).children
    // The focused option (after a click it need not be the chosen one).
    const here = [].indexOf.call(radios, e.target as never)
    const to = k in STEP ? here + STEP[k] : k == 'Home' ? 0 : k == 'End' ? n - 1 : null
    if (to != null) {
      const i = (to + n) % n
      onChange(options[i].value)
      ;(radios[i] as HTMLElement).focus()
    } else if (k == ' ') onChange(options[here].value)
    else if (k == 'Enter') options[here].value == value && onSubmit(value!)
    else return
    // Also keeps the button's own Enter/Space click from answering.
    e.preventDefault()
  }

  return (
    <div role="radiogroup" aria-labelledby={labelledBy} class={className} onKeyDown={onKeyDown}>
      {options.map((o, i) => (
        <button
          type="button"
          role="radio"
          key={o.value}
          aria-checked={o.value == value}
          aria-label={o.name}
          tabIndex={i == current ? 0 : -1}
          onClick={() => (clickSubmits ? onSubmit(o.value) : onChange(o.value))}
        >
          {o.text}
        </button>
      ))}
    </div>
  )
}
