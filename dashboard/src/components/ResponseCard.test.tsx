import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { ResponseCard, scoreTone } from './ResponseCard.tsx'
import type { ResponseItem } from '../lib/types.ts'

const base: ResponseItem = {
  id: 'r1', surveyId: 's1', surveyKind: 'nps', customerId: 'cust_1', score: 3,
  comment: '<img src=x onerror="alert(1)"> too expensive', reason: null, offer: null, locale: 'en', finished: true, createdAt: Date.UTC(2026, 10, 1),
  analysis: { language: 'en', sentiment: { label: 'negative', score: -0.6, confidence: 0.9 }, topics: [{ id: 'pricing', confidence: 0.8, matches: ['expensive'] }], correctedAt: null },
}

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('ResponseCard', () => {
  it('shows what a customer wrote as text, never as markup', () => {
    const { container } = render(<ResponseCard r={base} topicNames={{ pricing: 'Pricing' }} />)
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByText(/<img src=x onerror/)).toBeTruthy()
    expect(screen.getByText('Negative')).toBeTruthy()
    expect(screen.getByText('Pricing')).toBeTruthy()
  })

  it('shows the language a comment was read in, and nothing for one it could not tell', () => {
    const { container, rerender } = render(<ResponseCard r={base} topicNames={{}} />)
    expect(container.querySelector('.chip.lang')?.textContent).toBe('en')
    rerender(<ResponseCard r={{ ...base, analysis: { ...base.analysis!, language: 'und' } }} topicNames={{}} />)
    expect(container.querySelector('.chip.lang')).toBeNull()
  })

  it('sends a correction and shows the corrected analysis', async () => {
    // The server answers the corrected response as GET /v1/responses/{id} shows it.
    const corrected: ResponseItem = { ...base, analysis: { language: 'en', sentiment: { label: 'mixed', score: -0.1, confidence: 1 }, topics: [{ id: 'pricing', confidence: 1, matches: [] }, { id: 'support', confidence: 1, matches: [] }], correctedAt: Date.now(), corrected: { sentiment: true, topics: true } } }
    const fetch = vi.fn(async () => Response.json(corrected))
    vi.stubGlobal('fetch', fetch)
    const onChanged = vi.fn()
    render(<ResponseCard r={base} topicNames={{ pricing: 'Pricing', support: 'Support' }} onChanged={onChanged} />)
    fireEvent.click(screen.getByText('Correct'))
    fireEvent.click(screen.getByLabelText('Mixed'))
    fireEvent.click(screen.getByLabelText('Support'))
    fireEvent.click(screen.getByText('Save correction'))
    await waitFor(() => expect(onChanged).toHaveBeenCalled())
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/v1/responses/r1/analysis')
    expect(init.method).toBe('PATCH')
    expect(init.credentials).toBe('same-origin')
    expect(JSON.parse(String(init.body))).toEqual({ sentiment: 'mixed', topics: ['pricing', 'support'] })
    const next = onChanged.mock.calls[0][0] as ResponseItem
    expect(next.analysis).toEqual(corrected.analysis)
  })

  it('offers only topics of the current taxonomy, and a sentiment-only correction sends no topics', async () => {
    // Tagged onboarding before it was removed from the taxonomy.
    const ghost: ResponseItem = { ...base, analysis: { ...base.analysis!, topics: [{ id: 'pricing', confidence: 0.8 }, { id: 'onboarding', confidence: 0.7 }] } }
    // As GET shows it: the corrected sentiment with its score, and only topics of the current taxonomy.
    const fetch = vi.fn(async () => Response.json({ ...ghost, analysis: { ...ghost.analysis!, sentiment: { label: 'positive', score: 0.6, confidence: 1 }, topics: [{ id: 'pricing', confidence: 0.8 }], corrected: { sentiment: true, topics: false } } }))
    vi.stubGlobal('fetch', fetch)
    const onChanged = vi.fn()
    render(<ResponseCard r={ghost} topicNames={{ pricing: 'Pricing', support: 'Support' }} onChanged={onChanged} />)
    fireEvent.click(screen.getByText('Correct'))
    const offered = [...document.querySelectorAll('.correction input[type="checkbox"]')].map((x) => x.parentElement!.textContent)
    expect(offered).toEqual(['Pricing', 'Support'])
    fireEvent.click(screen.getByLabelText('Positive'))
    fireEvent.click(screen.getByText('Save correction'))
    await waitFor(() => expect(onChanged).toHaveBeenCalled())
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(JSON.parse(String(init.body))).toEqual({ sentiment: 'positive' })
    const next = onChanged.mock.calls[0][0] as ResponseItem
    expect(next.analysis?.sentiment).toEqual({ label: 'positive', score: 0.6, confidence: 1 })
    expect(next.analysis?.corrected).toEqual({ sentiment: true, topics: false })
    expect(next.analysis?.topics.map((x) => x.id)).toEqual(['pricing'])
  })

  it('says which part a person corrected', () => {
    const { container } = render(<ResponseCard r={{ ...base, analysis: { ...base.analysis!, correctedAt: Date.now(), corrected: { sentiment: false, topics: true } } }} topicNames={{ pricing: 'Pricing' }} />)
    expect(container.textContent).toContain('topics corrected by a person')
  })

  it('after a correction is saved or cancelled, focus goes back to Correct and a save is announced', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })))
    const onChanged = vi.fn()
    render(<ResponseCard r={base} topicNames={{ pricing: 'Pricing' }} onChanged={onChanged} />)
    const correct = screen.getByRole('button', { name: 'Correct' })
    fireEvent.click(correct)
    screen.getByRole('button', { name: 'Cancel' }).focus()
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(document.activeElement).toBe(correct)
    expect(screen.getByRole('status').textContent).toBe('')

    fireEvent.click(correct)
    fireEvent.click(screen.getByLabelText('Mixed'))
    screen.getByRole('button', { name: 'Save correction' }).focus()
    fireEvent.click(screen.getByRole('button', { name: 'Save correction' }))
    await waitFor(() => expect(onChanged).toHaveBeenCalled())
    expect(screen.queryByRole('button', { name: 'Save correction' })).toBeNull()
    expect(document.activeElement).toBe(correct)
    expect(screen.getByRole('status').textContent).toBe('Correction saved')
  })

  it('clamps a long comment with a Show more button that reveals it all', () => {
    const long = 'The export keeps timing out. '.repeat(170)
    render(<ResponseCard r={{ ...base, comment: long }} topicNames={{}} />)
    const comment = document.querySelector('.comment')!
    expect(comment.textContent!.length).toBeLessThan(300)
    expect(comment.textContent).toMatch(/…$/)
    const more = screen.getByRole('button', { name: 'Show more' })
    expect(more.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(more)
    expect(comment.textContent).toBe(long)
    expect(screen.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true')
  })

  it('shows a short comment whole, with no button', () => {
    render(<ResponseCard r={{ ...base, comment: 'Too expensive for what it does.' }} topicNames={{}} />)
    expect(document.querySelector('.comment')!.textContent).toBe('Too expensive for what it does.')
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull()
  })

  it('colours scores by each scale', () => {
    expect(scoreTone('nps', 6)).toBe('bad')
    expect(scoreTone('nps', 8)).toBe('warn')
    expect(scoreTone('csat', 5)).toBe('ok')
    expect(scoreTone('ces', 7)).toBe('bad')
    expect(scoreTone('ces', 1)).toBe('ok')
    expect(scoreTone('exit', null)).toBe('plain')
  })
})
