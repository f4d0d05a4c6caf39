// What the generated word lists (lexicon-other.ts) lack for the other languages, written here:
// intensifiers, words that open the clause that counts ("bien, mais lent"), verdict words whose
// denial is praise ("no está mal"), and negative concord. Romance languages mark one negation
// twice ("ne ... pas", "non ... mai", "no ... nunca"): the second word confirms the first instead
// of cancelling it, as a second negator does in English or Chinese ("not un-", 不是不好).
// French "trop" and Italian "troppi" carry their complaint in the generated word lists already.
import type { OtherLanguage } from './lexicon-other.ts'

export type OtherRules = {
  degree: Record<string, number>
  contrast: string[]
  /** Denied, these are praise: the same role as the English "not bad" ("rien à redire", "nichts auszusetzen"). */
  litotes: string[]
  /** Opens a negation the words in `concord` only confirm, in the same clause. */
  concordOpeners: string[]
  concord: string[]
  /** "Too many" / "too much" (one or two words): in feedback a complaint of its own ("Zu viele E-Mails"). */
  excess: string[]
  /** Negators the generated lists lack: "without" denies like "not" ("sin problemas" is praise). */
  negators: string[]
  /**
   * Everyday words no word list may score, nor English's negators read: English's lists misread
   * some (German "die" the, "war" was, "Kind" child; Spanish "ha" has; Portuguese "no" in the), and
   * the generated lists score others the language mostly uses otherwise (Italian "sito" website -1,
   * "fine" end +2; Dutch "naar" to -3; Spanish "solo" only -2).
   */
  plain: string[]
  /** Words of product feedback the generated lists lack ("stürzt", "trava", "crasht", "schön"), with their valence. */
  words: Record<string, number>
  /**
   * Endings a word takes that the generated lists leave out, each with the ending of the listed form
   * it comes from, tried in order when the word is not listed as written: German "tolle" and
   * "schnellen" from "toll", "schnell"; Dutch "handige"; Spanish "bonita", Italian "pessime" from
   * the masculine singular.
   */
  inflections: [ending: string, listed: string][]
  /** Question words that complain, as English "why" does ("pourquoi faut-il 6 écrans…?"); not those that also mean "because" (perché, porque). */
  questions?: string[]
  /** Words, or phrases of up to three, that say there is no verdict to give, as English's "moving abroad" and "no longer need it" do ("déménagé", "plus besoin", "nada que ver"). */
  noVerdict: string[]
  /** One to three words opening a request, whose clause names what is wanted ("wäre schön, wenn…", "estaría bien poder…"). */
  requests?: string[]
  /** Phrases of two or three words read whole, with their valence ("merci pour rien", "show de bola"); elided articles are split ("c'est" is "ce est"). */
  phrases?: Record<string, number>
}

const STRONG = 1.5, VERY = 1.4, MILD = 0.7

export const OTHER_RULES: Record<OtherLanguage, OtherRules> = {
  es: {
    degree: { muy: STRONG, muchísimo: 1.7, demasiado: VERY, super: 1.6, súper: 1.6, tan: VERY, realmente: VERY, totalmente: STRONG, bastante: 1.2, increíblemente: 1.7, extremadamente: 1.8, algo: MILD, poco: 0.6 },
    contrast: ['lástima', 'lastima', 'pero', 'aunque'],
    litotes: ['reclamar', 'reclamo', 'cortes', 'corte', 'fallos', 'errores', 'anuncios', 'fallado', 'falla', 'fallo', 'mal', 'malo', 'mala', 'terrible', 'horrible', 'problema', 'problemas', 'queja', 'quejas', 'objetar'],
    concordOpeners: ['no'],
    concord: ['nunca', 'jamás', 'nada', 'nadie', 'ninguno', 'ninguna', 'ningún', 'tampoco', 'ni'],
    excess: ['demasiados', 'demasiadas'],
    negators: ['nadie', 'sin', 'nada'],
    plain: ['señorita', 'señora', 'senorita', 'nada', 'amigos', 'amigas', 'amigo', 'amiga', 'nuevo', 'nueva', 'nuevos', 'nuevas', 'saldo', 'disponible', 'disponibles', 'libre', 'ha', 'he', 'top', 'solo', 'claro', 'bajo', 'salir', 'pagar', 'dios', 'favor', 'mas', 'más'],
    words: {'majo': 2, 'maja': 2, 'completo': 1.5, 'completa': 1.5, 'rompieron': -2, 'rompió': -2, 'rompio': -2, chapó: 2, chapo: 2, harto: -2, harta: -2, pesimo: -3, agotador: -2, agotadora: -2, moderno: 1.5, chido: 2, chida: 2, rico: 2, rica: 2, riquísimo: 3, riquisimo: 3, riquísima: 3, riquisima: 3, ahorra: 1.5, ahorro: 1.5, ahorré: 1.5,  enésimo: -1.5, enésima: -1.5, multa: -1.5, multaron: -2, transparente: 1, colgaron: -2, dinero: 0, lio: -2, lío: -2, tardaron: -2, mejorcito: 2, agradece: 2, cierra: -1.5, resolvió: 2, resolvio: 2, resolvieron: 2, barbaridad: -2, molesta: -1.5, molesto: -1.5, recomiendo: 2, recomendable: 2, práctica: 2, práctico: 2, cancelamos: -1, subisteis: -1, subieron: -1, sobran: -1.5, baratisimo: 2, baratísimo: 2, pierde: -1, sube: -1, subida: -1, subidas: -1, esperando: -1, colgada: -2, colgado: -2, objetar: -2, corta: -2, cortes: -2, tarda: -2, tardan: -2, mola: 2, molan: 2, solucionó: 2, solucionaron: 2, cancelo: -1, inadmisible: -3, cobráis: -1, cobrais: -1, cuelga: -2, bloquea: -2, lentísimo: -3, lentísima: -3, lentitud: -2, eternidad: -1, lamentablemente: -2, desgraciadamente: -2, complicado: -2, complicada: -2, cobraron: -1, cobrado: -1 },
    inflections: [['ísimos', 'o'], ['ísimas', 'o'], ['isimos', 'o'], ['isimas', 'o'], ['ísimo', 'o'], ['ísima', 'o'], ['isimo', 'o'], ['isima', 'o'], ['ísimo', ''], ['isimo', ''], ['ísima', ''], ['isima', ''], ['as', 'os'], ['as', 'o'], ['os', 'o'], ['a', 'o']],
    questions: 'xq porqué'.split(' '),
    noVerdict: ['ya no tengo', 'murió', 'murio', 'no es culpa', 'culpa mía', 'culpa mia', 'no me hace falta', 'ya no me hace falta', 'se murió', 'falleció', 'no lo necesito', 'ya no lo necesito', 'ya no necesito', 'recortó el presupuesto', 'recorte de presupuesto', 'lesión', 'emigrar', 'emigro', 'emigré', ...'jubilé mudo mudé mudamos mudanza jubilo cierro cerramos cerrado vivir'.split(' '), 'nada que ver', 'congelado'],
    requests: ['estaría bueno', 'estaria bueno', 'sería bueno', 'seria bueno', 'seria posible', 'sería posible', 'me gustaría', 'me gustaria', 'seria útil', 'cómo puedo', 'como puedo', 'hay alguna forma', 'hay forma de', 'podríais', 'podriais', 'podrían', 'podrian', 'estaria bien', 'seria genial', 'seria util', 'sería útil', 'estaría bien', 'sería genial', 'ojalá'],
    phrases: {'buen trato': 2.5, 'una pasada': 3, 'sin costo': 1.5, 'da gusto': 2.5, 'sin gluten': 0, 'no puede ser': -2, 'basta ya': -2, 'mail cada dia': -1.5, 'mail cada día': -1.5, 'correo cada día': -1.5, 'le parece normal': -2, 'les parece normal': -2, 'vale cada peso': 3, 'vale cada céntimo': 3, 'vale cada centavo': 3, 'todo funciona': 2, 'esperaba peor': 2, 'podrían haberme avisado': -2, 'podrian haberme avisado': -2, 'por qué debería': -2, 'por que deberia': -2, 'como nuevo': 2, 'como nueva': 2, 'como nuevos': 2, 'no gracias': 0, 'no me interesa': 0, 'es normal que': -2, 'y más pasos': -1.5, 'nunca ha estado tan': 2, 'nunca estuvo tan': 2, 'parad ya': -1.5, 'me tiene harto': -2.5, 'me tiene harta': -2.5, 'mas claro': 2, 'más claro': 2, 'al toque': 1.5, 'dejen de': -1.5, 'dejen de mandar': -2, 'un 10': 3, 'un diez': 3, 'pago menos': 1.5, 'pagando menos': 1.5, 'subieron el precio': -2,  'todavía no hay': -1.5, 'todavia no hay': -1.5, 'esperé': -1.5, 'sigo esperando': -2, 'en espera': -1.5, 'qué sentido tiene': -2, 'y vosotros no': -2, 'quién pidió': -2, 'quien pidio': -2, 'me quedo': 2, 'resolvió el problema': 2.5, 'resolvio el problema': 2.5, '5 estrellas': 3, 'cinco estrellas': 3, 'no responde': -2, 'no contesta': -2, 'cobrasteis dos veces': -2, 'nadie me devuelve': -2, 'echamos de menos': -1.5, 'echo de menos': -1.5, 'una práctica': 0, 'poco claro': -1.5, 'poco clara': -1.5, 'poco intuitivo': -1.5, 'poco intuitiva': -1.5, 'poco transparente': -1.5, 'poco práctico': -1.5, 'poco útil': -1.5, 'poco fiable': -1.5, 'poco amable': -1.5, 'deja que desear': -2, 'deja mucho que': -2, 'a mano': -1, 'justo cuando': 0, 'nadie me avisó': -2, 'nadie me aviso': -2, 'cobraron dos veces': -2, 'cobrado dos veces': -2, 'come la batería': -2, 'come la bateria': -2, 'nada mas': 0, 'nada más': 0, 'sin mas': 0, 'sin más': 0, 'me cambio': -1, 'me vuelvo a': -1, 'en serio': -1, 'sin avisar': -2, 'nadie resuelve': -2, 'cobro duplicado': -2, 'otra vez': -1, 'de nuevo': -1, 'dinero de vuelta': -1.5, 'tuve que': -1, 'dejadme en paz': -2 },
  },
  pt: {
    degree: { muito: STRONG, muitíssimo: 1.7, demais: VERY, super: 1.6, tão: VERY, bem: 1.2, realmente: VERY, totalmente: STRONG, bastante: 1.2, extremamente: 1.8, pouco: 0.6, meio: MILD },
    contrast: ['mas', 'porém', 'contudo', 'entretanto'],
    litotes: ['quebrado', 'quebrada', 'quebrou', 'travamentos', 'erros', 'anúncios', 'quedas', 'falhou', 'falha', 'mal', 'mau', 'má', 'ruim', 'terrível', 'horrível', 'problema', 'problemas', 'reclamação', 'reclamar'],
    concordOpeners: ['não'],
    concord: ['nunca', 'jamais', 'nada', 'ninguém', 'nenhum', 'nenhuma', 'nem', 'ninguem'],
    excess: [],
    negators: ['sem', 'nada', 'nao'],
    plain: ['enorme', 'matéria', 'materia', 'sono', 'nada', 'amigos', 'amigas', 'amigo', 'amiga', 'novo', 'nova', 'novos', 'novas', 'saldo', 'disponível', 'disponivel', 'livre', 'ativo', 'ta', 'apoio', 'no', 'top', 'solo', 'sair', 'usar', 'volta', 'dar', 'maior', 'pare', 'deter', 'favor', 'cara'],
    words: {'fila': -1.5, 'gostam': 2, 'facinho': 2.5, 'facinha': 2.5, 'perdeu': -2, 'tranquila': 1.5, 'tranquilo': 1.5, 'facílima': 3, 'facílimo': 3, 'facilima': 3, 'facilimo': 3, 'odeio': -3, 'ajudou': 2, 'ajudaram': 2, completa: 1.5, completo: 1.5, facilitou: 2, lindamente: 2, treta: -2, amando: 3, moderno: 1.5, fixe: 2, bué: 0, curti: 2, curtiu: 2, economiza: 1.5, economizo: 1.5, economizei: 1.5,  atenciosa: 2, atencioso: 2, cadê: -1, cade: -1, piada: -2, bilheteira: 0, multa: -1.5, otário: -2, otario: -2, transparente: 1, dinheiro: 0, puxado: -1.5, puxada: -1.5, chega: -1, esperar: -1, prático: 2, pratico: 2, prática: 2, recomendo: 2, desloga: -2, deslogando: -2, crasha: -2, crashando: -2, absurdo: -2, irritam: -2, irrita: -2, aumento: -1, desinstalei: -2, voltei: -1, impecável: 3, impecavel: 3, amei: 3, cancelei: -2, cancelo: -1, confuso: -2, achei: 0, esperando: -1, resolveu: 2, resolveram: 2, kkkkk: 0, kkk: 0, mt: 0, rapidinho: 2, quentinha: 2, demora: -2, demorou: -2, demorado: -2, trava: -2, travando: -2, travou: -2, travamento: -2, lentidão: -2, infelizmente: -2, complicado: -2, complicada: -2, péssimo: -3, péssima: -3, cobraram: -1, cobrado: -1 },
    inflections: [['íssimos', 'o'], ['íssimas', 'o'], ['issimos', 'o'], ['issimas', 'o'], ['íssimo', 'o'], ['íssima', 'o'], ['issimo', 'o'], ['issima', 'o'], ['as', 'os'], ['as', 'o'], ['os', 'o'], ['a', 'o']],
    noVerdict: ['quero o desconto', 'quero desconto', 'não tenho tempo', 'nao tenho tempo', 'perdeu o interesse', 'perdeu interesse', 'só quero cancelar', 'quero só cancelar', 'la ainda nao', 'lá ainda não', 'já não uso', 'ja nao uso', 'não uso mais', 'nao uso mais', 'não é culpa', 'nao e culpa', 'culpa minha', 'já decidi', 'ja decidi', 'não quero pausar', 'nao quero pausar', 'não faz mais sentido', 'nao faz mais sentido', 'morreu', 'faleceu', 'mudar de cidade', 'vou mudar', 'cortou o orçamento', 'corte de orçamento', 'lesão', 'nada a ver', 'emigrar', 'emigro', 'emigrei', ...'mudei mudando morar'.split(' '), 'mudei de', 'não preciso', 'nao preciso', 'não precisamos', 'empresa fechou'],
    requests: ['dá pra', 'da pra', 'dá para', 'seria possível', 'seria possivel', 'daria para', 'dá para', 'da pra', 'gostava de poder', 'gostava que', 'gostaria', 'dava jeito', 'como faço', 'como faco', 'existe alguma', 'tem como', 'poderiam', 'podiam', 'só queria saber', 'so queria saber', 'seria útil', 'seria util', 'seria bom', 'seria ótimo', 'seria legal'],
    phrases: {'ninguem responde': -2, 'ninguém responde': -2, 'gostam imenso': 3, 'sem custo': 1.5, 'caro demais': -2.5, 'cara demais': -2.5, 'meia dúzia': -1.5, 'meia duzia': -1.5, 'até minha mãe': 2, 'ate minha mae': 2, 'ninguém merece': -2.5, 'ninguem merece': -2.5, 'é demais': -1.5, 'continuam a chegar': -2, 'não obrigado': 0, 'nao obrigado': 0, 'não obrigada': 0, 'nao obrigada': 0, 'vcs levam': -1.5, 'vocês levam': -1.5, 'voces levam': -1.5, 'vale cada centavo': 3, 'vale cada euro': 3, 'acham normal': -2, 'tudo funciona': 2, 'bem na hora': 0, 'app caiu': -2, 'site caiu': -2, 'sistema caiu': -2, 'não caiu': -2, 'nao caiu': -2, 'ficam paradas': -2, 'ficam parados': -2, 'fica parado': -2, 'fica parada': -2, 'não só': 0, 'nao so': 0, 'só se for': -2, 'so se for': -2, 'esperava pior': 2, 'podiam ter avisado': -2, 'por que eu deveria': -2, 'como novo': 2, 'como nova': 2, 'como novas': 2, 'como novos': 2, 'nota 9': 2.5, 'nota 8': 1.5, 'é normal que': -2, 'mais lento': -2, 'mais lenta': -2, 'dá erro': -2, 'da erro': -2, 'nunca esteve tão': 2, 'nunca esteve tao': 2, 'dou 10': 3, 'dou nota 10': 3, 'nunca mais': -2, 'fica carregando': -2, 'lá não tem': 0, 'la nao tem': 0, 'obrigado por nada': -2.5, 'parem de': -1.5, 'parem de mandar': -2, 'todo santo dia': -1.5, 'pagando menos': 1.5, 'pago menos': 1.5, 'aumentaram o preço': -2,  'nota 10': 3, 'nota dez': 3, 'ainda não tem': -1.5, 'ainda nao tem': -1.5, 'esperei': -1.5, 'ainda estou esperando': -2, 'continuo esperando': -2, 'para que pago': -2, 'e vcs não': -2, 'e vcs nao': -2, 'e vocês não': -2, 'quem pediu': -2, 'não acho nada': -1.5, 'nao acho nada': -1.5, 'eu fico': 2, 'curto muito': 2.5, 'resolveu o problema': 2.5, '5 estrelas': 3, 'cinco estrelas': 3, 'não responde': -2, 'nao responde': -2, 'e nada': -1, 'uma prática': 0, 'pouco claro': -1.5, 'pouco clara': -1.5, 'pouco intuitivo': -1.5, 'pouco intuitiva': -1.5, 'pouco transparente': -1.5, 'pouco prático': -1.5, 'pouco útil': -1.5, 'pouco confiável': -1.5, 'deixa a desejar': -2, 'deixa muito a': -2, 'à mão': -1, 'ninguém me avisou': -2, 'ninguem me avisou': -2, 'come a bateria': -2, 'cobrado duas vezes': -2, 'cobraram duas vezes': -2, 'show de bola': 2.5, 'top demais': 2.5, 'que legal pagar': -2, 'sem avisar': -2, 'ninguém resolve': -2, 'ninguem resolve': -2, 'cobrança duplicada': -2, 'outra vez': -1, 'de novo': -1, 'dinheiro de volta': -1.5, 'tive que': -1, 'para de mandar': -2 },
  },
  fr: {
    degree: { très: STRONG, trop: VERY, vraiment: VERY, super: 1.6, hyper: 1.6, tellement: VERY, extrêmement: 1.8, totalement: STRONG, complètement: STRONG, assez: 1.1, plutôt: 0.9, peu: MILD },
    contrast: ['dommage', 'mais', 'cependant', 'pourtant', 'toutefois', 'contre'],
    litotes: ['bugs', 'coupures', 'pubs', 'soucis', 'souci', 'mal', 'mauvais', 'mauvaise', 'terrible', 'horrible', 'problème', 'problèmes', 'déçu', 'déçue', 'redire'],
    concordOpeners: ['ne'],
    concord: ['pas', 'plus', 'jamais', 'rien', 'point', 'guère', 'aucun', 'aucune', 'personne', 'nul', 'nulle'],
    excess: ['trop de'],
    negators: [],
    plain: ['premier', 'grand', 'favoris', 'favori', 'favorite', 'favorites', 'amis', 'amies', 'ami', 'amie', 'nouveau', 'nouvelle', 'nouveaux', 'nouvelles', 'solde', 'disponible', 'disponibles', 'libre', 'frais', 'plats', 'juste', 'passe', 'aura', 'pain', 'dire', 'rose', 'plus', 'tout', 'tous', 'toute', 'final', 'droit', 'moyen', 'passé', 'grave', 'vieux'],
    words: {'chapeau': 2.5, 'harcèlement': -3, 'harcelement': -3, moderne: 1.5, économise: 1.5, économisé: 1.5,  énième: -1.5, résolu: 2, bluffant: 3, bluffante: 3, inutilisable: -3, amende: -1.5, transparent: 1, argent: 0, désabonne: -1.5, désabonner: -1.5, illisible: -2, arrêtez: -2, arretez: -2, réglé: 2, coupure: -2, coupures: -2, rembourser: -1, remboursez: -1, redire: -2, inadmissible: -3, plante: -2, honte: -2, abusé: -2, résilie: -2, résilié: -2, top: 2, bcp: 0, maj: 0, nul: -3, nulle: -3, plantage: -2, plantages: -2, beugue: -2, lenteur: -2, lenteurs: -2, galère: -2, compliqué: -2, compliquée: -2, débité: -1, prélevé: -1 },
    inflections: [],
    questions: 'pourquoi'.split(' '),
    noVerdict: ['pour juger', 'ne souhaite pas', 'souhaite pas', 'pas besoin', 'on a fermé', 'fermé le', 'fermé mon', 'fermé notre', 'préfère résilier', 'préfère juste résilier', 'pas votre faute', 'ma faute', 'je préfère arrêter', 'pas encore de avis', 'première utilisation', 'plus nécessaire', 'décès', 'faire des économies', 'est décédé', 'est mort', 'arrêté mon', 'blessure', 'budget coupé', 'rien à voir', ...'télétravail teletravail déménagé déménage déménager déménagement rachetée racheté vivre'.split(' '), 'plus besoin', 'grand chose à', 'gelé', 'patron a gelé'],
    requests: ['aimerais', 'voudrais', 'comment faire', 'comment je peux', 'est il possible', 'je voulais juste', 'pourriez vous', 'serait top', 'ce serait', 'serait bien', "j'aimerais"],
    phrases: {'perte de temps': -2.5, 'rien ne marche': -2.5, 'sans internet': 0, 'pas mal long': -2, 'jours pour avoir': -2, 'semaines pour avoir': -2, 'sans discuter': 1.5, 'message automatique': -1.5, 'eux au moins': -2, 'au moins eux': -2, 'moins pratique': -1.5, 'moins bien': -1.5, 'moins intuitif': -1.5, 'moins clair': -1.5, 'moins lisible': -1.5, 'où sont passés': -1, 'arrêté de charger': -2, 'arrêté de fonctionner': -2, 'son propre': 0, 'sa propre': 0, 'mon propre': 0, 'ma propre': 0, 'leur propre': 0, 'trouvez ça normal': -2, 'trouvez ca normal': -2, 'tout marche': 2, 'tout fonctionne': 2, 'personne voit': -2, 'personne ne voit': -2, 'sert à quoi': -2, 'sert a quoi': -2, 'attendais à pire': 2, 'auriez pu prévenir': -2, 'pourquoi je devrais': -2, 'comme neuf': 2, 'comme neufs': 2, 'comme neuve': 2, 'non merci': 0, 'est normal que': -2, 'être plus tard': 0, 'pars sur': -1.5, 'passe chez': -1.5, 'merci du cadeau': -2, 'bonne continuation': 0,  'toujours pas': -1.5, 'ai attendu': -1.5, 'attends toujours': -2, 'toujours en attente': -2, 'à quoi bon': -2, 'et vous non': -2, 'qui a demandé': -2, 'résolu le problème': 2.5, '5 étoiles': 3, 'cinq étoiles': 3, 'répond pas': -2, 'écran blanc': -2, 'peu clair': -1.5, 'peu claire': -1.5, 'peu pratique': -1.5, 'peu intuitif': -1.5, 'peu intuitive': -1.5, 'peu fiable': -1.5, 'peu aimable': -1.5, 'peu transparent': -1.5, 'laisse à désirer': -2, 'à la main': -1, 'débité deux fois': -2, 'prélevé deux fois': -2, 'mange la batterie': -2, 'merci pour rien': -2.5, 'du vol': -2, 'la honte': -2, 'sans prévenir': -2, 'sans prevenir': -2, 'encore une fois': -1, 'pars chez': -1.5 },
  },
  de: {
    degree: { sehr: STRONG, total: STRONG, extrem: 1.8, wirklich: VERY, echt: VERY, ziemlich: 1.2, richtig: 1.3, besonders: VERY, absolut: 1.6, super: 1.6, zu: VERY, etwas: MILD },
    contrast: ['aber', 'jedoch', 'allerdings', 'trotzdem'],
    litotes: ['abstürze', 'fehler', 'schlecht', 'schlimm', 'übel', 'furchtbar', 'schrecklich', 'problem', 'probleme', 'auszusetzen'],
    concordOpeners: [],
    concord: [],
    excess: ['zu viele', 'zu viel'],
    negators: ['ohne', 'nichts'],
    plain: ['fertig', 'smart', 'freunde', 'freundin', 'freundinnen', 'neu', 'neue', 'neuen', 'neues', 'neuer', 'verfügbar', 'frei', 'handy', 'die', 'war', 'kind', 'fast', 'bad', 'dick', 'lag', 'ende', 'unten', 'heben', 'weise', 'fest', 'nah'],
    words: {'unverschämt': -2.5, 'unverschaemt': -2.5, 'nerven': -2.5, 'frisch': 1.5, 'welk': -2, 'wechsle': -1.5, 'kinderleicht': 3, 'stark': 2, 'verliert': -2, 'geholfen': 2, 'erledigt': 1.5, preiserhöhungen: -2, preiserhöhung: -2, modern: 1.5, leiwand: 2.5, spart: 1.5, gespart: 1.5,  gewartet: -1.5, gerne: 1.5, albtraum: -3, lecker: 2, gelöst: 2, behoben: 2, stört: -1.5, händisch: -1, warteschleife: -1.5, aufgelegt: -2, transparent: 1, musste: -1, geld: 0, frisst: -2, friert: -2, unbenutzbar: -3, unlesbar: -2, kündigen: -1, kündige: -1, witz: -2, kalt: -1, unschlagbar: 3, nee: -1, gebühr: -1, fummelig: -1.5, frech: -2, nix: -1, storniert: -1, auszusetzen: -2, schön: 2, leider: -1, langsam: -2, werbung: -1, übersichtlicher: 2, gewechselt: -2, passt: 2, top: 2, dauert: -1, schrecklich: -3, stürzt: -2, abgestürzt: -2, abstürze: -2, ewig: -1, ruckelt: -2, nervig: -2, nervt: -2, unübersichtlich: -2, kompliziert: -2, umständlich: -2, abgebucht: -1 },
    inflections: [['en', ''], ['em', ''], ['er', ''], ['es', ''], ['e', '']],
    questions: 'warum wieso weshalb'.split(' '),
    noVerdict: ['zieh nächsten', 'ziehe nach', 'ziehen nach', 'brauch ich nicht', 'brauch die app', 'brauche die app', 'bei meiner ex', 'mietwohnung', 'darf ich kein', 'wenn ich kündige', 'falls ich kündige', 'braucht keinen', 'kein interesse', 'nicht eure schuld', 'meine schuld', 'kein bedarf', 'gestorben', 'verstorben', 'brauchen wir nicht mehr', 'brauche ich nicht mehr', 'budget gekürzt', 'verletzung', ...'aufgelöst umgezogen ziehe umziehen eingefroren chefsache arbeitgeber'.split(' '), 'nichts sagen', 'besonderer grund'],
    requests: ['gibt es die', 'gibt es das', 'gibt es auch', 'hätte gern', 'wünsche mir', 'wie kann ich', 'wie richte ich', 'wie kann man', 'gibt es eine', 'gibt es einen', 'wäre schön', 'wäre toll', 'wäre gut', 'bitte'],
    phrases: {'kann das besser': -2, 'können das besser': -2, 'wo ist bitte': -1.5, 'das doppelte': -2, 'sind genau': 2, 'ist genau': 1.5, 'niemand erreichbar': -2, 'kam nicht': -2, 'echt genau': 2, 'sehr genau': 2, 'ziemlich genau': 2, 'echt jetzt': -1.5, 'nachrichten am tag': -1.5, 'mails am tag': -1.5, 'sogar meine oma': 2, 'sogar meine mutter': 2, 'selbst meine oma': 2, 'zu kurz': -1.5, 'viel zu kurz': -2, 'lief glatt': 2, 'höher als das': -2, 'ihr das normal': -2, 'alles funktioniert': 2, '0 antworten': -2, 'seit ner halben': -1.5, 'seit einer halben': -1.5, 'in der warteschlange': -1.5, 'hört auf': -2, 'hört endlich auf': -2, 'hatte angst': 0, 'hatte echt angst': 0, 'nicht gedacht': 1.5, 'schlimmer erwartet': 2, 'warum sollte ich': -2, 'wie neu': 2, 'nein danke': 0, 'aber nein': 0, 'ist es normal': -2, 'so muss das': 2.5, 'nicht mehr sehen': -2, 'gibts euch leider nicht': 0, 'gibt es euch leider nicht': 0, 'gibts euch nicht': 0, 'wäre cool': 0, 'waere cool': 0, 'merci vielmal': 2,  'immer noch kein': -1.5, 'immer noch keine': -1.5, 'an den absender': -1.5, 'warte immer noch': -2, 'gerne mehr': 2, 'gerne wieder': 2, 'und ihr nicht': -2, 'ich bleibe': 2, 'problem gelöst': 2.5, '5 sterne': 3, 'fünf sterne': 3, 'antwortet nicht': -2, 'keine antwort': -2, 'was mich stört': -1.5, 'einfach weg': -2, 'doppelt abgebucht': -2, 'zweimal abgebucht': -2, 'danke für nichts': -2.5, 'noch fragen': -1.5, 'ohne vorwarnung': -2, 'schon wieder': -1.5 },
  },
  it: {
    degree: { molto: STRONG, troppo: VERY, davvero: VERY, veramente: VERY, super: 1.6, estremamente: 1.8, proprio: 1.3, tanto: 1.3, così: 1.3, assai: STRONG, abbastanza: 1.1, poco: 0.6 },
    contrast: ['ma', 'però', 'tuttavia', 'eppure', 'peccato'],
    litotes: ['interruzioni', 'errori', 'intoppi', 'male', 'cattivo', 'cattiva', 'brutto', 'brutta', 'terribile', 'orribile', 'problema', 'problemi'],
    concordOpeners: ['non'],
    concord: ['mai', 'niente', 'nulla', 'nessun', 'nessuno', 'nessuna', 'più', 'affatto', 'mica', 'né'],
    excess: [],
    negators: ['senza', 'nessun', 'nessuno', 'nessuna'],
    plain: ['esattamente', 'pratica', 'normale', 'serie', 'pure', 'amici', 'amiche', 'automatico', 'pieno', 'vecchia', 'vecchie', 'vecchi', 'nuovo', 'nuova', 'nuovi', 'nuove', 'saldo', 'disponibile', 'disponibili', 'libero', 'libera', 'vecchio', 'ancora', 'ha', 'tipo', 'sito', 'scena', 'gioco', 'moto', 'peso', 'fondo', 'pollo', 'rete', 'qui', 'quasi', 'meno', 'tanto', 'molti', 'tutte', 'umano', 'pena', 'fine', 'mix', 'merce'],
    words: {'migliorato': 2, 'figo': 2, 'figa': 2, 'fighissimo': 3, 'incubo': -3, 'mollato': -2, 'lode': 2, interrompe: -1.5, fixate: -1, benissimo: 3, ottimamente: 3, moderno: 1.5, piace: 2, piacciono: 2, piaciuto: 2, piaciuta: 2, rotellina: -1.5, triplicata: -1.5, triplicato: -1.5, raddoppiata: -1.5, raddoppiato: -1.5, risparmio: 1.5, risparmiato: 1.5,  ennesimo: -1.5, ennesima: -1.5, risolto: 2, lento: -2, lenta: -2, lenti: -2, comoda: 2, comodo: 2, multa: -1.5, transparente: 1, trasparente: 1, soldi: 0, cadono: -2, cade: -2, complimenti: 2, accetto: 2, scomodo: -2, scomoda: -2, illeggibile: -2, disdico: -1, disdiciamo: -1, comodissima: 3, comodissimo: 3, sporche: -2, sporca: -2, sporchi: -2, ripresenti: -1.5, ripresenta: -1.5, crasha: -2, basta: -2, palle: -3, ritardo: -2, faccia: 0, attesa: -1, top: 2, blocca: -2, bloccata: -2, lentezza: -2, lentissima: -3, lentissimo: -3, complicato: -2, complicata: -2, addebitato: -1, addebitati: -1 },
    inflections: [['issimo', 'o'], ['issima', 'o'], ['issimi', 'o'], ['issime', 'o'], ['issimo', 'e'], ['issima', 'e'], ['issimi', 'e'], ['issime', 'e'], ['a', 'o'], ['e', 'o'], ['i', 'o']],
    noVerdict: ['riabbono', 'mi riabbono', 'finito il campionato', 'non ho più', 'non ho piu', 'rubata', 'rubato', 'preferisco disdire', 'preferisco annullare', 'non è colpa', 'non e colpa', 'colpa mia', 'ho già deciso', 'ne basta', 'è morto', 'è morta', 'ci trasferiamo', 'trasferiamo', 'infortunio', 'ce entra niente', 'entra niente', 'bloccato il budget', 'budget bloccato', 'mio capo ha', ...'chiudiamo chiudo chiuso trasferito trasferisco trasloco'.split(' '), 'non mi serve', 'più bisogno', 'budget tagliato', 'avuto bisogno'],
    requests: ['vorrei poter', 'vorrei', 'esiste una', 'esiste un', 'come faccio', 'come posso', 'sarebbe bello', 'sarebbe utile', 'sarebbe top'],
    phrases: {'solo in inglese': -1.5, 'risposte automatiche': -1.5, 'schermata nera': -2, 'aspettavo di più': -2, 'aspettavo di piu': -2, 'per la pausa': 0, 'vale la pena': 2, 'sempre pieni': -1.5, 'sempre piene': -1.5, 'davvero pensate': -2, 'per quel prezzo': -1.5, 'aver cancellato tutti': -2, 'aver cancellato tutto': -2, 'senza storie': 2, 'presa in giro': -2.5, 'mi ha cancellato': -2, 'app ha cancellato': -2, 'ha cancellato tutte': -2, 'ha cancellato tutti': -2, 'fa il suo dovere': 2, 'consumo meno': 2, 'son tanti': -1.5, 'sono tanti': -1.5, 'vi pare normale': -2, 'vi sembra normale': -2, 'ti pare normale': -2, 'tutto funziona': 2, 'non è niente male': 2.5, 'non era niente male': 2.5, 'aspettavo peggio': 2, 'pensavo peggio': 2, 'potevate anche dirmelo': -2, 'potevate dirmelo': -2, 'no grazie': 0, 'non mi interessa': 0, 'perché dovrei': -2, 'voto 9': 2.5, 'voto 8': 1.5, 'un affare': 2, 'come nuovi': 2, 'come nuovo': 2, 'come nuova': 2, 'come nuove': 2, 'non corrispondono': -1.5, 'grazie ma no': 0, 'è normale che': -2, 'niente male': 2.5, 'va e viene': -2, 'ancora niente': -1.5, 'si interrompe': -2, 'nulla contro': 0, 'perso il lavoro': 0, 'un 10': 3, 'voto 10': 3, 'una vita': -1.5, 'aumentato il prezzo': -2, 'aumentato i prezzi': -2, 'senza nemmeno avvisare': -2,  'grazie eh': -2, 'ho aspettato': -1.5, 'sto ancora aspettando': -2, 'ancora aspettando': -2, 'a che serve': -2, 'e voi no': -2, 'chi ha chiesto': -2, 'rimango': 2, 'risolto il problema': 2.5, 'passato a': -1.5, 'passata a': -1.5, '5 stelle': 3, 'cinque stelle': 3, 'non risponde': -2, 'bello pagare': -2, 'bello aspettare': -2, 'poco chiaro': -1.5, 'poco chiara': -1.5, 'poco intuitivo': -1.5, 'poco intuitiva': -1.5, 'poco pratico': -1.5, 'poco pratica': -1.5, 'poco utile': -1.5, 'poco affidabile': -1.5, 'poco trasparente': -1.5, 'lascia a desiderare': -2, 'bella roba': -2, 'ma dai': -1.5, 'a mano': -1, 'addebitato due volte': -2, 'mangia la batteria': -2, 'ci ho messo': -1.5, 'nessuno mi ha': -1.5, 'siete seri': -2, 'grazie per niente': -2.5, 'senza avvisare': -2, 'di nuovo': -1, 'ancora una volta': -1, 'ho dovuto': -1, 'e lode': 3 },
  },
  nl: {
    degree: { erg: STRONG, heel: STRONG, zeer: STRONG, echt: VERY, super: 1.6, enorm: 1.7, ontzettend: 1.7, vreselijk: 1.6, best: 1.1, te: VERY, extreem: 1.8, behoorlijk: 1.2, beetje: MILD },
    contrast: ['maar', 'echter', 'toch'],
    litotes: ['slecht', 'slechte', 'verschrikkelijk', 'vreselijk', 'probleem', 'problemen'],
    concordOpeners: [],
    concord: [],
    excess: ['te veel'],
    negators: ['zonder', 'geen'],
    plain: ['die', 'kind', 'bad', 'want', 'naar', 'zeer', 'net', 'enig', 'waar', 'laat', 'open', 'naast', 'nader', 'min', 'ver', 'links', 'best', 'zeker'],
    words: { crasht: -2, gecrasht: -2, vastloopt: -2, vastgelopen: -2, helaas: -2, traagheid: -2, storing: -2, storingen: -2, foutmelding: -2, ingewikkeld: -2, onoverzichtelijk: -2, afgeschreven: -1 },
    inflections: [['e', '']],
    questions: 'waarom'.split(' '),
    noVerdict: 'verhuisd verhuizen'.split(' '),
    requests: ['zou fijn', 'graag'],
  },
}
