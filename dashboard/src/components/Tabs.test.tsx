import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { useState } from 'preact/hooks'
import { TabList, TabPanel } from './Tabs.tsx'

afterEach(cleanup)

const TABS = ['one', 'two', 'three'] as const
function Harness() {
  const [tab, setTab] = useState<(typeof TABS)[number]>('one')
  const select = (x: (typeof TABS)[number]) => setTab(x)
  return (
    <>
      <TabList idBase="t" label="Things" tabs={TABS} selected={tab} name={(x) => x.toUpperCase()} onSelect={select} />
      <TabPanel idBase="t" tab={tab}>panel {tab}</TabPanel>
    </>
  )
}

describe('TabList (WAI-ARIA tabs)', () => {
  it('moves and selects with Left/Right (wrapping), Home and End, with one tab stop', () => {
    render(<Harness />)
    const tab = (name: string) => screen.getByRole('tab', { name })
    expect(tab('ONE').tabIndex).toBe(0)
    expect(tab('TWO').tabIndex).toBe(-1)
    tab('ONE').focus()
    fireEvent.keyDown(tab('ONE'), { key: 'ArrowRight' })
    expect(tab('TWO').getAttribute('aria-selected')).toBe('true')
    expect(document.activeElement).toBe(tab('TWO'))
    expect(tab('TWO').tabIndex).toBe(0)
    expect(tab('ONE').tabIndex).toBe(-1)
    fireEvent.keyDown(tab('TWO'), { key: 'End' })
    expect(document.activeElement).toBe(tab('THREE'))
    fireEvent.keyDown(tab('THREE'), { key: 'ArrowRight' })
    expect(document.activeElement).toBe(tab('ONE'))
    fireEvent.keyDown(tab('ONE'), { key: 'ArrowLeft' })
    expect(document.activeElement).toBe(tab('THREE'))
    fireEvent.keyDown(tab('THREE'), { key: 'Home' })
    expect(tab('ONE').getAttribute('aria-selected')).toBe('true')
  })

  it('ties the selected tab and its panel together both ways', () => {
    render(<Harness />)
    const panel = screen.getByRole('tabpanel')
    expect(screen.getByRole('tab', { name: 'ONE' }).getAttribute('aria-controls')).toBe(panel.id)
    expect(panel.getAttribute('aria-labelledby')).toBe(screen.getByRole('tab', { name: 'ONE' }).id)
    expect(screen.getByRole('tablist').getAttribute('aria-label')).toBe('Things')
  })
})
