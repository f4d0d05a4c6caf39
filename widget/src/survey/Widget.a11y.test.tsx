// Keyboard and screen-reader behaviour of one survey: nothing is answered that was not chosen,
// the save offer never waits on "accept", and what is not focused is announced.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import type { Survey } from '../types.ts'
import en from '../locales/en.ts'
import { Widget } from './Widget.tsx'

const base = { version: 1, locale: 'en', sampling: 100, trigger: { type: 'manual' }, frequency: { mode: 'once' } } as const
const nps: Survey = { ...base, id: 'srv_nps', kind: 'nps', text: { question: 'How likely are you to recommend Acme?', followUps: {} } }
const exit: Survey = {
  ...base, id: 'srv_exit', kind: 'exit',
  text: { question: 'Why are you leaving?', followUps: {} },
  reasons: [{ id: 'too_expensive', label: 'Too expensive' }, { id: 'no_longer_needed', label: 'No longer needed' }],
  offers: { too_expensive: { kind: 'discount', title: '50% off for 3 months?', body: 'Stay and pay half.', accept: 'Take the offer', decline: 'No, cancel' } },
}

function setup(survey: Survey, autoFocus = true) {
  const onAnswer = vi.fn()
  const onClose = vi.fn()
  const onDone = vi.fn()
  render(<Widget survey={survey} t={en} autoFocus={autoFocus} onAnswer={onAnswer} onDone={onDone} onClose={onClose} />)
  return { onAnswer, onClose, onDone }
}
const radios = () => screen.getAllByRole('radio')
const key = (k: string) => fireEvent.keyDown(document.activeElement!, { key: k })

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('keyboard: only an explicit choice is answered', () => {
  it('NPS: focus lands on the scale with nothing chosen; Enter there answers nothing', () => {
    const { onAnswer } = setup(nps)
    expect(document.activeElement).toBe(radios()[0])
    expect(radios().some((r) => r.getAttribute('aria-checked') == 'true')).toBe(false)
    // The Enter that opened the survey, repeated.
    key('Enter')
    key('Enter')
    expect(onAnswer).not.toHaveBeenCalled()
    expect(radios()[0].getAttribute('aria-checked')).toBe('false')
  })

  it('Space chooses the focused option without answering; Enter then answers with it', () => {
    const { onAnswer } = setup(nps)
    key(' ')
    expect(radios()[0].getAttribute('aria-checked')).toBe('true')
    expect(onAnswer).not.toHaveBeenCalled()
    key('ArrowRight')
    key('ArrowRight')
    expect(radios()[2].getAttribute('aria-checked')).toBe('true')
    key('Enter')
    expect(onAnswer).toHaveBeenCalledWith({ score: 2 }, false)
  })

  it('cancel flow: three Enters record no reason and accept no offer', () => {
    const { onAnswer, onClose } = setup(exit)
    key('Enter')
    key('Enter')
    key('Enter')
    expect(onAnswer).not.toHaveBeenCalled()
    expect(screen.queryByText('50% off for 3 months?')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }))
    expect(onClose).toHaveBeenCalledWith('dismissed', { reason: null, offerAccepted: false })
  })

  it('the save offer puts focus on its dialog (title and text read), not on accept; Enter there does nothing', () => {
    const { onAnswer, onClose } = setup(exit)
    key(' ')
    key('Enter')
    expect(onAnswer).toHaveBeenCalledWith({ reason: 'too_expensive' }, false)
    const dialog = screen.getByRole('dialog')
    expect(document.activeElement).toBe(dialog)
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toBe('Stay and pay half.')
    key('Enter')
    key(' ')
    expect(onAnswer).toHaveBeenCalledTimes(1)
    key('Escape')
    expect(onClose).toHaveBeenCalledWith('done', { reason: 'too_expensive', offerAccepted: false })
  })
})

describe('screen readers', () => {
  it('the live region is there, empty, before the thank-you is put in it', () => {
    setup(nps)
    const status = screen.getByRole('status')
    expect(status.textContent).toBe('')
    fireEvent.click(radios()[9])
    fireEvent.click(screen.getByRole('button', { name: 'Send' }))
    expect(screen.getByRole('status')).toBe(status)
    expect(status.textContent).toBe(en.thanks)
  })

  it('opened without focus (a trigger, or show() while the person types), it is announced instead', async () => {
    vi.useFakeTimers()
    const field = document.body.appendChild(document.createElement('input'))
    field.focus()
    setup(nps, false)
    expect(document.activeElement).toBe(field)
    expect(screen.getByRole('status').textContent).toBe('')
    await vi.advanceTimersByTimeAsync(150)
    expect(screen.getByRole('status').textContent).toBe(nps.text.question)
    expect(document.activeElement).toBe(field)
    field.remove()
  })

  it('the announced question leaves the live region once the survey moves on', async () => {
    vi.useFakeTimers()
    setup(exit, false)
    await vi.advanceTimersByTimeAsync(150)
    expect(screen.getByRole('status').textContent).toBe(exit.text.question)
    fireEvent.click(radios()[0])
    fireEvent.click(screen.getByRole('button', { name: en.next }))
    expect(screen.getByRole('heading').textContent).toBe('50% off for 3 months?')
    expect(screen.getByRole('status').textContent).toBe('')
  })
})

it('the outcome is known once the reason is sent (the optional comment follows), not when the survey closes', () => {
  const { onDone, onClose } = setup({ ...exit, offers: {} })
  fireEvent.click(radios()[1])
  fireEvent.click(screen.getByRole('button', { name: 'Send' }))
  expect(onDone).toHaveBeenCalledWith({ reason: 'no_longer_needed', offerAccepted: false })
  expect(onClose).not.toHaveBeenCalled()
})

describe('languages: the survey\'s words keep theirs', () => {
  it('marks a Polish question lang="pl" inside a dialog whose own words fell back to English', () => {
    setup({ ...nps, locale: 'pl', text: { question: 'Jak bardzo polecił(a)byś nas znajomym?', followUps: {} } })
    expect(screen.getByRole('dialog').getAttribute('lang')).toBe('en')
    expect(screen.getByRole('heading').getAttribute('lang')).toBe('pl')
  })
  it('marks the save offer in the survey\'s language, and the default exit question in the widget\'s', () => {
    setup({ ...exit, locale: 'pl', text: { question: '', followUps: {} } })
    expect(screen.getByRole('heading').hasAttribute('lang')).toBe(false)
    fireEvent.click(radios()[0])
    fireEvent.click(screen.getByRole('button', { name: en.next }))
    expect(screen.getByRole('heading', { name: '50% off for 3 months?' }).parentElement!.getAttribute('lang')).toBe('pl')
  })
  it('adds nothing where both speak the survey\'s language', () => {
    setup(nps)
    expect(screen.getByRole('heading').hasAttribute('lang')).toBe(false)
  })
})
