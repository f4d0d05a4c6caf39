// What happens around one shown survey: the display record, the response under one
// client-generated id, and (for anonymous visitors) the local throttling log.
import type { MountContext, Survey } from '../types.ts'
import { blockedUntil, recordDisplay, type DisplayEvent } from '../shared/throttle.ts'
import { clientId } from '../shared/keys.ts'
import { MAX_URL } from '../shared/api-limits.ts'
import { customerRef } from './payload.ts'
import type { Outbox } from './outbox.ts'
import type { CloseHow } from './Widget.tsx'

export class SurveySession {
  readonly displayId = crypto.randomUUID()
  readonly responseId = crypto.randomUUID()
  private _answered = false
  // An answer was stored but not finished (a score, no comment yet): closing finishes it.
  private _unfinished = false
  // The block before this survey was shown: "ask me later" goes back to it (or to the snooze).
  private _blockedBefore = 0

  constructor(
    private _survey: Survey,
    private _ctx: MountContext,
    private _outbox: Outbox,
    private _storage: Storage,
    private _locale: string,
  ) {}

  private _log(event: DisplayEvent) {
    const { customer, site, recontactDays } = this._ctx
    if (!customer) recordDisplay(this._storage, site, this._survey.id, event, recontactDays ?? 90, Date.now(), this._blockedBefore)
  }

  private _display(status: 'shown' | 'dismissed' | 'later') {
    // The version shown: a display sent after the survey was archived is still the widget's record.
    const body = { id: this.displayId, surveyId: this._survey.id, surveyVersion: this._survey.version, clientId: clientId(this._storage), customer: customerRef(this._ctx.customer), status }
    this._outbox.enqueue('d:' + this.displayId, '/displays', body)
  }

  shown() {
    this._blockedBefore = blockedUntil(this._storage, this._ctx.site) || 0
    this._display('shown')
    this._log('shown')
  }

  answer(fields: Record<string, unknown>, finished: boolean) {
    const { _survey: survey, _ctx: ctx } = this
    if (!this._answered) this._log('answered')
    this._answered = true
    this._unfinished = !finished
    this._outbox.enqueue('r:' + this.responseId, '/responses', {
      id: this.responseId,
      surveyId: survey.id,
      // The version shown: an answer sent after an edit is judged by the offers this one made.
      surveyVersion: survey.version,
      customer: customerRef(ctx.customer),
      clientId: clientId(this._storage),
      locale: this._locale,
      url: location.href.slice(0, MAX_URL),
      ...fields,
      finished,
    })
  }

  // A score or exit reason left without its comment, by closing or by leaving the page, is
  // finished as it stands (the same id, merged in the outbox if still queued), so its alert need
  // not wait for the server to call it abandoned. A draft comment never sent stays unsent.
  left() {
    if (this._unfinished) this.answer({}, true)
  }

  // Closing after an answer is not a dismissal; "ask me later" and dismissals count for
  // throttling on the server too.
  closed(how: CloseHow) {
    this.left()
    if (how == 'done' || this._answered) return
    this._display(how)
    this._log(how)
  }
}
