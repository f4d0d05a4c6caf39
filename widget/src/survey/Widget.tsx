// One survey as a non-modal dialog: score (or exit reason, then any save offer) -> follow-up
// comment -> thank-you. Every answer is handed to onAnswer as soon as it is chosen. A class component,
// which spares the bundle preact/hooks (1 KB gzip).
/** @jsxRuntime classic */
/** @jsx h */
import { Component, h } from 'preact'
import type { ExitOutcome, Survey } from '../types.ts'
import type { Strings } from '../locales/index.ts'
import { MAX_COMMENT } from '../shared/api-limits.ts'
import { RadioGroup } from './RadioGroup.tsx'
import { endLabels, followUpQuestion, reasonOptions, scaleName, scoreOptions } from './scales.ts'

export type CloseHow = 'dismissed' | 'later' | 'done'

export interface WidgetProps {
  survey: Survey
  t: Strings
  className?: string
  // Asked for by the person (a click in the page): focus moves in. Otherwise it is announced.
  autoFocus?: boolean
  onAnswer(fields: Record<string, unknown>, finished: boolean): void
  // The outcome is known (the exit comment step or the thank-you shows): exit() need not wait
  // for an optional comment or the close.
  onDone?(outcome: ExitOutcome): void
  onClose(how: CloseHow, outcome: ExitOutcome): void
}

type Step = 'ask' | 'follow' | 'offer' | 'thanks'

interface State {
  step: Step
  value?: string
  text: string
  accepted?: boolean
  // What the live region says while no thank-you shows.
  said?: string
}

const THANKS_MS = 5000

/**
 * Focuses the step's first control: the chosen (or first) option, the comment box, the save
 * offer's dialog itself (its title and text are read, and no button is pre-selected), or close.
 */
export function focusStep(root: ParentNode) {
  const el = ['[role=radio][tabindex="0"]', 'textarea', '[aria-describedby]', '.x'].map((q) => root.querySelector<HTMLElement>(q)).find(Boolean)
  el && el.focus()
}

export class Widget extends Component<WidgetProps, State> {
  override state: State = { step: 'ask', text: '' }
  private _timer?: ReturnType<typeof setTimeout>

  override componentDidMount() {
    const { autoFocus, survey, t } = this.props
    if (autoFocus) focusStep(this.base!.parentNode!)
    // A live region speaks when its text changes, so the text comes a moment after the region.
    else this._timer = setTimeout(() => this.setState({ said: survey.text.question || t.exitQuestion }), 100)
  }

  override componentDidUpdate(_: WidgetProps, before: State) {
    const { step } = this.state
    if (step == before.step) return
    // Focus follows the step, so keyboard users never lose their place.
    focusStep(this.base!.parentNode!)
    const { onDone, survey } = this.props
    if (onDone && (step == 'thanks' || (step == 'follow' && survey.kind == 'exit'))) onDone(this._outcome())
    if (step == 'thanks') {
      this._timer = setTimeout(() => this._close('done'), THANKS_MS)
    }
  }

  override componentWillUnmount() {
    clearTimeout(this._timer)
  }

  private _outcome = (): ExitOutcome => ({
    reason: this.props.survey.kind == 'exit' && this.state.step != 'ask' ? this.state.value! : null,
    offerAccepted: !!this.state.accepted,
  })

  /** The save offer for the reason chosen, if any. */
  private _offer = () => {
    const { survey } = this.props, { value } = this.state
    return survey.kind == 'exit' && value ? survey.offers && survey.offers[value] : undefined
  }

  private _close = (how?: CloseHow) => {
    // Closing on the save offer declines it, as exit() tells the page: stored so, the answer is finished.
    const { step } = this.state, offer = step == 'offer' && this._offer()
    if (offer) this.props.onAnswer({ offer: { kind: offer.kind, accepted: false } }, true)
    this.props.onClose(how || (step == 'ask' ? 'dismissed' : 'done'), this._outcome())
  }

  override render({ survey, t, className = '', onAnswer }: WidgetProps, { step, value, text, accepted, said }: State) {
    const isExit = survey.kind == 'exit'
    const offer = this._offer()
    const comment = text.trim().slice(0, MAX_COMMENT)
    const go = (state: Partial<State>) => this.setState(state as State)
    const setValue = (v: string) => go({ value: v })
    const onText = (e: Event) => go({ text: (e.currentTarget as HTMLTextAreaElement).value })

    const pickScore = (v: string) => {
      onAnswer({ score: +v }, false)
      go({ value: v, step: survey.kind == 'custom' ? 'thanks' : 'follow' })
    }
    // Finishes the answer under its id: the score again (merged if still queued), the comment unless skipped.
    const sendComment = (e: Event, skip?: boolean) => {
      e.preventDefault()
      onAnswer({ ...(!isExit && { score: +value! }), ...(!skip && comment && { comment }) }, true)
      go({ step: 'thanks' })
    }
    // The reason is stored at once, so closing loses nothing; any offer, then the comment, follow.
    const sendReason = (reason: string | undefined) => {
      if (!reason) return
      const more = survey.offers && survey.offers[reason]
      onAnswer({ reason }, false)
      go({ value: reason, step: more ? 'offer' : 'follow' })
    }
    // Someone who stays is not asked what we could have done better.
    const answerOffer = (yes: boolean) => {
      onAnswer({ offer: { kind: offer!.kind, accepted: yes } }, yes)
      go({ accepted: yes, step: yes ? 'thanks' : 'follow' })
    }
    // Enter in the comment sends (Shift+Enter for a new line); Escape closes from anywhere. Not while an
    // input method composes (pinyin, kana): there Enter confirms a word and Escape drops it.
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.isComposing || e.keyCode == 229) return
      if (e.key == 'Escape') this._close()
      else if (e.key == 'Enter' && !e.shiftKey && (e.target as HTMLElement).id == 'sl-c') sendComment(e)
      else return
      e.preventDefault()
    }

    const [lo, hi] = endLabels(survey, t)
    const thanks = step == 'thanks'
    // The survey's own words keep its language where the widget's words fell back to another (a Polish survey
    // with English buttons), so a screen reader voices each in its own.
    const L = survey.locale != t.locale ? survey.locale : undefined
    return (
      <div class={'r ' + className} role="dialog" tabIndex={-1} aria-labelledby="sl-q" aria-describedby={offer && step == 'offer' ? 'sl-d' : undefined} onKeyDown={onKeyDown} lang={t.locale}>
        <button type="button" class="x" aria-label={t.close} onClick={() => this._close()}>×</button>
        {step == 'ask' && !isExit && (
          <div>
            <h2 id="sl-q" lang={L}>{survey.text.question}</h2>
            <span id="sl-n" class="h">{scaleName(survey, t)}</span>
            <RadioGroup options={scoreOptions(survey, t)} value={value} labelledBy="sl-q sl-n" className="s" onChange={setValue} onSubmit={pickScore} clickSubmits />
            <div class="e" aria-hidden="true"><span>{lo}</span><span>{hi}</span></div>
            <div class="f"><button type="button" class="l" onClick={() => this._close('later')}>{t.later}</button></div>
          </div>
        )}
        {step == 'ask' && isExit && (
          <form onSubmit={(e) => (e.preventDefault(), sendReason(value))}>
            <h2 id="sl-q" lang={survey.text.question ? L : undefined}>{survey.text.question || t.exitQuestion}</h2>
            <RadioGroup options={reasonOptions(survey, t)} value={value} labelledBy="sl-q" className="v" onChange={setValue} onSubmit={sendReason} />
            <div class="f">
              <button type="button" class="l" onClick={() => this._close('dismissed')}>{t.skip}</button>
              <button type="submit" class="p" disabled={!value}>{offer ? t.next : t.send}</button>
            </div>
          </form>
        )}
        {step == 'follow' && (
          <form onSubmit={sendComment}>
            {/* An exit survey's comment prompt is its configured text (shown as the placeholder elsewhere). */}
            <label for="sl-c" id="sl-q" class="q">{isExit ? (value == 'other' ? t.otherLabel : survey.text.commentPlaceholder || t.comment) : followUpQuestion(survey, +value!, t)}</label>
            <textarea id="sl-c" maxLength={MAX_COMMENT} value={text} placeholder={isExit ? undefined : survey.text.commentPlaceholder || t.comment} onInput={onText} />
            <div class="f">
              {isExit && <button type="button" class="l" onClick={(e) => sendComment(e, true)}>{t.skip}</button>}
              <button type="submit" class="p">{t.send}</button>
            </div>
          </form>
        )}
        {step == 'offer' && offer && (
          <div lang={L}>
            <h2 id="sl-q">{offer.title}</h2>
            <p id="sl-d">{offer.body}</p>
            <div class="f">
              <button type="button" onClick={() => answerOffer(false)}>{offer.decline}</button>
              <button type="button" class="p" onClick={() => answerOffer(true)}>{offer.accept}</button>
            </div>
          </div>
        )}
        {/* Always there, so screen readers announce what is put in it. The question it announced
            goes once the survey moves on: focus then names each step. */}
        <p id={thanks ? 'sl-q' : undefined} class={thanks ? 'q' : 'h'} role="status">
          {thanks ? (accepted ? t.offerAccepted : survey.text.thankYou || t.thanks) : step == 'ask' && said}
        </p>
      </div>
    )
  }
}
