// A customer's comment, cut to its first few lines with a "Show more" button when long: printed
// in full, a 5,000-character comment made a customer page thousands of pixels tall.
import { useState } from 'preact/hooks'
import { t } from '../i18n/index.ts'

/** The start of a long text (whole words, ellipsis), or null when it is short enough to show. */
export function clampText(text: string, maxChars = 280, maxLines = 4): string | null {
  let cut = text.split('\n').slice(0, maxLines).join('\n').slice(0, maxChars)
  if (cut.length >= text.length) return null
  const space = cut.lastIndexOf(' ')
  if (space > maxChars * 0.6) cut = cut.slice(0, space)
  return cut.trimEnd() + '…'
}

export function LongText({ text, tag: Tag = 'p', class: cls }: { text: string; tag?: 'p' | 'q'; class?: string }) {
  const [open, setOpen] = useState(false)
  const short = clampText(text)
  return (
    <>
      <Tag class={cls}>{open || !short ? text : short}</Tag>
      {short && <button type="button" class="link-btn more" aria-expanded={open} onClick={() => setOpen(!open)}>{t(open ? 'showLess' : 'showMore')}</button>}
    </>
  )
}
