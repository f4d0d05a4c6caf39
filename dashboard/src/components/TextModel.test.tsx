import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { TextModel } from './TextModel.tsx'
import type { TextModelState } from '../lib/types.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const model: TextModelState = {
  version: 3, currentVersion: 3,
  documents: { pos: 120, neg: 85, neu: 40 },
  topics: { support: 12, pricing: 30, exports: 7 },
  examples: 64, answersLearned: 181,
  pending: { examples: 0, answers: 0 },
}
const names = { pricing: 'Pricing', support: 'Support', exports: 'Exports' }
const json = (status: number, v: unknown) => new Response(JSON.stringify(v), { status, headers: { 'content-type': 'application/json' } })

// A stand-in API: records what is sent (a Blob body as its text) and answers from the given state.
function stubApi(opts: { model?: TextModelState; post?: () => Response } = {}) {
  let current = opts.model ?? model
  const sent: { method: string; url: string; type: string | null; body?: string }[] = []
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET'
    const body = init.body instanceof Blob ? await init.body.text() : init.body === undefined ? undefined : String(init.body)
    sent.push({ method, url, type: new Headers(init.headers).get('content-type'), body })
    if (url === '/v1/text-model' && method === 'GET') return json(200, current)
    if (url === '/v1/text-model/examples' && method === 'POST') {
      const answer = opts.post?.() ?? json(200, { learned: 3, replaced: 1, duplicates: 0, skipped: 2 })
      if (answer.ok) current = { ...current, examples: current.examples + 3 }
      return answer
    }
    if (url === '/v1/text-model/examples' && method === 'DELETE') {
      const forgotten = current.examples
      current = { ...current, examples: 0 }
      return json(200, { forgotten })
    }
    return json(404, { error: { code: 'not_found', message: 'No route' } })
  }))
  return sent
}

const choose = (container: Element, name: string, text: string) => {
  const input = container.querySelector('input[type=file]') as HTMLInputElement
  fireEvent.change(input, { target: { files: [new File([text], name)] } })
}

describe('TextModel', () => {
  it('tells what the model learned from, topics most taught first under their names', async () => {
    stubApi()
    const { container } = render(<TextModel topicNames={names} />)
    await screen.findByText('Learned from 181 answers (by their score or exit reason) and 64 labelled examples.')
    screen.getByText('Texts per sentiment: 120 positive, 85 negative, 40 neutral.')
    const topics = [...container.querySelectorAll('[data-model-topics] li')].map((li) => li.textContent)
    expect(topics).toEqual(['Pricing 30', 'Support 12', 'Exports 7'])
    expect(container.querySelector('[data-rebuilding]')).toBeNull()
    expect(container.querySelector('[data-model-check]')).toBeNull()
    // The file input is labelled, and the help names the columns.
    expect(screen.getByLabelText('Labelled file (.csv or .tsv)').getAttribute('accept')).toBe('.csv,.tsv,.txt')
    expect(container.textContent).toContain('text,sentiment,topics')
  })

  it('shows the daily self-check on the workspace\'s own labels, and says when the rules read alone', async () => {
    const check = { checkedAt: Date.UTC(2026, 10, 20), texts: 4812, modelGain: 1.5, rulesAccuracy: 0.8123, learnedAccuracy: 0.8941, topics: null }
    stubApi({ model: { ...model, check } })
    const { container, unmount } = render(<TextModel topicNames={names} />)
    await waitFor(() => expect(container.querySelector('[data-model-check]')?.textContent).toMatch(/^Checked on your 4,812 newest labelled texts \(.+\): the built-in rules agree with 81\.2% of their labels, and with what it learned, 89\.4%\.$/))
    unmount()
    vi.unstubAllGlobals()
    stubApi({ model: { ...model, check: { ...check, modelGain: 0, learnedAccuracy: 0.8123 } } })
    const again = render(<TextModel topicNames={names} />)
    await waitFor(() => expect(again.container.querySelector('[data-model-check]')?.textContent).toContain('so new comments are read by the rules alone'))
  })

  it('shows the topic half of the check, and says when topics come from the keywords alone', async () => {
    const topics = { texts: 320, modelGain: 2, keywordsMacroF1: 0.412, learnedMacroF1: 0.587, keywordsAccuracy: 0.5, learnedAccuracy: 0.6631 }
    // Only topic labels so far: no sentiment line, the topic line alone.
    stubApi({ model: { ...model, check: { checkedAt: 1, texts: 0, modelGain: null, rulesAccuracy: null, learnedAccuracy: null, topics } } })
    const { container, unmount } = render(<TextModel topicNames={names} />)
    await waitFor(() => expect(container.querySelector('[data-topic-check]')?.textContent).toBe(
      'Topics, checked on 320 texts with a topic label: the keywords alone put one of their topics first for 50.0% of them, and with what it learned, 66.3% (macro-F1 across topics 0.41 → 0.59).'))
    expect(container.querySelector('[data-model-check]')).toBeNull()
    unmount()
    vi.unstubAllGlobals()
    stubApi({ model: { ...model, check: { checkedAt: 1, texts: 0, modelGain: null, rulesAccuracy: null, learnedAccuracy: null, topics: { ...topics, modelGain: 0 } } } })
    const again = render(<TextModel topicNames={names} />)
    await waitFor(() => expect(again.container.querySelector('[data-topic-check]')?.textContent).toContain('so topics come from the keywords alone'))
  })

  it('says when the counts are being rebuilt, and how many texts wait', async () => {
    stubApi({ model: { ...model, version: 2, pending: { examples: 5, answers: 37 } } })
    const { container } = render(<TextModel topicNames={names} />)
    await waitFor(() => expect(container.querySelector('[data-rebuilding]')?.textContent).toBe('Being rebuilt for a new release: 42 waiting.'))
  })

  it('uploads the file text as tab-separated or CSV by its extension, then shows the result and reloads', async () => {
    const sent = stubApi()
    const { container } = render(<TextModel topicNames={names} />)
    await screen.findByText(/labelled examples\./)
    const tsv = 'text\tsentiment\tsplit\nToo slow\tneg\tdev\nLove it\tpos\tdev\n'
    choose(container, 'labels.tsv', tsv)
    fireEvent.click(screen.getByText('Teach'))
    await waitFor(() => expect(container.querySelector('[data-outcome]')?.textContent).toBe('Learned 3 examples (1 replaced, 2 left out).'))
    expect(sent.find((s) => s.method === 'POST')).toMatchObject({ url: '/v1/text-model/examples', type: 'text/tab-separated-values', body: tsv })
    expect(container.querySelector('[data-outcome]')?.closest('[role=status]')).toBeTruthy()
    await screen.findByText('Learned from 181 answers (by their score or exit reason) and 67 labelled examples.')

    choose(container, 'labels.csv', 'text,label\nok,pos\n')
    fireEvent.click(screen.getByText('Teach'))
    await waitFor(() => expect(sent.filter((s) => s.method === 'POST')).toHaveLength(2))
    expect(sent.filter((s) => s.method === 'POST')[1]).toMatchObject({ type: 'text/csv', body: 'text,label\nok,pos\n' })
  })

  it('lists the problems of a refused file, the first 20 and how many more', async () => {
    const details: { line: number; column: string | null; message: string }[] = Array.from({ length: 23 }, (_, i) => ({ line: i + 2, column: 'sentiment', message: 'unknown label "meh"' }))
    details[0] = { line: 2, column: null, message: 'text is empty' }
    stubApi({ post: () => json(400, { error: { code: 'invalid_request', message: '23 problem(s) in the file; nothing learned', details } }) })
    const { container } = render(<TextModel topicNames={names} />)
    await screen.findByText(/labelled examples\./)
    choose(container, 'bad.csv', 'text,sentiment\n,pos\n')
    fireEvent.click(screen.getByText('Teach'))
    await waitFor(() => expect(container.querySelector('[data-problems]')).toBeTruthy())
    const outcome = container.querySelector('[data-outcome]')!
    expect(outcome.className).toContain('error')
    expect(outcome.querySelector('p')?.textContent).toBe('Nothing was learned: 23 problems in the file.')
    const items = [...outcome.querySelectorAll('li')].map((li) => li.textContent)
    expect(items).toHaveLength(21)
    expect(items[0]).toBe('Line 2: text is empty')
    expect(items[1]).toBe('Line 3, column sentiment: unknown label "meh"')
    expect(items[20]).toBe('and 3 more')
  })

  it('shows other refusals as an error', async () => {
    stubApi({ post: () => json(409, { error: { code: 'conflict', message: 'busy' } }) })
    const { container } = render(<TextModel topicNames={names} />)
    await screen.findByText(/labelled examples\./)
    choose(container, 'a.csv', 'text,label\nok,pos\n')
    fireEvent.click(screen.getByText('Teach'))
    await waitFor(() => expect(container.querySelector('[data-outcome]')?.textContent).toMatch(/Try again/))
    expect(container.querySelector('[data-outcome]')?.className).toContain('error')
  })

  it('asks before forgetting the examples, sends DELETE only once confirmed, then reloads', async () => {
    const sent = stubApi()
    const { container } = render(<TextModel topicNames={names} />)
    fireEvent.click(await screen.findByText('Forget examples'))
    screen.getByText('Forget all 64 examples?')
    fireEvent.click(screen.getByText('Cancel'))
    expect(screen.queryByText('Forget all 64 examples?')).toBeNull()
    expect(sent.some((s) => s.method === 'DELETE')).toBe(false)

    fireEvent.click(screen.getByText('Forget examples'))
    fireEvent.click(screen.getByText('Forget'))
    await waitFor(() => expect(container.querySelector('[data-outcome]')?.textContent).toBe('Forgot 64 examples.'))
    expect(sent.filter((s) => s.method === 'DELETE').map((s) => s.url)).toEqual(['/v1/text-model/examples'])
    // Nothing left to forget: the button goes.
    await screen.findByText('Learned from 181 answers (by their score or exit reason) and 0 labelled examples.')
    expect(screen.queryByText('Forget examples')).toBeNull()
  })
})
