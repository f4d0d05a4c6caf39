// Default topic keywords for the other languages that have sentiment word lists (lexicon-other.ts):
// Spanish, Portuguese, French, German, Italian and Dutch. Best effort, merged into DEFAULT_TAXONOMY.
// Keywords are matched in every comment on English (Porter) stems, so inflections the stemmer does
// not unify are listed ("lento, lenta, lentos"), common unaccented spellings are added, and words that
// are also English or stem like one ("lent", "plante", "storing", "concurrent") appear only inside
// phrases or not at all. Elided articles are split by the tokenizer, so keywords are bare words.
// Comma-separated; a keyword with spaces (or a hyphen) is a phrase, and "…" in one lets words of the
// same clause stand between its parts: German and Dutch split verbs ("hängt sich ständig auf").
import type { OtherLanguage } from './lexicon-other.ts'

type DefaultTopicId = 'pricing' | 'billing' | 'support' | 'reliability' | 'performance' | 'usability' | 'missing_feature' | 'onboarding' | 'communication' | 'competitor'

export const OTHER_TOPIC_KEYWORDS: Record<DefaultTopicId, Record<OtherLanguage, string>> = {
  pricing: {
    es: 'pagar esto, el envío cuesta, el envio cuesta, cuesta poco, pago menos, pagando menos, precio, precios, caro, caros, muy cara, demasiado cara, más cara, poco cara, bastante cara, algo cara, es cara, costoso, costosa, costosos, barato, barata, tarifa, tarifas, descuento, descuentos, calidad-precio, carísimo, comisión, comision, carísima, carisima, gastos de envío, gastos de envio, comisiones, cuota, más caro, mas caro',
    pt: 'pagando menos, pago menos, baratinho, baratinha, baratinhas, baratinhos, custa pouco, preço, preços, preco, caros, muito cara, custo, custos, custa caro, caríssimo, mensalidade, desconto, descontos, custo-benefício, custo benefício, barato demais, taxa, taxa de entrega, caro, cara, frete, taxa de serviço, comissão, comissões, mais caro, mais barato',
    fr: 'par mois, prix, cher, chère, chers, chères, trop cher, coûteux, coûteuse, onéreux, tarif, tarifs, tarification, abordable, qualité-prix, hors de prix, moins cher, frais, frais de port, frais de livraison, commission, plus cher',
    de: 'zahlen darf, im Monat, Preiserhöhung, Preiserhöhungen, Preis, Preise, Preisen, teuer, teure, teuren, teurer, zu teuer, überteuert, Kosten, kostet, günstig, günstiger, billig, billiger, Rabatt, Preis-Leistung, Preis-Leistungs-Verhältnis, preiswert, Gebühr, Gebühren, Beitrag, Tarif, Familientarif, Versandkosten, Liefergebühr, Provision',
    it: 'per quello che costa, è aumentato, costa meno, costa poco, aumentato il prezzo, aumentato i prezzi, prezzo, prezzi, costoso, costosa, costosi, costose, troppo caro, troppo cara, costa troppo, sconto, sconti, tariffa, tariffe, qualità-prezzo, caruccio, caro, cara, al mese, commissione, commissioni, spese di spedizione, costi nascosti, più caro, costa meno',
    nl: 'prijs, prijzen, duur, te duur, duurder, goedkoop, goedkoper, kosten, korting, tarief, tarieven, prijzig, prijs-kwaliteitverhouding, prijs-kwaliteit, bezorgkosten, verzendkosten, bezorging gratis',
  },
  billing: {
    es: 'tarjeta, factura, facturas, facturación, facturacion, cobro, cobros, cobrado, cobraron, me cobraron, cobro doble, doble cobro, reembolso, reembolsos, pago, pagos, tarjeta de crédito, suscripción, suscripcion, renovación, bizum, pagar con',
    pt: 'fatura, faturas, cobrança, cobranças, cobrado, cobraram, me cobraram, cobrança duplicada, reembolso, estorno, pagamento, pagamentos, cartão de crédito, assinatura, renovação, pagar com, pix',
    fr: 'titres-restaurant, ticket restaurant, facture, factures, facturation, facturé, prélèvement, prélevé, débité, débitée, remboursement, rembourser, remboursé, paiement, paiements, carte bancaire, carte de crédit, abonnement, renouvellement, IBAN, payer par, virement',
    de: 'Kaution, Rechnung, Rechnungen, Abrechnung, abgebucht, Abbuchung, Lastschrift, Rückerstattung, erstattet, Zahlung, Zahlungen, Kreditkarte, Abo, Abonnement, Verlängerung, doppelt abgebucht, Quittung, bucht … ab, buchen … ab, buchte … ab, bezahlen mit, Abschlagszahlung',
    it: 'reso, soldi indietro, fattura, fatture, fatturazione, addebito, addebiti, addebitato, addebitati, rimborso, rimborsato, pagamento, pagamenti, carta di credito, abbonamento, rinnovo, ricevuta, doppio addebito, pagare con, bolletta',
    nl: 'factuur, facturen, facturatie, afgeschreven, afschrijving, incasso, terugbetaling, geld terug, betaling, betalingen, abonnement, verlenging, dubbel afgeschreven, betalen',
  },
  support: {
    es: 'me marcaron, el chico del chat, reimprimieron, colgaron, me colgaron, soporte, soporte técnico, servicio técnico, atención al cliente, atencion al cliente, servicio al cliente, mala atención, la atención, asistencia técnica, agentes, respuesta, no responden, no contestan, nadie responde, nadie contesta, el chat, la chica del chat, me resolvieron, me atendió, me atendio, agente, operador, llamé, llame al',
    pt: 'resolveram-me, resolveram me, mandaram outra, mandaram outro, ninguém me respondeu, explicar o mesmo, suporte, suporte técnico, atendimento, atendente, atendentes, central de atendimento, serviço ao cliente, não respondem, nao respondem, ninguém responde, resposta, sem resposta, apoio ao cliente, suporte demora, me atendeu, atendeu, liguei, liguei pro suporte',
    fr: 'attente au chat, renvoyé, sa patience, SAV, service client, service clients, service clientèle, service après-vente, assistance technique, conseiller, conseillère, conseillers, réponse, aucune réponse, répond, répondent, ne répond, au tel, au téléphone, hotline, conseillère',
    de: 'musste 3x anrufen, anrufen bis, niemand erreichbar, verschiedene Antworten, Kundenservice, Kundendienst, Kundensupport, Kundenbetreuung, Ansprechpartner, Antwort, keine Antwort, antwortet, Servicemitarbeiter, Mitarbeiter, Supportanfrage, Support-Team, meldet sich … nicht, meldet … zurück, ruft … zurück, Anfrage, Hotline, geholfen, angerufen, Warteschleife, Kundenberater, Sachbearbeiter',
    it: 'sostituito gratis, ritrovato, assistenza, assistenza clienti, servizio clienti, supporto, operatore, operatori, risposta, risposte, rispondono, non rispondono, nessuna risposta, nessuno risponde, gentilissimo, gentilissima, chiamato, call center, in chat',
    nl: 'klantenservice, klantendienst, helpdesk, supportafdeling, medewerker, medewerkers, antwoord, geen antwoord, geen reactie, reageren niet, beantwoord, belt … terug, reageert … niet, gebeld, wachtrij',
  },
  reliability: {
    es: 'sin conexion, sin conexión, cierra la sesión, cierra la sesion, se me cerró, se me cerro, se cierra, se cerró, fiable, fallo, falla, se cuelga, se bloquea, no funciona, dejó de funcionar, deja de funcionar, caída, caido, se cayó, inestable, perdí mis datos, pantalla en blanco, no carga, falta algo, se desconecta',
    pt: 'deixou de atualizar, bloqueia sempre, deixou de gravar, parou de gravar, desloga, confiável, erro, falha, trava, travando, travou, travamento, fecha sozinho, não funciona, nao funciona, parou de funcionar, caiu, fora do ar, instável, perdi meus dados, cai toda hora, caindo, desconecta',
    fr: 'affiche 0, disparaissent, disparu, plante souvent, plantage, plante tout le temps, ne marche pas, ne marche plus, ne fonctionne pas, ne fonctionne plus, erreur, panne, instable, se ferme, figé, fige, perdu mes données, plante une fois, déconnecte, écran blanc, bugue',
    de: 'verliert ständig, unzuverlässig, Absturz, Abstürze, stürzt, abgestürzt, Fehler, Fehlermeldung, funktioniert nicht, geht nicht, kaputt, Ausfall, Ausfälle, hängt … auf, aufgehängt, eingefroren, friert, instabil, Datenverlust, fällt … aus, neu einloggen, ausgeloggt, hängt sich',
    it: 'schermata nera, si scollega, non parte, non ha registrato, scariche, affidabile, errori, crasha, si blocca, bloccata, si chiude, non funziona, smesso di funzionare, malfunzionamento, malfunzionamenti, guasto, dati persi, disservizio, si disconnette, non carica, arrivano doppie',
    nl: 'betrouwbaar, storingen, crasht, gecrasht, loopt … vast, liep … vast, vastlopen, vastgelopen, werkt niet, doet het niet, foutmelding, foutmeldingen, fout, fouten, kapot, instabiel, data kwijt, valt … uit, sluit … af, hangt',
  },
  performance: {
    es: 'se corte, tarda un montón, tarda un monton, tarda mucho en cargar, lento, lenta, lentos, lentas, lentitud, tarda mucho, tarda demasiado, tarda en cargar, demora, demoras, tiempo de carga, velocidad, rápido, rápida, rapido, rendimiento, batería, bateria',
    pt: 'sem travar, carregar, carregando, demora pra carregar, lento, lenta, lentos, lentas, lentidão, lentidao, demora, demorado, demora muito, carregamento, demora para carregar, velocidade, rápido, rápida, desempenho, bateria',
    fr: 'à charger, une éternité, est lente, secondes juste, met des plombes, trop lent, très lent, trop lente, très lente, lenteur, lenteurs, lentement, rame, ça rame, chargement, temps de chargement, rapidité, vitesse, performances, ralentissements, batterie',
    de: 'langsam, langsame, langsamer, sehr langsam, lädt ewig, laden ewig, lädt … ewig, Ladezeit, Ladezeiten, dauert ewig, dauert zu lange, ruckelt, ruckeln, träge, schnell, schneller, Geschwindigkeit, Performance, dauert … lange, lädt … lange, Akku, flüssig',
    it: 'velocissima, velocissimo, in tempo reale, a caricare, ci mette il doppio, ci mette una vita, rotellina, lentissima, lentissimo, lenti, lentezza, molto lenta, troppo lenta, molto lento, troppo lento, caricamento, tempi di caricamento, velocità, veloce, prestazioni, rallentamenti, rallenta, batteria',
    nl: 'traag, trage, trager, langzaam, langzame, erg traag, laadtijd, laadtijden, duurt … lang, duurt eeuwen, snelheid, snel, sneller, prestaties, hapert, haperen, batterij',
  },
  usability: {
    es: 'es un lio, nunca se donde, laberinto, dificilísimo encontrar, dificilisimo encontrar, difícil encontrar, dificil encontrar, facilísimo, facilisimo, no encontre, no encontré, fácil, facil, difícil, dificil, clics, dos clics, confuso, confusa, complicado, complicada, difícil de usar, dificil de usar, fácil de usar, facil de usar, intuitivo, intuitiva, poco intuitivo, interfaz, diseño, navegación, menú, usabilidad, no encuentro, pantallas, pasos, sencillo, sencilla, cuesta encontrar',
    pt: 'toques pra, facil de usar, cadê, prático, pratico, fácil, facil, confuso, confusa, complicado, complicada, difícil de usar, fácil de usar, simples de usar, intuitivo, intuitiva, pouco intuitivo, navegação, usabilidade, não encontro, nao encontro, telas, passos, cliques, simples de usar, difícil de achar',
    fr: 'plus claires, impossible de trouver, appli est claire, pris 30 secondes, simple à utiliser, je trouve plus, trouve plus rien, comment on fait, compliqué, compliquée, déroutant, intuitif, pas intuitif, ergonomie, ergonomique, facile à utiliser, difficile à utiliser, trouve pas, introuvable, mise en page, pas clair, étapes, écrans, pratique, pas pratique',
    de: 'zu klein, Klicks, unübersichtlich, übersichtlich, kompliziert, verwirrend, umständlich, intuitiv, unintuitiv, Benutzeroberfläche, Oberfläche, Bedienung, benutzerfreundlich, Benutzerfreundlichkeit, Menü, schwer zu bedienen, einfach zu bedienen, kenne … nicht aus, komme … nicht zurecht, blicke … nicht durch, Schritte, Klicks, unkompliziert, umständlich',
    it: 'app semplice, tasto, confuso, confusa, complicato, complicata, intuitivo, intuitiva, poco intuitivo, interfaccia, navigazione, difficile da usare, facile da usare, usabilità, non trovo, grafica, passaggi, schermate, capire come, comoda, comodo, semplice da usare',
    nl: 'onduidelijk, onoverzichtelijk, overzichtelijk, ingewikkeld, verwarrend, omslachtig, intuïtief, gebruiksvriendelijk, gebruiksvriendelijkheid, navigatie, lastig te gebruiken, moeilijk te gebruiken, makkelijk te gebruiken, niet te vinden, kom … niet uit, makkelijk, gebruiksgemak',
  },
  missing_feature: {
    es: 'no se puede, no hay forma, función, funciones, funcion, funcionalidad, funcionalidades, me gustaría que, me gustaría poder, me gustaria que, estaría bien, sería bueno, sería genial, le falta, echo de menos, añadir, agregar, integración, modo oscuro, exportar, opción de, opción para, versión para, version para, tendrán, podrían añadir, podriais añadir',
    pt: 'não dá pra, nao da pra, função, funções, funcionalidade, funcionalidades, recurso, recursos, gostaria que, gostaria de ter, seria bom, seria ótimo, sinto falta, adicionar, integração, modo escuro, exportar, opção de, opção para, versão para, versao para, vão ter, vao ter, poderiam adicionar, seria útil, dava jeito',
    fr: 'il y a moyen, fonction, fonctions, fonctionnalité, fonctionnalités, il manque, manque, manquant, aimerais, ce serait bien, serait bien, ajouter, intégration, mode sombre, possibilité de, version pour, y aura il, pourriez vous ajouter',
    de: 'gibt es keine, gibt es kein, Funktion, Funktionen, Funktionalität, fehlt, fehlen, vermisse, wünsche mir, wäre schön, wäre toll, wäre gut, hinzufügen, Dunkelmodus, exportieren, Schnittstelle, fügt … hinzu, fügen … hinzu, baut … ein, Version für, einbauen, baut … ein',
    it: 'troppo limitati, troppo limitato, funzione, funzioni, funzionalità, manca, mancano, mi piacerebbe, sarebbe bello, sarebbe utile, aggiungere, aggiungete, integrazione, modalità scura, tema scuro, esportare, esportazione, possibilità di, versione per, avrete, aggiungerete',
    nl: 'functie, functies, functionaliteit, ontbreekt, ontbreken, ik mis, zou … fijn zijn, zou … mooi zijn, zou … handig zijn, toevoegen, integratie, donkere modus, exporteren, optie om, mogelijkheid om, voeg … toe, voegen … toe, versie voor, is er ook, komt er',
  },
  onboarding: {
    es: 'configurando, configurar la cuenta, configurar, configuración inicial, instalación, instalar, registro, registrarse, registrarme, crear una cuenta, crear cuenta, tutoriales, guía, documentación, primeros pasos, curva de aprendizaje, aprender a usar',
    pt: 'configurar a conta, configurar, configuração, instalação, instalar, cadastro, cadastrar, criar conta, criar uma conta, tutoriais, guia, documentação, primeiros passos, curva de aprendizado, aprender a usar',
    fr: "tuto vidéo, installée en, paramétrer, inscription, inscrire, installer, configurer, paramétrage, tutoriel, tutoriels, prise en main, prendre en main, premiers pas, créer un compte, apprentissage, démarrage, mode d'emploi",
    de: 'Einrichtung, einrichten, installieren, Registrierung, registrieren, Anmeldung, Konto erstellen, Anleitung, Anleitungen, Dokumentation, Einstieg, Einarbeitung, Lernkurve, erste Schritte, Konfiguration, konfigurieren, richte … ein, richtet … ein',
    it: 'configurazione, configurare, installazione, installare, registrazione, registrarsi, iscrizione, creare un account, guida, documentazione, primi passi, curva di apprendimento, imparare a usare',
    nl: 'installatie, installeren, instellen, inrichten, registratie, registreren, aanmelden, account aanmaken, handleiding, uitleg, documentatie, eerste stappen, leercurve, configuratie, configureren, stel … in',
  },
  communication: {
    es: 'notis, me escribe, avisó, avisar, avisaron, sin avisar, correo, correos, correos electrónicos, e-mails, notificación, notificaciones, notificacion, boletín, publicidad, demasiados correos, demasiados mensajes, demasiados emails, darme de baja, alertas, avisos, mails, spam',
    pt: 'avisou, avisaram, avisar, notificação, notificações, notificacoes, e-mails, e-mails demais, emails demais, mensagens demais, muitas mensagens, muitos e-mails, muitos emails, descadastrar, alertas, avisos, mails, spam',
    fr: "courriel, courriels, e-mails, trop de mails, trop de messages, trop de notifications, notifs, lettre d'information, désabonner, désinscrire, désinscription, relances, publicité, alertes",
    de: 'E-Mails, zu viele Mails, zu viele E-Mails, zu viele Nachrichten, Benachrichtigung, Benachrichtigungen, Werbung, Werbemails, Push-Nachrichten, Mitteilungen, abbestellen, melde … ab, mails, notifications, spam, Mails, Spam',
    it: 'senza nessun avviso, troppe email, troppe mail, troppe notifiche, troppi messaggi, notifica, notifiche, pubblicità, disiscrivermi, disiscriversi, disiscrizione, avvisi, mail, spam',
    nl: 'mailtjes, te veel mails, te veel e-mails, te veel berichten, notificatie, notificaties, meldingen, pushmeldingen, nieuwsbrief, reclame, afmelden, uitschrijven, meld … af, spam',
  },
  competitor: {
    es: 'me voy a, competencia, la competencia, competidor, competidores, alternativa, alternativas, cambiarme a, me cambio a, me cambié a, otra aplicación, otra app, otra herramienta, otro proveedor, me vuelvo a, me paso a, comparado con',
    pt: 'troquei por, vou para o, concorrência, concorrente, concorrentes, alternativa, alternativas, mudei para, vou mudar para, migrar para, migrei para, outro aplicativo, outro app, outra ferramenta, outra empresa, comparado com, vou voltar para',
    fr: 'que sur YouTube, pour le même prix, prévenu, prévenir, la concurrence, chez la concurrence, un concurrent, les concurrents, autre application, autre outil, passer chez, passé chez, alternatives, je pars chez, moins cher sur, moins cher chez, comparé à',
    de: 'Konkurrenz, Konkurrent, Konkurrenten, Mitbewerber, Wettbewerber, Alternativen, wechseln zu, gewechselt zu, zur Konkurrenz, andere App, anderen Anbieter, anderer Anbieter, Anbieter wechseln, steige … um, steigen … um, wechsle … zu, gewechselt, im Vergleich zu',
    it: 'anni luce avanti, passo a un, passo a una, concorrenza, concorrente, concorrenti, passare a, sono passato a, sono passata a, altra app, altro strumento, altro fornitore, altra applicazione, rispetto a, sono passati a',
    nl: 'concurrentie, concurrenten, alternatief, alternatieven, overstappen, overgestapt, stap … over, stappen … over, een concurrent, andere app, andere aanbieder, ander programma',
  },
}

/**
 * English keywords that are everyday words of another meaning in a language: German "fast" is
 * "almost", "lag" is "lay", "Tier" an animal; French "prise en charge" is "support for", not a
 * charge. In a comment detected as that language such a word is no evidence for a topic.
 */
export const FALSE_FRIENDS: Partial<Record<OtherLanguage, ReadonlySet<string>>> = {
  de: new Set(['fast', 'lag', 'tier', 'lack']),
  nl: new Set(['lag']),
  fr: new Set(['charge']),
  // Italian "passo" is a step taken or going over (passo a Fineco), not Portuguese "passos" (steps of a task).
  it: new Set(['passo']),
}

/** One default topic's keywords in the six languages, in list order, each once ("lento" is es, pt and it). */
export function otherTopicKeywords(id: string): string[] {
  const byLang = (OTHER_TOPIC_KEYWORDS as Record<string, Record<OtherLanguage, string> | undefined>)[id]
  if (!byLang) return []
  const seen = new Set<string>()
  return Object.values(byLang).flatMap((list) => list.split(',').map((k) => k.trim()))
    .filter((k) => k && !seen.has(k.toLowerCase()) && seen.add(k.toLowerCase()))
}
