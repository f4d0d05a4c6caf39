// Copies a text to the clipboard and says so for a moment.
import { useState } from 'preact/hooks'
import { t } from '../i18n/index.ts'

export function CopyButton({ text, label }: { text: string; label?: string }) {
  const [done, setDone] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
    } catch {
      // Clipboard refused (insecure origin, permissions): select-and-copy still works by hand.
      return
    }
    setDone(true)
    setTimeout(() => setDone(false), 1500)
  }
  return (
    <button type="button" class="btn small" onClick={copy} aria-live="polite">
      {done ? t('copied') : label ?? t('copy')}
    </button>
  )
}
