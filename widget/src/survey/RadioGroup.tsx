// A single-choice group with ARIA radio semantics and a roving tabindex: one Tab stop, arrow
// keys move the choice, Home/End jump, Enter (or Space) submits the current choice.
import { useRef } from 'preact/hooks'

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
  // Score scales answer on click; a reasons list only selects and waits for its button.
  clickSubmits?: boolean
}

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

export function RadioGroup({ options, value, labelledBy, className, onChange, onSubmit, clickSubmits }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const current = Math.max(0, options.findIndex((o) => o.value == value))

  const move = (index: number) => {
    const n = options.length
    const next = options[(index + n) % n]
    onChange(next.value)
    ;(ref.current!.children[(index + n) % n] as HTMLElement).focus()
  }

  const onKeyDown = (e: KeyboardEvent) => {
    const k = e.key
    if (k in STEP) move(current + STEP[k])
    else if (k == 'Home') move(0)
    else if (k == 'End') move(options.length - 1)
    else if (k == 'Enter' || k == ' ') onSubmit(options[current].value)
    else return
    e.preventDefault()
  }

  return (
    <div ref={ref} role="radiogroup" aria-labelledby={labelledBy} class={className} onKeyDown={onKeyDown}>
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
