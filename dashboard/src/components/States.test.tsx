import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/preact'
import { Show } from './States.tsx'
import { ApiError } from '../lib/api.ts'

afterEach(cleanup)
const state = <T,>(s: Partial<{ data: T; error: ApiError; loading: boolean }>) => ({ data: undefined, error: undefined, loading: false, reload() {}, ...s })

describe('Show', () => {
  it('shows a loading state, then the data', () => {
    const { container, rerender } = render(<Show state={state<string>({ loading: true })}>{(d) => <p>{d}</p>}</Show>)
    expect(container.querySelector('[role=status]')).toBeTruthy()
    rerender(<Show state={state({ data: 'hello' })}>{(d) => <p>{d}</p>}</Show>)
    expect(screen.getByText('hello')).toBeTruthy()
  })

  it('a route not deployed yet is an empty state, not an error', () => {
    render(<Show state={state<string>({ error: new ApiError(404, 'not_found', 'No route GET /v1/insights/cohorts') })}>{() => <p>data</p>}</Show>)
    expect(screen.getByText('Not available yet')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('other errors show the message and request id', () => {
    render(<Show state={state<string>({ error: new ApiError(500, 'internal', 'Something broke', 'req_1') })}>{() => <p>data</p>}</Show>)
    expect(screen.getByRole('alert').textContent).toContain('Something broke')
    expect(screen.getByRole('alert').textContent).toContain('req_1')
  })
})
