// One survey as a non-modal dialog: score (or exit reason) -> follow-up comment (or save offer)
// -> thank-you. Every answer is handed to onAnswer as soon as it is chosen.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { ExitOutcome, Offer, Survey } from '../types.ts'
import type { Strings } from '../locales/index.ts'
import { RadioGroup } from './RadioGroup.tsx'
import { endLabels, followUpQuestion, reasonOptions, scaleName, scoreOptions } from './scales.ts'

export type CloseHow = 'dismissed' | 'later' | 'done'

export interface WidgetProps {
  survey: Survey
  t: Strings
  className?: string
  autoFocus?: boolean
  onAnswer(fields: Record<string, unknown>, finished: boolean): void
  onClose(how: CloseHow, outcome: ExitOutcome): void
}

type Step = 'ask' | 'follow' | 'offer' | 'thanks'
const THANKS_MS = 5000

/** Focuses the step's first control: the chosen (or first) option, the comment box, the main button, or close. */
export function focusStep(root: Element | ShadowRoot) {
  const el = ['[role=radio][tabindex="0"]', 'textarea', '.p', '.x'].map((q) => root.querySelector<HTMLElement>(q)).find(Boolean)
  el && el.focus()
}

// The API's limit; a longer comment would be rejected for good and the answer lost.
const MAX_COMMENT = 5000

export function Widget({ survey, t, className = '', autoFocus, onAnswer, onClose }: WidgetProps) {
  const [step, setStep] = useState<Step>('ask')
  const [value, setValue] = useState<string>()
  const [text, setText] = useState('')
  const [accepted, setAccepted] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const isExit = survey.kind == 'exit'
  const offer: Offer | undefined = isExit && value ? survey.offers && survey.offers[value] : undefined
  const comment = text.trim().slice(0, MAX_COMMENT)
  const outcome = (): ExitOutcome => ({ reason: isExit && step != 'ask' ? value! : null, offerAccepted: accepted })
  const close = (how?: CloseHow) => onClose(how || (step == 'ask' ? 'dismissed' : 'done'), outcome())

  // Focus follows the step, so keyboard users never lose their place; on first show only
  // when asked (show()/exit()), since an automatic survey must not steal focus from the page.
  const first = useRef(true)
  useEffect(() => {
    if (first.current && !autoFocus) return void (first.current = false)
    first.current = false
    focusStep(root.current!)
  }, [step])

  useEffect(() => {
    if (step != 'thanks') return
    const timer = setTimeout(() => close('done'), THANKS_MS)
    return () => clearTimeout(timer)
  }, [step])

  const pickScore = (v: string) => {
    setValue(v)
    onAnswer({ score: +v }, false)
    setStep(survey.kind == 'custom' ? 'thanks' : 'follow')
  }
  const sendComment = (e: Event) => {
    e.preventDefault()
    onAnswer({ score: value == null ? undefined : +value, ...(comment && { comment }) }, true)
    setStep('thanks')
  }
  const sendReason = (reason: string | undefined) => {
    if (!reason) return
    setValue(reason)
    const more = survey.offers && survey.offers[reason]
    onAnswer({ reason, ...(reason == 'other' && comment && { comment }) }, !more)
    setStep(more ? 'offer' : 'thanks')
  }
  const answerOffer = (yes: boolean) => {
    setAccepted(yes)
    onAnswer({ offer: { kind: offer!.kind, accepted: yes } }, true)
    setStep('thanks')
  }
  // Enter in the comment sends (Shift+Enter for a new line); Escape closes from anywhere.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key == 'Escape') close()
    else if (e.key == 'Enter' && !e.shiftKey && (e.target as HTMLElement).id == 'sl-c') sendComment(e)
    else return
    e.preventDefault()
  }

  const [lo, hi] = endLabels(survey, t)
  return (
    <div ref={root} class={'r ' + className} role="dialog" aria-labelledby="sl-q" onKeyDown={onKeyDown} lang={t.locale}>
      <button type="button" class="x" aria-label={t.close} onClick={() => close()}>×</button>
      {step == 'ask' && !isExit && (
        <div>
          <h2 id="sl-q">{survey.text.question}</h2>
          <span id="sl-n" class="h">{scaleName(survey, t)}</span>
          <RadioGroup options={scoreOptions(survey, t)} value={value} labelledBy="sl-q sl-n" className="s" onChange={setValue} onSubmit={pickScore} clickSubmits />
          <div class="e" aria-hidden="true"><span>{lo}</span><span>{hi}</span></div>
          <div class="f"><button type="button" class="l" onClick={() => close('later')}>{t.later}</button></div>
        </div>
      )}
      {step == 'ask' && isExit && (
        <form onSubmit={(e) => (e.preventDefault(), sendReason(value))}>
          <h2 id="sl-q">{survey.text.question || t.exitQuestion}</h2>
          <RadioGroup options={reasonOptions(survey, t)} value={value} labelledBy="sl-q" className="v" onChange={setValue} onSubmit={sendReason} />
          {value == 'other' && <label for="sl-o">{t.otherLabel}<textarea id="sl-o" maxLength={MAX_COMMENT} value={text} onInput={(e) => setText(e.currentTarget.value)} /></label>}
          <div class="f">
            <button type="button" class="l" onClick={() => close('dismissed')}>{t.skip}</button>
            <button type="submit" class="p" disabled={!value}>{offer ? t.next : t.send}</button>
          </div>
        </form>
      )}
      {step == 'follow' && (
        <form onSubmit={sendComment}>
          <label for="sl-c" id="sl-q" class="q">{followUpQuestion(survey, +value!, t)}</label>
          <textarea id="sl-c" maxLength={MAX_COMMENT} value={text} placeholder={survey.text.commentPlaceholder || t.comment} onInput={(e) => setText(e.currentTarget.value)} />
          <div class="f"><button type="submit" class="p">{t.send}</button></div>
        </form>
      )}
      {step == 'offer' && offer && (
        <div>
          <h2 id="sl-q">{offer.title}</h2>
          <p>{offer.body}</p>
          <div class="f">
            <button type="button" onClick={() => answerOffer(false)}>{offer.decline}</button>
            <button type="button" class="p" onClick={() => answerOffer(true)}>{offer.accept}</button>
          </div>
        </div>
      )}
      {step == 'thanks' && <p id="sl-q" class="q" role="status">{accepted ? t.offerAccepted : survey.text.thankYou || t.thanks}</p>}
    </div>
  )
}
