// The survey as the widget would receive it, for the editor's preview: its own module, so the
// widget's words for other languages load with the editor, not on every first visit.
import { surveyForWidget } from '../../../worker/domain/surveys/widget-strings.ts'
import type { SurveyDefinition } from '../../../worker/domain/surveys/types.ts'
import { prune } from './survey-draft.ts'
import type { Survey } from './types.ts'

// What GET /v1/sites/{site}/surveys would hand the widget for this draft, in one locale.
export function widgetSurvey(s: Survey, locale: string) {
  const def = { ...s, id: s.id || 'preview', content: prune(s.content), locales: Object.keys(s.content.locales) } as unknown as SurveyDefinition
  return surveyForWidget(def, locale, locale)
}
