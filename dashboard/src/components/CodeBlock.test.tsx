import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/preact'
import { CodeBlock } from './CodeBlock.tsx'

afterEach(cleanup)

describe('CodeBlock', () => {
  it('can be focused to scroll by keyboard, and is named for screen readers', () => {
    render(<CodeBlock code="<script>…</script>" label="Embed snippet" />)
    const block = screen.getByRole('region', { name: 'Embed snippet' })
    expect(block.tagName).toBe('PRE')
    expect(block.tabIndex).toBe(0)
  })
})
