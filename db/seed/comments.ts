// Comment bank for the demo workspace: what real customers of an analytics SaaS write, by topic
// and mood, in English, Simplified and Traditional Chinese, and a few in Spanish, French and German (the
// languages with word lists of their own get a best effort). Includes themes no default topic
// covers (dark mode, mobile app, Salesforce sync) so emerging themes have something to find.
export type Mood = 'neg' | 'pos' | 'mixed'

export type CommentLocale = 'en' | 'zh-Hans' | 'zh-Hant' | 'es' | 'fr' | 'de'

export const COMMENTS: Record<CommentLocale, Record<Mood, string[]>> = {
  en: {
    neg: [
      'Way too expensive for what we get, the price went up again this year.',
      'The new pricing is hard to justify for a team our size.',
      'I was charged twice this month and nobody explained the invoice.',
      'Billing is a mess, the invoice never matches our seat count.',
      'Support took four days to answer a simple question.',
      'Support is slow and the answers are copy-pasted from the docs.',
      'The dashboard crashed twice during our board meeting. Not acceptable.',
      'We lost a week of data after the outage and got no explanation.',
      'Reports are so slow, loading a chart takes forever.',
      'The app is really slow with more than ten widgets on a page.',
      'The interface is confusing, I never find the export button.',
      'Too complicated to set up filters, my team gave up.',
      'Still no Salesforce sync, we have to export CSVs by hand every week.',
      'Missing a proper API for custom events, that is a deal breaker.',
      'Onboarding was rough, the docs are outdated and the setup guide skips steps.',
      'Way too many emails and notifications, I unsubscribed from everything.',
      'We are moving to Mixpanel, it simply does more for the same price.',
      'Honestly Amplitude does this better and cheaper.',
      'Please add a dark mode, staring at the white dashboard at night hurts.',
      'No mobile app, so I cannot check numbers on the go.',
      'The Salesforce sync keeps failing and support has no idea why.',
      'Login with SSO breaks every few days, really frustrating.',
      'Not worth the money anymore.',
      'Exports time out on anything bigger than a month of data.',
    ],
    pos: [
      'Love the new reports page, it saves me an hour every Monday.',
      'Support was fantastic, Maria fixed our tracking in minutes.',
      'Super easy to set up, we had our first dashboard in ten minutes.',
      'Fast, reliable and the charts look great.',
      'Great value for the price compared to what we used before.',
      'The funnels feature is excellent, our PMs live in it.',
      'Really intuitive, even our sales team uses it without training.',
      'Best analytics tool we have tried, keep it up!',
      'The onboarding call was really helpful.',
      'Solid product, rarely any downtime.',
      'Dark mode would make it perfect, otherwise I love it.',
    ],
    mixed: [
      'The product is great but the price is too high for small teams.',
      'Charts are beautiful, but support is slow to respond.',
      'Easy to use, but it crashes when I open big reports.',
      'Not bad overall, but I wish the exports were faster.',
      'The price is ok but support is slow.',
    ],
  },
  'zh-Hans': {
    neg: [
      '价格太贵了，今年又涨价，性价比很低。',
      '这个月被重复扣费，发票也对不上。',
      '客服回复太慢了，等了三天才有人理。',
      '报表加载特别慢，打开一个图表要等好久。',
      '昨天系统崩溃了两次，数据还丢了一部分。',
      '界面太复杂，找不到导出按钮。',
      '一直没有和 Salesforce 同步的功能，每周都要手动导出。',
      '文档太旧了，新手根本不会设置。',
      '邮件和通知太多了，很烦。',
      '我们准备换成神策了，功能更全。',
      '希望能有深色模式，晚上看太刺眼。',
      '没有手机应用，出门没法看数据。',
      '不是不好用，就是太贵了。',
      '导出数据经常超时，很影响工作。',
    ],
    pos: [
      '新的报表页面很好用，节省了很多时间。',
      '客服非常专业，几分钟就解决了问题。',
      '上手很快，十分钟就做好了第一个仪表板。',
      '系统稳定，速度也快，非常满意。',
      '性价比很高，比之前用的工具好多了。',
      '界面简洁直观，团队都很喜欢。',
    ],
    mixed: [
      '产品不错，但是价格有点贵。',
      '图表很漂亮，就是加载太慢了。',
      '功能挺全的，不过客服响应慢。',
      '新版界面很好看，就是希望加个深色模式。',
    ],
  },
  'zh-Hant': {
    neg: [
      '價格太貴了，今年又漲價。',
      '客服回覆太慢了，等了好幾天。',
      '報表載入非常慢，常常要等很久。',
      '系統當機了兩次，資料還遺失了。',
      '介面太複雜，找不到匯出按鈕。',
      '希望能有深色模式，晚上看太刺眼。',
      '通知和郵件太多了。',
      '沒有手機應用程式，很不方便。',
    ],
    pos: [
      '新的報表頁面很好用，節省很多時間。',
      '客服非常專業，很快就解決了問題。',
      '上手很快，介面直觀，非常滿意。',
      '系統穩定，速度也快。',
    ],
    mixed: [
      '產品不錯，但是價格有點貴。',
      '功能很完整，不過載入太慢了。',
    ],
  },
  es: {
    neg: [
      'Es demasiado caro para un equipo pequeño, y el precio sube cada año.',
      'El soporte tarda días en responder.',
      'Los informes son muy lentos, un gráfico tarda una eternidad en cargar.',
      'La aplicación no funciona nunca después de la actualización.',
      'Me cobraron dos veces este mes y nadie me explica la factura.',
      'Falta el modo oscuro, por la noche la pantalla molesta.',
    ],
    pos: [
      'Me encanta el nuevo panel, nos ahorra mucho tiempo.',
      'El soporte es excelente, resolvieron todo en minutos.',
      'Muy fácil de usar, el equipo lo adoptó en una semana.',
    ],
    mixed: [
      'No está mal, pero es bastante caro.',
      'Los gráficos son muy buenos, aunque cargan lento.',
    ],
  },
  fr: {
    neg: [
      "C'est beaucoup trop cher pour ce que c'est, et le prix augmente encore.",
      'Le support ne répond jamais à nos messages.',
      "Les rapports sont très lents, l'application rame dès qu'on ajoute des graphiques.",
      "Depuis la mise à jour, l'exportation plante tout le temps.",
      "L'interface est compliquée, je ne trouve pas le bouton d'export.",
      'Il manque un mode sombre, le soir l’écran fait mal aux yeux.',
    ],
    pos: [
      "Très bon outil, toute l'équipe l'utilise chaque jour.",
      'Le support est rapide et efficace, merci !',
      'Prise en main facile, le premier tableau de bord en dix minutes.',
    ],
    mixed: [
      "Ce n'est pas mal, mais c'est un peu cher.",
      'Les graphiques sont superbes, mais le chargement est lent.',
    ],
  },
  de: {
    neg: [
      'Viel zu teuer für ein kleines Team, und der Preis steigt jedes Jahr.',
      'Die Berichte laden ewig, die App hängt sich ständig auf.',
      'Seit dem Update stürzt die App beim Öffnen dauernd ab.',
      'Zu viele E-Mails, bitte weniger Benachrichtigungen.',
      'Ich kenne mich in den Einstellungen überhaupt nicht aus.',
    ],
    pos: [
      'Die neuen Dashboards sind super, die App spart uns viel Zeit.',
      'Der Support war toll und hat alles in Minuten gelöst.',
      'Sehr einfach zu bedienen, das Team nutzt es jeden Tag.',
    ],
    mixed: [
      'Die App ist gut, aber leider ziemlich teuer.',
      'Tolle Berichte, aber sie laden zu langsam.',
    ],
  },
}

/**
 * The demo's story for emerging themes: last month's release broke the Salesforce sync, a rival's
 * launch has customers asking for a mobile app, and the redesign's bright screens brought requests
 * for a dark mode in Chinese. These answers appear only in the last RISING_DAYS days, and often.
 */
export const RISING_DAYS = 30
const RISING = new Set([
  'No mobile app, so I cannot check numbers on the go.',
  'The Salesforce sync keeps failing and support has no idea why.',
  '希望能有深色模式，晚上看太刺眼。',
  '新版界面很好看，就是希望加个深色模式。',
])

/** The bank an answer `daysAgo` picks from: no rising answers before RISING_DAYS, twelve times as likely after. */
export function commentBank(locale: CommentLocale, mood: Mood, daysAgo: number): string[] {
  const bank = COMMENTS[locale][mood]
  if (daysAgo >= RISING_DAYS) return bank.filter((c) => !RISING.has(c))
  const rising = bank.filter((c) => RISING.has(c))
  return [...bank, ...Array<string[]>(11).fill(rising).flat()]
}
