// The competitor topic from rivals the sentiment rules read, and from names compared with.
import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'
import { DEFAULT_TAXONOMY } from './taxonomy.ts'

const ids = (t: string) => analyzeText(t).topics.map((x) => x.id)
const label = (t: string) => analyzeText(t).sentiment.label

describe('a rival named, with no keyword for it', () => {
  it('files a rival offering what we charge for, or chosen over us, under competitor with the words that said so', () => {
    for (const t of ['thanks but no, Asana does what we need out of the box', 'netflix has more stuff for less money', "We're moving to Qualtrics next quarter", 'Going with HubSpot since we already pay for it'])
      expect(ids(t), t).toContain('competitor')
    const asana = analyzeText('thanks but no, Asana does what we need').topics.find((x) => x.id === 'competitor')!
    expect(asana.matches).toEqual(['asana does what we need'])
    expect(asana.confidence).toBeGreaterThan(0.5)
  })
  it('files a name compared with, in English and Chinese, and not the past, oneself or a measure', () => {
    for (const t of ['Much easier than Notion for this', 'cheaper than Stripe', '比淘宝好用，搜东西更准', '同一家店比饿了么贵了三块钱', '比 Uber 貴又叫不到車', '比随手记简洁多了'])
      expect(ids(t), t).toContain('competitor')
    for (const t of ['better than I expected', 'Way better than my old bank... wait, no', '比以前好用多了', '比我想象的好用', '比较贵', '比上次慢', '比 app 好用'])
      expect(ids(t), t).not.toContain('competitor')
  })
  it('adds nothing where the workspace has no competitor topic', () => {
    const taxonomy = DEFAULT_TAXONOMY.filter((t) => t.id !== 'competitor')
    expect(analyzeText('Asana does what we need', { taxonomy }).topics.map((x) => x.id)).not.toContain('competitor')
  })
})

describe('rivals the workspace names in its competitor topic', () => {
  const taxonomy = DEFAULT_TAXONOMY.map((t) => (t.id === 'competitor' ? { ...t, keywords: [...t.keywords, 'Delighted', 'Google Forms', '问卷星', '腾讯问卷'] } : t))
  const read = (t: string) => analyzeText(t, { taxonomy }).sentiment.label
  it('reads what a named rival offers or does better as a complaint, though its name is a word of praise', () => {
    for (const t of ['Delighted does the same thing for half the price', 'Delighted has much better reporting', 'Google Forms does all of this for free', '腾讯问卷免费就能做这些', '问卷星都有这个功能了', '问卷星更便宜'])
      expect(read(t), t).toBe('negative')
    // Without the workspace's names these are no complaint.
    expect(label('Delighted does the same thing for half the price')).not.toBe('negative')
    expect(label('腾讯问卷免费就能做这些')).toBe('neutral')
  })
  it('keeps the word of praise where it is not written as a name, and us compared with the rival or chosen over it', () => {
    for (const t of ['I am delighted', 'delighted with the new dashboard', '比问卷星好用多了', '从问卷星迁移过来一下午就搞定了', '免费就能用，很良心'])
      expect(read(t), t).toBe('positive')
    // Nor is the word of praise the competitor topic, where the name written Capitalised is.
    for (const t of ['I am delighted', 'delighted with the new dashboard']) expect(analyzeText(t, { taxonomy }).topics.map((x) => x.id), t).not.toContain('competitor')
    expect(analyzeText('Delighted has much better reporting', { taxonomy }).topics.map((x) => x.id)).toContain('competitor')
  })
})

describe('a move to a place', () => {
  it('is no rival and no verdict, where a move to a name is leaving', () => {
    for (const t of ["thanks for the offer but i'm moving to Germany next month", 'moving to London for work, no longer need it']) {
      expect(analyzeText(t).sentiment.label, t).toBe('neutral')
      expect(ids(t), t).not.toContain('competitor')
    }
    expect(label("We're moving to Qualtrics next quarter")).toBe('negative')
    expect(ids("We're moving to Qualtrics next quarter")).toContain('competitor')
  })
})

describe('a rival weighed against us', () => {
  it('files one looked at, beaten, undercut or moved everyone to under competitor', () => {
    for (const t of ["We're looking at PandaDoc now.", 'the price beat Allstate by about $200', 'Found the same cover with Geico for way less.', 'My company is switching everyone to Adobe Sign, not my call.'])
      expect(ids(t), t).toContain('competitor')
    // A place looked at is no rival.
    expect(ids('I looked at Paris on the map')).not.toContain('competitor')
  })
})

describe('a rival named in Chinese', () => {
  it('files a switch decided to a Chinese name, or a Latin name compared with 同/跟 … 比, under competitor', () => {
    for (const t of ['准备全换米家了', '钱是退了，但这体验谁还想用，已经换高德了。', '同uber比貴咗成倍，仲點搭啊', '续费涨价40%，跟Moka比已经没价格优势了'])
      expect(ids(t), t).toContain('competitor')
    // What people change that is no rival: a room, a teacher.
    for (const t of ['已经换房间了', '我们已经换老师了']) expect(ids(t), t).not.toContain('competitor')
    expect(label('准备全换米家了')).toBe('negative')
  })
})

describe('a rival written in lower case', () => {
  it('files an unknown, uninflected word compared with or imported from under competitor', () => {
    for (const t of ['so slow compared to asana, every click is a spinner', 'better than notion for client work', "autofill is way better than bitwarden's", 'is there a guide for importing from trello?'])
      expect(ids(t), t).toContain('competitor')
    // English words, inflected words and file formats are no rivals.
    for (const t of ['better than anticipated', 'way better than i thought', 'import from csv was painless']) expect(ids(t), t).not.toContain('competitor')
  })
})

describe('a sum of money', () => {
  it('files a quoted price under pricing where no keyword named pricing or billing, and not a weight', () => {
    for (const t of ['R299 a month for 2 tutor sessions? ja no', 'went from £39 to £47 a week and nobody told me??', '课是好课，4999元一学期']) expect(ids(t), t).toContain('pricing')
    expect(ids('lost 20 pounds')).not.toContain('pricing')
    expect(analyzeText('R299 a month for 2 tutor sessions?').topics.find((x) => x.id === 'pricing')!.matches).toEqual(['R299'])
  })
})

describe('a rival written in lower case that ends in s', () => {
  it('is still a name when only its s stems away and what is left is no word', () => {
    expect(ids('tbf better than telus ever was')).toContain('competitor')
    expect(ids('better than others')).not.toContain('competitor')
  })
})

describe('a rival compared with in the other languages', () => {
  it('files a name after a comparative and its "than" or "of" under competitor, not a plain word after "plus de"', () => {
    for (const t of ['franchement bcp mieux que duolingo pour la grammaire', "Molto meglio dell'app di Trenitalia", 'Mucho más fácil que la app de Renfe', 'Melhor que o Mercado Livre pra achar coisa importada'])
      expect(ids(t), t).toContain('competitor')
    for (const t of ['plus de temps pour moi', 'mejor que antes']) expect(ids(t), t).not.toContain('competitor')
  })
  it('files a price written before the euro sign or as a cut under pricing', () => {
    expect(ids('xq me cobrais 2,99 de envio si el pedido pasa de 15€?')).toContain('pricing')
    expect(ids("J'ai accepté l'offre à -50% pendant 3 mois")).toContain('pricing')
  })
})

describe('a name that offers what we charge for', () => {
  it('files a name that has, does, gives or costs something under competitor, in any case', () => {
    for (const t of ['$99/yr is wild when YNAB costs about the same', 'pricing jumps from free to $250/mo at 10k MAU. clerk has a middle tier, just saying', 'kids love the chore list. but greenlight does the same thing plus a debit card for less'])
      expect(ids(t), t).toContain('competitor')
  })
  it('does not file a thing of ours, a thing that has been broken or a budget frozen', () => {
    for (const t of ['the sync has been broken for 2 weeks', 'Your unsubscribe link doesnt work', 'Boss has frozen all software spend till Q3']) expect(ids(t), t).not.toContain('competitor')
  })
  it('finds rivals where things are done elsewhere, switched from, or compared in the other languages', () => {
    for (const t of ['Bij Picnic is de bezorging gratis, hier betaal ik €4,95.', 'Mudei da Fidelidade para vocês e poupei quase 200€ por ano.', 'Läuft stabiler als Teams und die Tonqualität ist deutlich besser.'])
      expect(ids(t), t).toContain('competitor')
    for (const t of ['Bei der Anmeldung hängt die App', 'Bei der Arbeit nutze ich es täglich']) expect(ids(t), t).not.toContain('competitor')
  })
  it('finds an app named after a business, a rival gone with or given by work', () => {
    for (const t of ['i use it alongside the Peloton app for strength stuff', 'Work gave us Toggl so I don\'t need two', "we're going with salesforce because the parent company uses it"])
      expect(ids(t), t).toContain('competitor')
    for (const t of ['the desktop app keeps logging me out', 'the reader app eats my battery']) expect(ids(t), t).not.toContain('competitor')
  })
  it('does not make a rival of a place, a home or a relative\'s account one moves or switches to', () => {
    for (const t of ["Moving back to Accra next month so I won't be needing the plan anymore.", "Just switching to my partner's account", "we're moving to a flat with the heating included"])
      expect(ids(t), t).not.toContain('competitor')
    for (const t of ['switching to Asana next month', 'moved to my old bank, cheaper']) expect(ids(t), t).toContain('competitor')
  })
})

describe('a name compared with, and a feature said to be missing (h76/h77, read once scored)', () => {
  it('files a Capitalised name after "compared to" under competitor even when it is also a word, but not a time', () => {
    expect(ids('Good prices on audiobooks compared to Audible')).toContain('competitor')
    expect(ids('much faster compared to Last year')).not.toContain('competitor')
    expect(ids('題目質素唔錯，不過啲解說冇其他app咁詳細')).toContain('competitor')
    expect(ids('隔壁房间太吵了')).not.toContain('competitor')
  })
  it('reads a system "not supporting" something as a missing feature, not support', () => {
    const topics = ids('Your system is not supporting multi-state payroll')
    expect(topics).toContain('missing_feature')
    expect(topics).not.toContain('support')
  })
})

describe('requests that name a feature (a QA pass as a product team)', () => {
  it('files a Chinese offline mode under missing feature, not reliability, and a request for it reads neutral', () => {
    for (const t of ['希望增加离线模式', '离线模式什么时候上线？', '希望尽快推出离线模式']) {
      expect(ids(t), t).toContain('missing_feature')
      expect(ids(t), t).not.toContain('reliability')
      expect(label(t), t).toBe('neutral')
    }
    expect(ids('app老是离线，消息收不到')).toContain('reliability')
  })
  it('reads an integration people use as no request, and "nobody told us" as communication', () => {
    expect(ids('Absolutely love the Slack integration, it saves us hours')).not.toContain('missing_feature')
    expect(ids('Would love an integration with HubSpot')).toContain('missing_feature')
    expect(ids('Zapier support would be huge for us.')).toEqual(['missing_feature'])
    const told = ids('The price went up 40% and nobody told us we would be charged more')
    expect(told).toContain('communication')
    expect(told).not.toContain('onboarding')
  })
})

describe('rivals named as customers write them (read from h78)', () => {
  const competitor = (t: string) => analyzeText(t).topics.some((x) => x.id === 'competitor')
  it('finds a name led by a digit after "than", things of ours moved to a name, and a site by its address compared', () => {
    for (const t of ['pricier than 1password for the same thing', 'moving our newsletters to beehiiv next month', 'Expedia.com had the same flight cheaper']) expect(competitor(t), t).toBe(true)
  })
  it('leaves a city moved to, a count run into its unit and an email address alone', () => {
    for (const t of ['moved to bristol so cancelling', 'done in less than 5mins', 'write to help@acme.com, it is quicker']) expect(competitor(t), t).toBe(false)
  })
})
