// The widget's own words (buttons, scale ends, exit reasons) in the languages it does not ship: it
// carries English and Chinese (widget/src/locales) to stay small, and a survey written in one of
// these gets them with its content, so a Spanish question never sits above an English "Send".
// Same keys as widget/src/locales/en.ts (checked by widget/src/locales/locales.test.ts). Kept out of
// render.ts, which the dashboard's first visit loads: only the public route and the editor's preview need these.
import type { SurveyDefinition } from './types.ts'
import { renderSurvey } from './render.ts'

type Words = {
  locale: string; send: string; next: string; close: string; later: string; skip: string; thanks: string
  notLikely: string; veryLikely: string; scale: string; csatLow: string; csatHigh: string; cesLow: string; cesHigh: string
  followUp: string; comment: string; exitQuestion: string; other: string; otherLabel: string; reasons: Record<string, string>; offerAccepted: string
}

export const WIDGET_STRINGS: Record<string, Words> = {
  es: {
    locale: 'es', send: 'Enviar', next: 'Continuar', close: 'Cerrar', later: 'Pregúntame más tarde', skip: 'Omitir', thanks: '¡Gracias por tu opinión!',
    notLikely: 'Nada probable', veryLikely: 'Muy probable', scale: 'Escala de {min}, {lo}, a {max}, {hi}', csatLow: 'Muy insatisfecho', csatHigh: 'Muy satisfecho',
    cesLow: 'Muy fácil', cesHigh: 'Muy difícil', followUp: '¿Cuál es el motivo principal de tu puntuación?', comment: 'Tu comentario (opcional)',
    exitQuestion: '¿Por qué cancelas?', other: 'Otro', otherLabel: 'Cuéntanos un poco más',
    reasons: { too_expensive: 'Demasiado caro', missing_features: 'Faltan funciones', switched_competitor: 'Me cambio a la competencia', poor_support: 'Mala atención al cliente',
      quality_issues: 'Problemas de calidad o errores', too_complicated: 'Demasiado complicado', no_longer_needed: 'Ya no lo necesito', temporary: 'Solo era temporal', other: 'Otro' },
    offerAccepted: '¡Genial! Ya lo hemos aplicado a tu cuenta.',
  },
  pt: {
    locale: 'pt', send: 'Enviar', next: 'Continuar', close: 'Fechar', later: 'Pergunte mais tarde', skip: 'Pular', thanks: 'Obrigado pelo seu feedback!',
    notLikely: 'Nada provável', veryLikely: 'Muito provável', scale: 'Escala de {min}, {lo}, a {max}, {hi}', csatLow: 'Muito insatisfeito', csatHigh: 'Muito satisfeito',
    cesLow: 'Muito fácil', cesHigh: 'Muito difícil', followUp: 'Qual é o principal motivo da sua nota?', comment: 'Seu comentário (opcional)',
    exitQuestion: 'Por que você está cancelando?', other: 'Outro', otherLabel: 'Conte-nos mais',
    reasons: { too_expensive: 'Caro demais', missing_features: 'Faltam funcionalidades', switched_competitor: 'Mudei para um concorrente', poor_support: 'Suporte ruim',
      quality_issues: 'Problemas de qualidade ou bugs', too_complicated: 'Complicado demais', no_longer_needed: 'Não preciso mais', temporary: 'Era só temporário', other: 'Outro' },
    offerAccepted: 'Ótimo, já aplicamos na sua conta.',
  },
  // European Portuguese, for pt-PT surveys (pt is Brazil's).
  'pt-PT': {
    locale: 'pt-PT', send: 'Enviar', next: 'Continuar', close: 'Fechar', later: 'Pergunte-me mais tarde', skip: 'Saltar', thanks: 'Obrigado pela sua opinião!',
    notLikely: 'Nada provável', veryLikely: 'Muito provável', scale: 'Escala de {min}, {lo}, a {max}, {hi}', csatLow: 'Muito insatisfeito', csatHigh: 'Muito satisfeito',
    cesLow: 'Muito fácil', cesHigh: 'Muito difícil', followUp: 'Qual é o principal motivo da sua classificação?', comment: 'O seu comentário (opcional)',
    exitQuestion: 'Porque está a cancelar?', other: 'Outro', otherLabel: 'Conte-nos mais',
    reasons: { too_expensive: 'Demasiado caro', missing_features: 'Faltam funcionalidades', switched_competitor: 'Mudei para a concorrência', poor_support: 'Mau apoio ao cliente',
      quality_issues: 'Problemas de qualidade ou erros', too_complicated: 'Demasiado complicado', no_longer_needed: 'Já não preciso', temporary: 'Era só temporário', other: 'Outro' },
    offerAccepted: 'Ótimo, já aplicámos na sua conta.',
  },
  fr: {
    locale: 'fr', send: 'Envoyer', next: 'Continuer', close: 'Fermer', later: 'Me demander plus tard', skip: 'Passer', thanks: 'Merci pour votre avis\u00a0!',
    notLikely: 'Pas du tout probable', veryLikely: 'Très probable', scale: 'Échelle de {min}, {lo}, à {max}, {hi}', csatLow: 'Très insatisfait', csatHigh: 'Très satisfait',
    cesLow: 'Très facile', cesHigh: 'Très difficile', followUp: 'Quelle est la principale raison de votre note\u00a0?', comment: 'Votre commentaire (facultatif)',
    exitQuestion: 'Pourquoi résiliez-vous\u00a0?', other: 'Autre', otherLabel: 'Dites-nous-en plus',
    reasons: { too_expensive: 'Trop cher', missing_features: 'Fonctionnalités manquantes', switched_competitor: 'Passage à un concurrent', poor_support: 'Support insuffisant',
      quality_issues: 'Problèmes de qualité ou bugs', too_complicated: 'Trop compliqué', no_longer_needed: 'Je n’en ai plus besoin', temporary: 'C’était temporaire', other: 'Autre' },
    offerAccepted: 'Parfait, c’est appliqué à votre compte.',
  },
  de: {
    locale: 'de', send: 'Senden', next: 'Weiter', close: 'Schließen', later: 'Später fragen', skip: 'Überspringen', thanks: 'Vielen Dank für Ihr Feedback!',
    notLikely: 'Sehr unwahrscheinlich', veryLikely: 'Sehr wahrscheinlich', scale: 'Skala von {min}, {lo}, bis {max}, {hi}', csatLow: 'Sehr unzufrieden', csatHigh: 'Sehr zufrieden',
    cesLow: 'Sehr einfach', cesHigh: 'Sehr schwierig', followUp: 'Was ist der Hauptgrund für Ihre Bewertung?', comment: 'Ihr Kommentar (optional)',
    exitQuestion: 'Warum kündigen Sie?', other: 'Sonstiges', otherLabel: 'Erzählen Sie uns mehr',
    reasons: { too_expensive: 'Zu teuer', missing_features: 'Fehlende Funktionen', switched_competitor: 'Wechsel zu einem Mitbewerber', poor_support: 'Schlechter Support',
      quality_issues: 'Qualitätsprobleme oder Fehler', too_complicated: 'Zu kompliziert', no_longer_needed: 'Nicht mehr benötigt', temporary: 'Nur vorübergehend', other: 'Sonstiges' },
    offerAccepted: 'Prima, das gilt ab sofort für Ihr Konto.',
  },
  it: {
    locale: 'it', send: 'Invia', next: 'Continua', close: 'Chiudi', later: 'Chiedimelo più tardi', skip: 'Salta', thanks: 'Grazie per il tuo feedback!',
    notLikely: 'Per niente probabile', veryLikely: 'Molto probabile', scale: 'Scala da {min}, {lo}, a {max}, {hi}', csatLow: 'Molto insoddisfatto', csatHigh: 'Molto soddisfatto',
    cesLow: 'Molto facile', cesHigh: 'Molto difficile', followUp: 'Qual è il motivo principale del tuo punteggio?', comment: 'Il tuo commento (facoltativo)',
    exitQuestion: 'Perché vuoi disdire?', other: 'Altro', otherLabel: 'Raccontaci di più',
    reasons: { too_expensive: 'Troppo caro', missing_features: 'Mancano delle funzionalità', switched_competitor: 'Passo a un concorrente', poor_support: 'Assistenza scadente',
      quality_issues: 'Problemi di qualità o bug', too_complicated: 'Troppo complicato', no_longer_needed: 'Non mi serve più', temporary: 'Era solo temporaneo', other: 'Altro' },
    offerAccepted: 'Perfetto, l’abbiamo applicato al tuo account.',
  },
  nl: {
    locale: 'nl', send: 'Versturen', next: 'Doorgaan', close: 'Sluiten', later: 'Vraag het me later', skip: 'Overslaan', thanks: 'Bedankt voor je feedback!',
    notLikely: 'Zeer onwaarschijnlijk', veryLikely: 'Zeer waarschijnlijk', scale: 'Schaal van {min}, {lo}, tot {max}, {hi}', csatLow: 'Zeer ontevreden', csatHigh: 'Zeer tevreden',
    cesLow: 'Zeer makkelijk', cesHigh: 'Zeer moeilijk', followUp: 'Wat is de belangrijkste reden voor je score?', comment: 'Je opmerking (optioneel)',
    exitQuestion: 'Waarom zeg je je abonnement op?', other: 'Anders', otherLabel: 'Vertel ons meer',
    reasons: { too_expensive: 'Te duur', missing_features: 'Functies ontbreken', switched_competitor: 'Overgestapt naar een concurrent', poor_support: 'Slechte ondersteuning',
      quality_issues: 'Kwaliteitsproblemen of bugs', too_complicated: 'Te ingewikkeld', no_longer_needed: 'Niet meer nodig', temporary: 'Was tijdelijk', other: 'Anders' },
    offerAccepted: 'Top, we hebben het op je account toegepast.',
  },
}

/** The widget's words for a survey rendered in `locale`, where the widget does not ship them (else undefined). */
export function widgetStringsFor(locale: string): Words | undefined {
  const tag = locale.toLowerCase(), base = tag.split('-')[0]
  const key = Object.keys(WIDGET_STRINGS).find((k) => k.toLowerCase() === tag) ?? (Object.hasOwn(WIDGET_STRINGS, base) ? base : undefined)
  return key === undefined ? undefined : WIDGET_STRINGS[key]
}

/** A survey as GET /v1/sites/{site}/surveys hands it to the widget: rendered, with the widget's words where it lacks them. */
export function surveyForWidget(survey: SurveyDefinition, wantedLocale: string | undefined, defaultLocale: string) {
  const rendered = renderSurvey(survey, wantedLocale, defaultLocale)
  const ui = widgetStringsFor(rendered.locale)
  return ui ? { ...rendered, ui } : rendered
}
