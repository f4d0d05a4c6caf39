// What happens around one shown survey: the display record, the response under one
// client-generated id, and (for anonymous visitors) the local throttling log.
import type { Customer, MountContext, Survey } from '../types.ts'
import { recordDisplay, type DisplayEvent } from '../shared/throttle.ts'
import { clientId } from '../shared/keys.ts'
import type { Outbox } from './outbox.ts'
import type { CloseHow } from './Widget.tsx'

const who = (c?: Customer) => (c ? (c.traits ? { id: c.id, traits: c.traits } : c.id) : undefined)

export class SurveySession {
  readonly displayId = crypto.randomUUID()
  readonly responseId = crypto.randomUUID()
  private _answered = false

  constructor(
    private _survey: Survey,
    private _ctx: MountContext,
    private _outbox: Outbox,
    private _storage: Storage,
    private _locale: string,
  ) {}

  private _log(event: DisplayEvent) {
    if (!this._ctx.customer) recordDisplay(this._storage, this._ctx.site, this._survey.id, event, this._ctx.recontactDays, Date.now())
  }

  private _display(status: 'shown' | 'dismissed' | 'later') {
    const body = { id: this.displayId, surveyId: this._survey.id, clientId: clientId(this._storage), customer: who(this._ctx.customer), status }
    this._outbox.enqueue('d:' + this.displayId, '/displays', body)
  }

  shown() {
    this._display('shown')
    this._log('shown')
  }

  answer(fields: Record<string, unknown>, finished: boolean) {
    const { _survey: survey, _ctx: ctx } = this
    if (!this._answered) this._log('answered')
    this._answered = true
    this._outbox.enqueue('r:' + this.responseId, '/responses', {
      id: this.responseId,
      surveyId: survey.id,
      customer: who(ctx.customer),
      clientId: clientId(this._storage),
      locale: this._locale,
      url: location.href,
      ...fields,
      finished,
    })
  }

  // Closing after an answer is not a dismissal; "ask me later" and dismissals count for
  // throttling on the server too.
  closed(how: CloseHow) {
    if (how == 'done' || this._answered) return
    this._display(how)
    this._log(how)
  }
}
