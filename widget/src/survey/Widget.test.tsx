import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import type { Survey } from '../types.ts'
import en from '../locales/en.ts'
import zhHans from '../locales/zh-Hans.ts'
import zhHant from '../locales/zh-Hant.ts'
import { Widget } from './Widget.tsx'

const base = { version: 1, locale: 'en', sampling: 100, trigger: { type: 'manual' }, frequency: { mode: 'once' } } as const
const nps: Survey = {
  ...base, id: 'srv_nps', kind: 'nps',
  text: { question: 'How likely are you to recommend Acme?', followUps: { detractor: 'What disappointed you?', passive: 'What would make it a 10?', promoter: 'What do you love?' } },
}
const csat: Survey = { ...base, id: 'srv_csat', kind: 'csat', text: { question: 'How satisfied are you?', followUps: { low: 'What went wrong?', high: 'What went well?' } } }
const ces: Survey = { ...base, id: 'srv_ces', kind: 'ces', text: { question: 'How easy was it?', followUps: {} } }
const exit: Survey = {
  ...base, id: 'srv_exit', kind: 'exit',
  text: { question: 'Why are you leaving?', followUps: {} },
  reasons: [{ id: 'too_expensive', label: 'Too expensive' }, { id: 'missing_features', label: 'Missing features' }, { id: 'other', label: 'Other' }],
  offers: { too_expensive: { kind: 'discount', title: '50% off for 3 months?', body: 'Stay and pay half.', accept: 'Take the offer', decline: 'No, cancel' } },
}

function setup(survey: Survey, t = en) {
  const onAnswer = vi.fn()
  const onClose = vi.fn()
  render(<Widget survey={survey} t={t} autoFocus onAnswer={onAnswer} onClose={onClose} />)
  return { onAnswer, onClose }
}
const radios = () => screen.getAllByRole('radio')
const key = (el: Element, k: string, extra = {}) => fireEvent.keyDown(el, { key: k, ...extra })

afterEach(cleanup)

describe('score surveys', () => {
  it('NPS: a labelled radiogroup of 0..10 whose names start with the number', () => {
    setup(nps)
    const group = screen.getByRole('radiogroup')
    expect(group.getAttribute('aria-labelledby')).toBe('sl-q sl-n')
    expect(radios().map((r) => r.getAttribute('aria-label'))).toEqual(['0, Not likely', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10, Very likely'])
    expect(screen.getByRole('dialog').getAttribute('aria-labelledby')).toBe('sl-q')
  })

  it('CSAT has 1..5 and CES 1..7', () => {
    setup(csat)
    expect(radios().map((r) => r.textContent)).toEqual(['1', '2', '3', '4', '5'])
    cleanup()
    setup(ces)
    expect(radios()).toHaveLength(7)
    // The API, dashboard and alerts read CES as 1 = very easy, 7 = very difficult (README).
    expect(radios()[0].getAttribute('aria-label')).toBe('1, Very easy')
    expect(radios()[6].getAttribute('aria-label')).toBe('7, Very difficult')
    expect(document.getElementById('sl-n')!.textContent).toBe('Scale from 1, Very easy, to 7, Very difficult')
  })

  it('CES built-in labels in Chinese: 1 is easy, 7 is difficult', () => {
    setup(ces, zhHant)
    expect(radios()[0].getAttribute('aria-label')).toBe('1, 非常容易')
    expect(radios()[6].getAttribute('aria-label')).toBe('7, 非常困難')
    cleanup()
    setup(ces, zhHans)
    expect(radios()[6].getAttribute('aria-label')).toBe('7, 非常困难')
  })

  it('CES with only NPS-style follow-ups: a 7 (very difficult) gets the unhappy question', () => {
    const followUps = { detractor: 'What made it hard?', promoter: 'What helped most?' }
    setup({ ...ces, text: { ...ces.text, followUps } })
    fireEvent.click(radios()[6])
    expect(screen.getByRole('textbox', { name: 'What made it hard?' })).toBeTruthy()
    cleanup()
    setup({ ...ces, text: { ...ces.text, followUps } })
    fireEvent.click(radios()[0])
    expect(screen.getByRole('textbox', { name: 'What helped most?' })).toBeTruthy()
  })

  it('keyboard: focus starts on the scale, arrows move one tab stop, Enter answers', () => {
    const { onAnswer } = setup(nps)
    expect(document.activeElement).toBe(radios()[0])
    key(radios()[0], 'ArrowRight')
    key(document.activeElement!, 'ArrowRight')
    expect(document.activeElement).toBe(radios()[2])
    expect(radios()[2].getAttribute('aria-checked')).toBe('true')
    expect(radios().filter((r) => r.tabIndex == 0)).toEqual([radios()[2]])
    key(radios()[2], 'ArrowLeft')
    key(document.activeElement!, 'End')
    expect(document.activeElement).toBe(radios()[10])
    key(radios()[10], 'ArrowRight') // wraps
    expect(document.activeElement).toBe(radios()[0])
    key(radios()[0], 'Enter')
    expect(onAnswer).toHaveBeenCalledWith({ score: 0 }, false)
  })

  it('sends the score at once, then the follow-up by band, comment and finished last', () => {
    const { onAnswer } = setup(nps)
    fireEvent.click(radios()[9])
    expect(onAnswer).toHaveBeenLastCalledWith({ score: 9 }, false)
    const comment = screen.getByRole('textbox', { name: 'What do you love?' })
    expect(document.activeElement).toBe(comment)
    fireEvent.input(comment, { target: { value: '  The reports  ' } })
    fireEvent.click(screen.getByRole('button', { name: 'Send' }))
    expect(onAnswer).toHaveBeenLastCalledWith({ score: 9, comment: 'The reports' }, true)
    expect(screen.getByRole('status').textContent).toBe(en.thanks)
  })

  it('follow-up question by band: detractor, passive; CSAT low/high', () => {
    setup(nps)
    fireEvent.click(radios()[6])
    expect(screen.getByRole('textbox', { name: 'What disappointed you?' })).toBeTruthy()
    cleanup()
    setup(nps)
    fireEvent.click(radios()[7])
    expect(screen.getByRole('textbox', { name: 'What would make it a 10?' })).toBeTruthy()
    cleanup()
    setup(csat)
    fireEvent.click(radios()[2])
    expect(screen.getByRole('textbox', { name: 'What went wrong?' })).toBeTruthy()
    cleanup()
    setup(ces)
    fireEvent.click(radios()[6])
    expect(screen.getByRole('textbox', { name: en.followUp })).toBeTruthy()
  })

  it('Enter in the comment sends it; Shift+Enter does not', () => {
    const { onAnswer } = setup(nps)
    key(radios()[0], 'End')
    key(document.activeElement!, 'Enter')
    const box = screen.getByRole('textbox')
    fireEvent.input(box, { target: { value: 'ok' } })
    key(box, 'Enter', { shiftKey: true })
    expect(onAnswer).toHaveBeenCalledTimes(1)
    key(box, 'Enter')
    expect(onAnswer).toHaveBeenLastCalledWith({ score: 10, comment: 'ok' }, true)
  })

  it('Enter or Escape while an input method composes (pinyin) only confirms or drops the word', () => {
    const { onAnswer, onClose } = setup(nps)
    key(radios()[0], 'End')
    key(document.activeElement!, 'Enter')
    const box = screen.getByRole('textbox')
    fireEvent.input(box, { target: { value: 'hen' } })
    key(box, 'Enter', { isComposing: true })
    key(box, 'Enter', { keyCode: 229 })
    key(box, 'Escape', { isComposing: true })
    expect(onAnswer).toHaveBeenCalledTimes(1)
    expect(onClose).not.toHaveBeenCalled()
    fireEvent.input(box, { target: { value: '很好' } })
    key(box, 'Enter')
    expect(onAnswer).toHaveBeenLastCalledWith({ score: 10, comment: '很好' }, true)
  })

  it('Escape closes: dismissed before an answer, done after', () => {
    let { onClose } = setup(nps)
    key(radios()[0], 'Escape')
    expect(onClose).toHaveBeenCalledWith('dismissed', { reason: null, offerAccepted: false })
    cleanup()
    ;({ onClose } = setup(nps))
    fireEvent.click(radios()[4])
    key(screen.getByRole('textbox'), 'Escape')
    expect(onClose).toHaveBeenCalledWith('done', expect.anything())
  })

  it('Ask me later and the close button', () => {
    let { onClose } = setup(nps)
    fireEvent.click(screen.getByRole('button', { name: 'Ask me later' }))
    expect(onClose).toHaveBeenCalledWith('later', expect.anything())
    cleanup()
    ;({ onClose } = setup(nps))
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(onClose).toHaveBeenCalledWith('dismissed', expect.anything())
  })

  it('built-in strings follow the locale', () => {
    setup(nps, zhHant)
    expect(radios()[0].getAttribute('aria-label')).toBe('0, 不太可能')
    expect(screen.getByRole('button', { name: '稍後再問' })).toBeTruthy()
    fireEvent.click(radios()[3])
    expect(screen.getByRole('button', { name: '送出' })).toBeTruthy()
  })
})

describe('exit survey', () => {
  it('reason then save offer; accepting resolves the outcome and asks for no comment', () => {
    const { onAnswer, onClose } = setup(exit)
    const submit = screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement
    expect(submit.disabled).toBe(true)
    fireEvent.click(radios()[0])
    expect(screen.getByRole('button', { name: 'Continue' })).toBeTruthy()
    key(radios()[0], 'Enter')
    expect(onAnswer).toHaveBeenLastCalledWith({ reason: 'too_expensive' }, false)
    expect(screen.getByText('50% off for 3 months?')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Take the offer' }))
    expect(onAnswer).toHaveBeenLastCalledWith({ offer: { kind: 'discount', accepted: true } }, true)
    expect(screen.getByRole('status').textContent).toBe(en.offerAccepted)
    expect(screen.queryByRole('textbox')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(onClose).toHaveBeenCalledWith('done', { reason: 'too_expensive', offerAccepted: true })
  })

  it('declining the offer, then closing on the comment step', () => {
    const { onAnswer, onClose } = setup(exit)
    fireEvent.click(radios()[0])
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }))
    fireEvent.click(screen.getByRole('button', { name: 'No, cancel' }))
    expect(onAnswer).toHaveBeenLastCalledWith({ offer: { kind: 'discount', accepted: false } }, false)
    key(screen.getByRole('textbox'), 'Escape')
    expect(onClose).toHaveBeenCalledWith('done', { reason: 'too_expensive', offerAccepted: false })
  })

  it('closing on the offer declines it, and the stored answer says so', () => {
    const { onAnswer, onClose } = setup(exit)
    fireEvent.click(radios()[0])
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }))
    key(screen.getByText('50% off for 3 months?'), 'Escape')
    expect(onAnswer).toHaveBeenLastCalledWith({ offer: { kind: 'discount', accepted: false } }, true)
    expect(onClose).toHaveBeenCalledWith('done', { reason: 'too_expensive', offerAccepted: false })
  })

  it('"other" carries its text, under the same answer', () => {
    const { onAnswer } = setup(exit)
    fireEvent.click(radios()[2])
    fireEvent.click(screen.getByRole('button', { name: 'Send' }))
    fireEvent.input(screen.getByRole('textbox', { name: en.otherLabel }), { target: { value: 'Moving to paper' } })
    fireEvent.click(screen.getByRole('button', { name: 'Send' }))
    expect(onAnswer.mock.calls).toEqual([[{ reason: 'other' }, false], [{ comment: 'Moving to paper' }, true]])
    expect(screen.getByRole('status').textContent).toBe(en.thanks)
  })

  it('arrow keys move through reasons vertically; Skip resolves no reason', () => {
    const { onClose } = setup(exit)
    key(radios()[0], 'ArrowDown')
    expect(radios()[1].getAttribute('aria-checked')).toBe('true')
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }))
    expect(onClose).toHaveBeenCalledWith('dismissed', { reason: null, offerAccepted: false })
  })

  it('falls back to built-in reason labels', () => {
    setup({ ...exit, reasons: undefined, offers: undefined })
    expect(radios()).toHaveLength(9)
    expect(radios()[2].textContent).toBe('Switched to a competitor')
  })
})

describe('scale name for screen readers', () => {
  it('comes from the labels the survey shows', () => {
    setup({ ...ces, text: { ...ces.text, lowLabel: 'Very easy', highLabel: 'Very difficult' } })
    expect(document.getElementById('sl-n')!.textContent).toBe('Scale from 1, Very easy, to 7, Very difficult')
  })
})
