// A new signing secret, shown this once with a copy button. After a rotation the old secret
// keeps signing until the API's overlap ends, so receivers can switch without losing alerts.
import { dateTime } from '../lib/format.ts'
import { t } from '../i18n/index.ts'
import { CopyButton } from './CopyButton.tsx'

interface Props {
  secret: string
  /** When the previous secret stops signing; null for a first secret. */
  previousUntil: number | null
  onDone(): void
}

export function SecretOnce({ secret, previousUntil, onDone }: Props) {
  const hours = previousUntil ? Math.max(1, Math.round((previousUntil - Date.now()) / 3_600_000)) : 0
  return (
    <div class="note ok secret-once" role="status" data-secret-once>
      <p>{previousUntil ? t('newSecretOnce') : t('webhookSecretOnce')}</p>
      <div class="secret-row">
        <code class="secret">{secret}</code> <CopyButton text={secret} />
      </div>
      {previousUntil && <p class="small">{t('previousSecretOverlap', { d: dateTime(previousUntil), h: hours })}</p>}
      <button type="button" class="btn ghost small" onClick={onDone}>{t('secretSaved')}</button>
    </div>
  )
}
