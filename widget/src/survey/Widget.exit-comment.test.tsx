// The exit survey's optional comment: asked after every reason (and after a declined offer),
// with the survey's own prompt, never standing between the customer and cancelling.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import type { Survey } from '../types.ts'
import en from '../locales/en.ts'
import zhHans from '../locales/zh-Hans.ts'
import { Widget } from './Widget.tsx'

const PROMPT = 'Anything we could have done better? (optional)'
const exit: Survey = {
  version: 1, locale: 'en', sampling: 100, trigger: { type: 'manual' }, frequency: { mode: 'every', days: 1 },
  id: 'srv_exit', kind: 'exit',
  text: { question: 'Why are you cancelling?', followUps: {}, commentPlaceholder: PROMPT, thankYou: 'Thank you for telling us.' },
  reasons: [{ id: 'too_expensive', label: 'It’s too expensive' }, { id: 'missing_features', label: 'It’s missing features I need' }, { id: 'other', label: 'Other' }],
  offers: { too_expensive: { kind: 'discount', title: 'Stay for 30% less', body: '30% off for 3 months.', accept: 'Apply the discount', decline: 'No thanks, cancel' } },
}

function setup(survey = exit, t = en) {
  const onAnswer = vi.fn()
  const onClose = vi.fn()
  const onDone = vi.fn()
  render(<Widget survey={survey} t={t} autoFocus onAnswer={onAnswer} onDone={onDone} onClose={onClose} />)
  return { onAnswer, onClose, onDone }
}
const choose = (name: string, button = 'Send') => {
  fireEvent.click(screen.getByRole('radio', { name }))
  fireEvent.click(screen.getByRole('button', { name: button }))
}
const thanked = () => screen.getByRole('status').textContent

afterEach(cleanup)

describe('exit survey: the comment step', () => {
  it('a reason without an offer is stored at once, then the survey’s prompt asks for a comment, focused', () => {
    const { onAnswer, onDone } = setup()
    choose('It’s missing features I need')
    expect(onAnswer).toHaveBeenCalledTimes(1)
    expect(onAnswer).toHaveBeenLastCalledWith({ reason: 'missing_features' }, false)
    const box = screen.getByRole('textbox', { name: PROMPT })
    expect(document.activeElement).toBe(box)
    // The dialog is named by the prompt, as on the NPS comment step.
    expect(document.getElementById(screen.getByRole('dialog').getAttribute('aria-labelledby')!)!.textContent).toBe(PROMPT)
    expect(thanked()).toBe('')
    // The host's cancel flow need not wait for an optional comment.
    expect(onDone).toHaveBeenCalledWith({ reason: 'missing_features', offerAccepted: false })
  })

  it('declining the offer stores it, then asks for the comment', () => {
    const { onAnswer, onDone } = setup()
    choose('It’s too expensive', 'Continue')
    // Not known while the offer is open.
    expect(onDone).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: 'No thanks, cancel' }))
    expect(onAnswer).toHaveBeenLastCalledWith({ offer: { kind: 'discount', accepted: false } }, false)
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: PROMPT }))
    expect(onDone).toHaveBeenCalledWith({ reason: 'too_expensive', offerAccepted: false })
  })

  it('Send finishes the answer with the comment (and no score), then thanks', () => {
    const { onAnswer, onClose } = setup()
    choose('It’s missing features I need')
    fireEvent.input(screen.getByRole('textbox', { name: PROMPT }), { target: { value: '  No Gantt charts  ' } })
    fireEvent.click(screen.getByRole('button', { name: 'Send' }))
    expect(onAnswer).toHaveBeenCalledTimes(2)
    expect(onAnswer.mock.calls[1]).toEqual([{ comment: 'No Gantt charts' }, true])
    expect(thanked()).toBe('Thank you for telling us.')
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(onClose).toHaveBeenCalledWith('done', { reason: 'missing_features', offerAccepted: false })
  })

  it('Skip finishes the answer without a comment, even one half typed', () => {
    const { onAnswer } = setup()
    choose('It’s too expensive', 'Continue')
    fireEvent.click(screen.getByRole('button', { name: 'No thanks, cancel' }))
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'You were' } })
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }))
    expect(onAnswer).toHaveBeenCalledTimes(3)
    expect(onAnswer.mock.calls[2]).toEqual([{}, true])
    expect(thanked()).toBe('Thank you for telling us.')
  })

  it('Escape on the comment step closes with the outcome (the answer is finished as it stands)', () => {
    const { onClose } = setup()
    choose('It’s missing features I need')
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' })
    expect(onClose).toHaveBeenCalledWith('done', { reason: 'missing_features', offerAccepted: false })
  })

  it('"Other" shares the step, asking to tell us more', () => {
    const { onAnswer } = setup()
    choose('Other')
    expect(onAnswer).toHaveBeenLastCalledWith({ reason: 'other' }, false)
    const box = screen.getByRole('textbox', { name: en.otherLabel })
    fireEvent.input(box, { target: { value: 'Moving to paper' } })
    fireEvent.keyDown(box, { key: 'Enter' })
    expect(onAnswer).toHaveBeenLastCalledWith({ comment: 'Moving to paper' }, true)
  })

  it('in the customer’s language: the survey’s prompt and built-in buttons; built-in prompt when none is set', () => {
    const zh = { ...exit, locale: 'zh-Hans', offers: {}, text: { ...exit.text, commentPlaceholder: '我们哪里可以做得更好？（选填）' } }
    setup(zh, zhHans)
    choose('It’s missing features I need', zhHans.send)
    expect(screen.getByRole('textbox', { name: '我们哪里可以做得更好？（选填）' })).toBeTruthy()
    expect(screen.getByRole('button', { name: zhHans.skip })).toBeTruthy()
    cleanup()
    setup({ ...exit, text: { question: 'Why?', followUps: {} } })
    choose('It’s missing features I need')
    expect(screen.getByRole('textbox', { name: en.comment })).toBeTruthy()
  })
})
