// Theme filler for the languages with word lists besides English and Chinese: function words
// ("de la", "il y a" are not themes), the ones a phrase may hold inside ("exportation en PDF",
// "modo de pago"), and words every product hears ("application", "problème"). Applied to a comment
// of that language only: "van" and "die" are Dutch and German function words but English nouns.
import { otherLexicon } from './lexicon-other-load.ts'
import type { OtherLanguage } from './lexicon-other.ts'

type Lists = { stop: string; joiners: string; generic: string }

const LISTS: Record<OtherLanguage, Lists> = {
  es: {
    stop: 'el la los las lo un una unos unas y o u ni que qué se me te le les nos os mi mis tu tus su sus es son era fue ser estar está están estoy '
      + 'he ha han hay había tengo tiene tienen muy más menos pero porque como cómo cuando cuándo donde dónde este esta esto estos estas ese esa eso '
      + 'al del de a en con por para sin sobre entre hasta desde ya no sí si también tampoco yo él ella ellos nosotros usted ustedes todo todos toda',
    joiners: 'de del a al en con para por la el los las',
    generic: 'aplicación app aplicaciones cosa cosas vez veces día días tiempo hacer hace puedo puede poder quiero quiere gracias favor hola '
      + 'problema problemas servicio producto empresa gente siempre nunca ahora hoy ayer bien mal mucho poco algo nada uso usar '
      + 'nuevo nueva nuevos nuevas funciona funcionar gustaría gusta ofrece pena falta hay quisiera necesito debería sería añadir agregar poner encontrar '
      + 'ahorra ahorrar ahorro cada año años semana semanas mes meses equipo',
  },
  pt: {
    stop: 'o a os as um uma uns umas e ou nem que se me te lhe nos meu minha seu sua é são era foi ser estar está estão estou '
      + 'tem têm tenho há muito mais menos mas porque como quando onde este esta isto esse essa isso ao do da dos das de em no na nos nas '
      + 'com por para pelo pela sem sobre entre até desde já não sim também eu ele ela eles você vocês tudo todos toda',
    joiners: 'de do da dos das em no na com para por o a os as',
    generic: 'aplicativo aplicação app coisa coisas vez vezes dia dias tempo fazer faz posso pode poder quero quer obrigado obrigada favor olá '
      + 'problema problemas serviço produto empresa gente sempre nunca agora hoje ontem bem mal pouco algo nada usar uso '
      + 'novo nova novos novas funciona funcionar gostaria gosto oferece pena falta preciso deveria seria adicionar colocar encontrar cada ano anos semana mês meses equipe',
  },
  fr: {
    stop: 'le la les l un une des du de d au aux et ou ni que qu qui quoi ce c ça cela ceci cet cette ces se s me m te t lui leur leurs '
      + 'mon ma mes ton ta tes son sa ses notre nos votre vos est sont était été être suis es a ai as ont avait avoir fait faire '
      + 'très plus moins mais car comme quand où ne n pas y en à dans par pour sur sous avec sans chez entre vers je j tu il elle on nous vous ils elles '
      + 'tout tous toute toutes même aussi donc alors si oui non ait soit vois voit fais sais',
    joiners: 'de du des d à au aux en la le les l pour avec sur par',
    generic: 'application app appli logiciel chose choses fois temps peut peux pouvoir veux veut vouloir merci bonjour svp plaît '
      + 'problème problèmes service produit entreprise gens toujours jamais maintenant aujourd hui hier bien mal beaucoup peu rien utiliser '
      + 'nouveau nouvelle nouveaux nouvelles pourquoi voudrais voudrait dommage marche marcher fonctionne fonctionner faut trouve trouver ajouter mettre serait depuis '
      + 'utilise utilisons utilisent chaque jour jours semaine mois an ans année équipe outil outils',
  },
  de: {
    stop: 'der die das des dem den ein eine einer eines einem einen und oder aber denn dass weil wenn als wie wo was wer ich du er sie es wir ihr '
      + 'mein meine dein deine sein seine unser unsere ist sind war waren sein bin bist hat haben habe hatte wird werden wurde kann können '
      + 'muss nicht kein keine sehr mehr weniger auch noch schon nur so zu zum zur im in an am auf aus bei mit nach von vor für über unter durch um ja nein '
      + 'alles alle allem allen man uns euch ihm ihn ihnen',
    joiners: 'der die das des dem den im in an am auf mit von für zum zur',
    generic: 'app anwendung programm sache sachen mal tag tage zeit machen macht kann will danke bitte hallo problem probleme service produkt '
      + 'firma leute immer nie jetzt heute gestern gut schlecht viel wenig etwas nichts nutzen benutzen '
      + 'neu neue neuen neuer neues funktioniert funktionieren warum möchte hätte gerne schade fehlt gibt finde finden hinzufügen wäre seit '
      + 'minute minuten stunde stunden sekunden woche wochen monat monate gelöst erledigt nutzt nutze jeden jede jedes jahr team',
  },
  it: {
    stop: 'il lo la i gli le un uno una e o né che chi cui si mi ti ci vi mio mia miei mie tuo tua suo sua è sono era erano essere sto sta '
      + 'ho hai ha hanno avere fatto fare molto più meno ma perché come quando dove questo questa questi queste quello quella '
      + 'di del dello della dei degli delle dell a al allo alla ai agli alle all da dal dalla in nel nella nei nell con su sul sulla per tra fra '
      + 'non sì se anche già io tu lui lei noi voi loro tutto tutti tutta',
    joiners: 'di del della dei delle dell a al alla all in nel nella con per su sul da il lo la i gli le',
    generic: 'applicazione app cosa cose volta volte giorno giorni tempo fare fa posso può potere voglio vuole grazie ciao favore '
      + 'problema problemi servizio prodotto azienda gente sempre mai adesso ora oggi ieri bene male molto poco qualcosa niente usare uso '
      + 'nuovo nuova nuovi nuove funziona funzionare perché vorrei piacerebbe peccato manca trovo trovare aggiungere sarebbe dopo ogni anno settimana mese squadra',
  },
  nl: {
    stop: 'de het een en of maar want dat die dit deze wat wie waar wanneer hoe ik jij je hij zij ze wij we jullie mijn mijn zijn haar ons onze '
      + 'is zijn was waren ben bent heb hebt heeft hebben had wordt worden werd kan kunnen moet niet geen heel erg zeer meer minder ook nog al alleen '
      + 'zo te in op aan bij met naar van voor over onder door om uit tot ja nee er alles alle iets niets men',
    joiners: 'de het een van voor in op met aan bij',
    generic: 'app applicatie programma ding dingen keer dag dagen tijd doen doet kan wil bedankt dank graag hallo probleem problemen service '
      + 'product bedrijf mensen altijd nooit nu vandaag gisteren goed slecht veel weinig iets niets gebruiken '
      + 'nieuw nieuwe werkt werken waarom zou graag jammer mist ontbreekt vind vinden toevoegen sinds elke jaar week maand team',
  },
}

export type OtherFiller = { stop: ReadonlySet<string>; joiners: ReadonlySet<string>; filler: ReadonlySet<string> }
const built = new Map<string, OtherFiller>()
const words = (s: string) => s.split(' ')

/** The language's filler, built on first use; undefined for English, Chinese and the rest. */
export function otherFiller(language: string | undefined): OtherFiller | undefined {
  if (!language || !Object.hasOwn(LISTS, language)) return undefined
  let f = built.get(language)
  if (!f) {
    const lists = LISTS[language as OtherLanguage], lex = otherLexicon(language)!
    const filler = new Set(words(lists.generic))
    // Clear verdicts ("lent", "génial") are not subjects; weak ones stay ("mode sombre": sombre is -1).
    for (const [w, v] of lex.words) if (Math.abs(v) >= 2) filler.add(w)
    for (const w of lex.degree.keys()) filler.add(w)
    for (const w of lex.negators) filler.add(w)
    built.set(language, (f = { stop: new Set(words(lists.stop)), joiners: new Set(words(lists.joiners)), filler }))
  }
  return f
}
