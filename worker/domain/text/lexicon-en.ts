import { AFINN_BY_SCORE } from './lexicon-en-afinn.ts'
import { INFORMAL_PHRASES, INFORMAL_WORDS } from './lexicon-en-informal.ts'

// Product-feedback words AFINN lacks or scores for tweets rather than reviews (our own list).
const FEEDBACK_WORDS: Record<string, number> = {
  slow: -2, slower: -2, downtime: -2, sluggish: -2, laggy: -2, lag: -2, lags: -2, buggy: -2, bug: -1, bugs: -1, glitch: -2, glitchy: -2,
  crash: -2, crashes: -2, crashed: -2, crashing: -2, freezes: -2, froze: -2, freezing: -1, unreliable: -2, outage: -2,
  broken: -2, broke: -2, unusable: -3, useless: -3, clunky: -2, confusing: -2, confused: -2, complicated: -1, cluttered: -1,
  overpriced: -2, pricey: -1, expensive: -1, costly: -1, refund: -1, unhelpful: -2, rude: -2, unprofessional: -2,
  delayed: -2, delay: -2, delays: -2, cancelled: -2, canceled: -2, stuck: -2, stranded: -3, lost: -2, waiting: -1,
  hold: -1, nobody: -1, never: -1, worst: -3, horrible: -3, terrible: -3, awful: -3, mediocre: -2, bland: -2, disappointing: -2,
  disappointed: -2, disappointment: -2, waste: -2, wasted: -2, junk: -3, garbage: -3, flimsy: -2, cheaply: -2, poorly: -2,
  unfortunately: -1, annoying: -2, frustrating: -2, frustrated: -2, tedious: -2, difficult: -1, impossible: -2, fails: -2,
  failed: -2, failing: -2, missing: -1, lacks: -1, lacking: -1, return: -1, returned: -1, returning: -1, sucks: -3, meh: -1,
  intuitive: 2, unbeatable: 3, championed: 0, exhausting: -2, vanished: -2, vanish: -2, vanishes: -2, patiently: 2, fastest: 3, quickest: 3, smoothest: 3, friendliest: 3, simplest: 2, nicest: 3, slowest: -3, buggiest: -3, clunkiest: -3, unfinished: -2, manually: -1, growth: 0, buffering: -2, flexible: 2, versatile: 2, customizable: 2, customisable: 2, inflexible: -2, rigid: -1.5, seamless: 2, smooth: 2, responsive: 2, reliable: 2, fast: 2, snappy: 2, snappier: 2, quick: 2, quickly: 1, easy: 2, easier: 2,
  genius: 3, simple: 1, faster: 1, quicker: 1, smoother: 1, simpler: 1, painless: 2, handy: 2, helpful: 2, friendly: 2, affordable: 2, worth: 2, recommend: 2, recommended: 2, works: 1, worked: 1,
  fine: 0.5, ok: 0.5, okay: 0.5, decent: 1, solid: 2, sturdy: 2, comfortable: 2, delicious: 3, tasty: 3, fresh: 2, clean: 2,
  pleased: 2, impressed: 3, love: 3, loved: 3, loves: 3, perfect: 3, perfectly: 3, excellent: 3, great: 3, amazing: 3, awesome: 3,
  fantastic: 3, wonderful: 3, best: 3, happy: 2, glad: 2, nice: 2, good: 2, well: 1, thanks: 1, thank: 1, pretty: 1,
  likes: 1, liked: 1, fun: 2, beautiful: 3, friendlier: 2, attentive: 2, efficient: 2, prompt: 2, courteous: 2,
  // Money taken wrongly, work-arounds, a harder product; praise of looks; "important" is no praise.
  overcharged: -3, overcharge: -3, overcharging: -3, workaround: -1, workarounds: -1, harder: -1, gorgeous: 3, stunning: 3, important: 0,
  // Clothes that shrank.
  shrunk: -2, shrank: -2,
  unfriendly: -2, dirty: -2, cold: -1, stale: -2, overcooked: -2, undercooked: -2, greasy: -2, soggy: -2, noisy: -2, small: 0,
  support: 0, help: 0, price: 0, pay: 0, share: 0, please: 0, want: 0, like: 1, robbery: -2.5,
  // AFINN words that are names or filler in feedback ("@united", "on top of", "customer care", "I hope you can help").
  united: 0, top: 0, care: 1, hope: 1, hoping: 1, hopefully: 1, yes: 0.5,
  // Money taken out of an account, no symptom.
  withdrawal: 0, withdrawals: 0,
  // Clearer, as a redesign is judged.
  clearer: 2, nicer: 2,
  // Hinglish, as Indian customers write English answers ("bahut bekaar experience", "accha hai but…").
  goated: 3, ick: -2, mid: -1.5, ghosted: -2, fab: 3, rubbish: -2, lekker: 2, mushy: -2, wilted: -2, melted: -1,
  bekaar: -2, bekar: -2, bakwas: -3, bakwaas: -3, ghatiya: -3, faltu: -2, accha: 2, acha: 2, achha: 2, badhiya: 2, badiya: 2, zabardast: 3,
  // Chat exclamations.
  smh: -2, fml: -3, yay: 3, bleh: -2, argh: -2, grr: -2, bravo: 3, trash: -2, yikes: -2, oof: -1, ew: -2, eww: -2, cringe: -2,
  boo: -2, nope: -1, hiccup: -1, hiccups: -1, shallow: -2, blech: -2, woot: 3, bummed: -2, bummer: -2, bumming: -2, nightmare: -3, nightmares: -2,
  // A wall around a feature; acting without life.
  paywalled: -2, paywall: -2, uninstalled: -2, uninstalling: -2, ripoff: -3, wooden: -2, cracked: -2, unaffordable: -2, hooked: 2, tedium: -2, drags: -2, cringeworthy: -2, cringey: -2, cringy: -2,
  // Leaving because it no longer fits.
  outgrew: -1.5, outgrown: -1.5,
  // A plan cut down ("the free tier got nerfed"), a page that hangs; "ez"; "drama", so that "no drama" is praise;
  // "lol" laughs at a complaint as often as with praise ("third outage this month lol": en_airline dev +6 rows).
  faff: -1.5, excessive: -2, muted: -1.5, ta: 1, nerfed: -2, nerf: -1.5, hangs: -1.5, ez: 2, drama: -1, lol: 0, lmao: 0, lmfao: 0, rofl: 0,
  // Slang praise AFINN reads as abuse ("the new editor is badass"), laughter, superlatives it lacks.
  badass: 3, hyped: 2, cutest: 3, giggling: 2, giggled: 2, prettiest: 3,
  // Chat spellings of thanks and love.
  thx: 2, thnx: 2, thanx: 2, tks: 2, luv: 3, excelent: 3, excellant: 3, awsome: 3, amazin: 3,
  rocks: 2, smoothly: 2, magical: 2, drawback: -2, drawbacks: -2, flavorful: 2, flavourful: 2, flavorless: -2, tasteless: -2, doughy: -1, filling: 1, fair: 1, overrated: -2, underwhelming: -2, inedible: -3,
  // "Pricing is a joke": in feedback a joke is a verdict, not amusement.
  joke: -2, jokes: -1, joking: 0, laughable: -2,
  // Trackers and apps measure: accurate or not; effort as a hassle; games that make you grind; what was hidden (fees; "a hidden gem" is praise).
  accurate: 2, inaccurate: -2, thorough: 2, hassle: -2, hassles: -2, fuss: -1, grindy: -2, cleanest: 3, addictive: 1, easiest: 3, friction: -1, frictionless: 2, burnt: -2, buries: -1.5, hidden: -1, intriguing: 2, shoutout: 2, slaps: 2, choppy: -2, forgets: -1, slows: -1.5, pilled: -2, pilling: -2,
  // Apps and software: battery, ads, nagging, glitches; Chinese users' Latin slang (yyds: "the GOAT").
  drains: -2, draining: -2, ads: -1, adverts: -1, popups: -1, outdated: -2, effortless: 2, freeze: -2, wonky: -2, flaky: -2, finicky: -2,
  leaks: -2, leaking: -2, leaky: -2, spams: -2, spamming: -2, spammed: -2, spammy: -2, janky: -2, nags: -2, nagging: -2, backwards: -1, saves: 2, yyds: 3, '666': 2, afterthought: -2, overwhelming: -1, breaks: -1, rough: -1,
  // Review and support adjectives AFINN lacks: quality, service, rooms, films. "Quality" names the
  // measure as often as it praises ("shoddy build quality"): AFINN's +2 is halved.
  subpar: -2, lackluster: -2, lacklustre: -2, shoddy: -2, faulty: -2, malfunctioning: -2, unresponsive: -2, cumbersome: -2, convoluted: -2, unpolished: -1,
  exorbitant: -2, steep: -1, wasteful: -2, dismissive: -2, condescending: -2, patronizing: -2, patronising: -2, cramped: -2, grimy: -2, dingy: -2, musty: -2,
  lumpy: -2, rickety: -2, smelly: -2, messy: -2, tacky: -2, corny: -1, cliched: -2, 'clichéd': -2, formulaic: -2, derivative: -2, abysmal: -3, bleak: -2, baffled: -1,
  underrated: 2, engaging: 2, captivating: 3, refreshing: 2, straightforward: 1, dependable: 2, sleek: 2, reasonable: 1, worthwhile: 2, invaluable: 3,
  indispensable: 3, knowledgeable: 2, welcoming: 2, cozy: 2, cosy: 2, comfy: 2, immaculate: 3, tidy: 1, organized: 1, organised: 1, stellar: 3, phenomenal: 3,
  exceptional: 3, impeccable: 3, unforgettable: 3, witty: 2, crispy: 1, juicy: 1, quiet: 1, ideal: 2, quality: 1, duplicated: -1,
  overpromised: -2, underdelivered: -2, overpromise: -2, underdeliver: -2, overpromising: -2, underdelivering: -2, underdelivers: -2,
  poor: -2, bad: -2, worse: -3, hate: -3, hated: -3, problem: -1, problems: -1, issue: -1, issues: -1, error: -2, errors: -2,
}

/** Words that carry sentiment, valence roughly -5..5 (AFINN scale). */
export const EN_LEXICON: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>()
  for (const [score, words] of Object.entries(AFINN_BY_SCORE)) for (const w of words.split(' ')) map.set(w, Number(score))
  for (const [w, v] of Object.entries({ ...INFORMAL_WORDS, ...FEEDBACK_WORDS })) map.set(w, v)
  return map
})()

/** "Too many": a mild complaint, half as strong as "too bad"; the other languages' own ("zu viele") weigh the same. */
export const EXCESS_VALENCE = -1.5

/** Leaving for a rival: what the comment praises after it, in its sentence, is the rival ("switched to X, much better"). */
export const EN_LEAVING_PHRASES: ReadonlySet<string> = new Set(['switching to', 'switched to', 'moving back to', 'moving my shop', 'moving my store', 'moved everything to', 'moving everything to', 'going with them', 'went with them', 'moving everyone to', 'consolidating onto'])

/** A fault put right ("it was fixed within a day"): "never" denies these as "not" does ("it never got fixed"). */
export const EN_DEED_PHRASES: ReadonlySet<string> = new Set(['been fixed', 'got fixed', 'was fixed', 'were fixed', 'fixed it', 'fixed quickly', 'fixed promptly', 'sorted it',
  'answered my question', 'fixes anything', 'fixed anything', 'fix anything', 'solves anything', 'solved anything', // and done at the first go:
  ...['sorted', 'solved', 'fixed', 'worked', 'resolved', 'sorted it', 'solved it', 'fixed it'].map((done) => `${done} first time`)])

export { EN_NO_VERDICT_PHRASES } from './lexicon-en-no-verdict.ts'
import { EN_NO_VERDICT_PHRASES } from './lexicon-en-no-verdict.ts'

/** Phrases scored as one unit (checked before single words), as listed: a phrase listed twice would silently keep its last score. */
export const EN_PHRASE_ENTRIES: readonly [string, number][] = [
  ['does not work', -3], ['did not work', -3], ['not working', -3], ['stopped working', -3], ['waste of', -3],
  ['fed up', -3], ['no fun', -2], ['screwed up', -3], ['messed up', -3], ['on hold', -2], ['no response', -2],
  ['no one', -1], ['too bad', -2], ['would not recommend', -3], ['highly recommend', 3], ['well worth', 3],
  ['works great', 3], ['works well', 3], ['no problem', 2], ['no problems', 2], ['no issues', 2], ['not bad', 1],
  ['kind of', 0], ['sort of', 0], ['falls apart', -3], ['fell apart', -3], ['went down', -1], ['keeps crashing', -3],
  ['thank you', 2], ['5 stars', 3], ['five stars', 3], ['one star', -3], ['1 star', -3], ['zero stars', -3],
  // Politeness inside a request or a complaint is not praise; "thanks for nothing" is sarcasm.
  ['thanks for nothing', -3], ['thank you for nothing', -3], ['would appreciate', 0], ['please help', -1], ['any help', 0],
  ['still waiting', -2], ['still no', -2], ['no help', -2], ['not helpful', -2], ['never again', -3],
  // Returning is the verdict of a review ("will be back"; negated: "won't be back").
  ['come back', 2], ['coming back', 2], ['be back', 2], ['go back', 1], ['will return', 2], ['would return', 1], ['not return', -2],
  // Warnings and litotes: "don't waste your money", "couldn't be happier", "no trouble at all".
  ['not waste', -3], ['not buy', -2], ['not be happier', 3], ['not be more', 2], ['no trouble', 2], ['no complaints', 2],
  ['takes forever', -2], ['took forever', -2], ['takes ages', -2], ['took ages', -2], ['take forever', -2], ['taking forever', -2], ['take ages', -2], ['taking ages', -2],
  ['low quality', -3], ['poor quality', -3], ['high quality', 3], ['good quality', 3],
  // Leaving for a rival is the verdict of feedback ("we're switching to Notion"), whatever it praises in the rival.
  ['switching to', -2], ['switched to', -2], ['moving my shop', -2], ['moving my store', -2], ['moved everything to', -2], ['moving everyone to', -2], ['went with them', -2], ['stop pinging', -2], ['stop emailing', -2], ['why am i still getting', -2], ['data just gone', -2], ['data is gone', -2], ['not this bad', -2], ['did not expect that', 0], ['consolidating onto', -2], ['moving everything to', -2],
  ['dropped calls', -2], ['only worked', -2],
  ['killed it', 3], ['not only', 0], ['not just', 0], ['on time', 2],
  // After a ticket: kept in the loop, an agent who knew the subject, the reason to stay; a guide that skips a step, an app that eats battery.
  ['kept us updated', 2], ['kept me updated', 2], ['kept us informed', 2], ['kept me informed', 2], ['why we stay', 2], ['why i stay', 2],
  ['knew what they were talking about', 2], ['knows what they are talking about', 2], ['knew what she was talking about', 2], ['knew what he was talking about', 2],
  ['skips the step', -2], ['skips a step', -2], ['skipped the step', -2], ['skipped a step', -2], ['skips steps', -2],
  ['copy paste', -2], ['copy and paste', -2], ['when it loads', -1.5], ['which is never', -2], ['a day late', -2], ['days late', -2], ['exactly like the picture', 2],
  ['under a minute', 2], ['not even have to', 1.5], ['shoutout to', 2], ['shout out to', 2], ['is genius', 3], ['going with them', -2],
  ['eats like', -1], ['do not miss it', 2], ['without me having to', 2], ['come on', -1.5],
  ['how it should be', 2], ['can not thank', 3], ['unsubscribed from all', -2], ['highway robbery', -3], ['you get what you pay for', -1.5], ['called me back', 1.5],
  ['when it works', -1.5], ['no questions asked', 2],
  ['closed the ticket', -2], ['got scammed', -2], ['got disconnected', -2], ['loses connection', -2], ['losing connection', -2], ['loses the connection', -2], ['drops the connection', -2],
  ['no back and forth', 2], ['without any back and forth', 2], ['without the back and forth', 2], ['night and day', 2], ['a lot of money', -2], ['for what exactly', -2],
  ['without a hitch', 2], ['without a hiccup', 2], ['without any hiccups', 2], ['not going back', 2], ['so far so good i guess', 1.5], ['can not justify it', -2], ['can not justify the', -2], ['hard to justify', -2], ['nobody explained', -2], ['no one explained', -2],
  ['not even have to explain', 2], ['not have to explain', 2], ['good luck reaching', -2], ['good luck getting', -2], ['good luck finding', -2], ['asking me to upgrade', -2],
  ['drops every', -2], ['keeps dropping', -2], ['connection drops', -2], ['skipped the one thing', -2], ['skips the one thing', -2],
  ['kept us in the loop', 2], ['kept me in the loop', 2], ['love that for me', -2], ['a bit much', -1.5], ['a little much', -1.5],
  ['min on hold', -2], ['mins on hold', -2], ['minutes on hold', -2], ['hour on hold', -2], ['hours on hold', -2],
  ['been blank', -2], ['is blank', -2], ['went blank', -2], ['eats all my ram', -2], ['eats my ram', -2], ['eats ram', -2], ['eats my battery', -2], ['eats battery', -2],
  ['battery hog', -2], ['memory hog', -2], ['resource hog', -2], ['keep disappearing', -2], ['keeps disappearing', -2], ['by accident', 0],
  // Something that "is gone" was valued and taken away ("support is gone").
  ['a joke', -3], ['is gone', -2], ['are gone', -2], ['was gone', -2], ['is dead', -2], ['went downhill', -3], ['gone downhill', -3],
  // Review idioms: eagerness, disappointment against an expectation, warnings and endorsements.
  ['can not wait', 2], ['not say enough', 3], ['had better', -2], ['expected better', -2], ['expect better', -2],
  ['hoping for more', -2], ['hoped for more', -2], ['expected more', -2], ['expect more', -2], ['expected a lot more', -2], ['expected much more', -2], ['expected so much more', -2], ['expected way more', -2], ['expected far more', -2], ['save your money', -3], ['same mistake', -3], ['be careful', -1],
  ['check it out', 2], ['thumbs up', 2], ['thumbs down', -2], ['spot on', 2], ['not worth', -2], ['waste of time', -3],
  // "Like" as a preposition is no liking: "features like export", "feels like a beta".
  ['features like', 0], ['feature like', 0], ['things like', 0], ['stuff like', 0], ['something like', 0], ['tools like', 0], ['apps like', 0],
  ['looks like', 0], ['look like', 0], ['feels like', 0], ['feel like', 0], ['felt like', 0], ['seems like', 0], ['sounds like', 0], ['just like', 0],
  ['no regrets', 2], ['no regret', 2], ['nothing to complain', 2], ['nothing to improve', 2], ['not fault', 3], ['keep it up', 2], ['on the tin', 2], ['pays for itself', 3], ['paid for itself', 3], ['pay for itself', 3], ['too many', EXCESS_VALENCE],
  ['price went up', -2], ['prices went up', -2], ['price increase', -2], ['price increases', -2], ['price hike', -2],
  ['step backwards', -2], ['step backward', -2], ['game changer', 3], ['life saver', 3], ['logged out', -1], ['not live without', 3],
  ['to die for', 3], ['can not beat', 3], ['could not beat', 3], ['at best', -2], ['no flavor', -2], ['no taste', -2], ['reasonably priced', 2],
  // Against what was expected or promised: "exceeded my expectations", "does exactly what", "as described".
  ['exceeded my expectations', 3], ['exceeded expectations', 3], ['exceeds expectations', 3], ['exceeded all expectations', 3], ['beyond my expectations', 2],
  ['exactly what', 2], ['just what', 1.5], ['just what i needed', 2], ['just what we needed', 2], ['just what i wanted', 2], ['just what we wanted', 2], ['as pictured', 2], ['as advertised', 2],
  ['no surprises', 2], ['no hidden fees', 2], ['looks new', 2], ['like new', 2], ['still works', 2],
  ['below expectations', -2], ['fell short', -2], ['falls short', -2], ['fall short', -2], ['lives up to', 2], ['live up to', 2], ['lived up to', 2],
  ['hard to beat', 3], ['nothing comes close', 3], ['nothing else comes close', 3], ['nobody comes close', 3], ['no one comes close', 3], ['than it is worth', 0], ['than it \'s worth', 0], ['than they are worth', 0], ['more trouble', -2], ['way off', -2], ['sort it out', -1], ['fixed everything', 2],
  ['dig through', -1.5], ['in circles', -2], ['just loops', -2], ['keeps looping', -2], ['in a loop', -2], ['stuck looping', -2], ['answered all my questions', 2], ['out of date', -2], 
  ['part of our routine', 2], ['part of our daily', 2], ['part of our weekly', 2], ['part of my routine', 2], ['part of my daily', 2], ['look forward to', 1.5], ['looking forward to', 1],
  ['we renewed', 2], ['reason we renewed', 3], ['reason we stayed', 3], ['reason we stay', 3],
  ['lives in it', 2], ['live in it', 2], ['half baked', -2], ['feels like a beta', -2], ['feel like a beta', -2], ['not ask for more', 3], ['not ask for a better', 3],
  ['not even mad', 2], ['stuck in my head', 0], ['got the job', 2], ['so mean', -2], ['is mean', -2], ['are mean', -2], ['was mean', -2], ['were mean', -2], ['need a vacation', -1], ['within the hour', 1.5], ['within minutes', 1.5], ['lost a customer', -3], ['lost a loyal customer', -3], ['customer for life', 3], ['got my refund', 1], ['costs me hours', -2], ['costs us hours', -2], ['does exactly what', 2], ['exactly as described', 2], ['as described', 1], ['works as expected', 2], ['works as advertised', 2],
  // Something that is down, or a maze.
  ['is down', -2], ['was down', -2], ['are down', -2], ['were down', -2], ['goes down', -2], ['been down', -2], ['a maze', -2],
  // Buying again is a review's verdict, as coming back is ("would buy again"; "never buy again" is a refusal).
  ['buy again', 2], ['order again', 2], ['purchase again', 2], ['use again', 2], ['book again', 2], ['use it again', 2], ['book with you again', 2], ['long lasting', 2], ['lasts long', 2], ['last long', 2], ['lasts all day', 2],
  // Hoping to like it says one did not; "couldn't be better" and "can't recommend it enough" are
  // praise; "could be worse" is no complaint.
  ['wanted to like', -2], ['wanted to love', -2], ['want to like', -2], ['want to love', -2], ['wanted to enjoy', -2],
  ['could not be better', 3], ['not have asked for', 3], ['not recommend enough', 3], ['not recommend it enough', 3], ['not recommend this enough', 3],
  ['not recommend them enough', 3], ['not thank you enough', 3], ['could be worse', 0], ['could have been worse', 0],
  // Service beyond what was owed, a job done without fuss.
  ['above and beyond', 3], ['out of their way', 3], ['out of his way', 3], ['out of her way', 3], ['out of your way', 3], ['the extra mile', 3],
  ['does the job', 1.5], ['did the job', 1.5], ['gets the job', 2], ['getting work done', 1.5], ['a breeze', 2], ['no fuss', 2], ['no hassle', 2],
  ['hassle free', 2], ['go wrong', -2], ['goes wrong', -2], ['went wrong', -2], ['gone wrong', -2], ['go out wrong', -2], ['expensive for what it is', -2], ['pricey for what it is', -2], ['overpriced for what it is', -2.5], ['had to call back', -1.5], ['had to call again', -1.5], ['had to chase', -1.5], ['had to explain', -1.5], ['if you do not mind', -2], ['if you do not mind me', 0], ['what it promises', 2], ['just works', 2], ['highest compliment', 3], ['cheaper than anything', 2], ['better than anything', 3], ['nothing more', 0], ['nothing less', 0], ['ten out of ten', 3], ['no notes', 2], ['not so much', -2], ['all i need', 1.5], ['all we need', 1.5], ['easily lasts', 2], ['lasts for days', 2], ['remembered us', 2], ['remembered my name', 2], ['remembered our', 2],
  // What changed "after switching to" something is the result, not a move to a rival.
  ['after switching to', 0], ['since switching to', 0], ['after we switched to', 0], ['since we switched to', 0], ['adds up fast', -2], ['adds up quickly', -2], ['it works', 1], ['does the trick', 2], ['did the trick', 2], ['not imagine going back', 3], ['not imagine life without', 3], ['not put it down', 3],
  // Staying on: nothing to go back to, nothing better to imagine, a step up, daily use.
  ['not looked back', 3], ['never looked back', 3], ['not imagine a better', 3], ['a step up', 2], ['use it daily', 2], ['use it every day', 2],
  // A price that jumped, a product that stood still, a wall hit, rough edges (a mild gripe).
  ['price doubled', -2], ['prices doubled', -2], ['doubled the price', -2], ['doubled their price', -2], ['doubled overnight', -2],
  ['keeps going up', -2], ['barely changed', -1.5], ['years behind', -2], ['cash grab', -3], ['harder to use', -2],
  // What the plan locks away, a session that drops.
  ['locked behind', -2], ['behind a paywall', -2], ['times out', -2], ['timed out', -2], ['logs me out', -2], ['logging me out', -2], ['logged me out', -2],
  ['hit a wall', -2], ['all over the place', -2], ['rough edges', -0.5],
  // Goods: a smell is no liking ("smells like chemicals"), and some arrive dead.
  ['smells like', 0], ['smell like', 0], ['tastes like', 0], ['taste like', 0], ['chemical smell', -2], ['smells like chemicals', -2],
  ['dead on arrival', -3], ['expired on arrival', -3], ['full of typos', -2],
  // Everyday apps (money, health, games, courses): what it helped with, what it cost the customer, what should come with it.
  ['helped me', 1.5], ['helped us', 1.5], ['in plain english', 2], ['in plain language', 2], ['landed a job', 3], ['landed my first job', 3], ['in my favor', 2], ['in my favour', 2],
  ['worth the hassle', 2], ['pay to win', -2], ['out of sync', -2], ['should be free', -2], ['should be included', -2], ['should be standard', -2], ['buried in', -1.5],
  ['self explanatory', 2], ['actually works', 2], ['actually understands', 2], ['first thing i open', 2], ['what is the easiest', 0], ['what \'s the easiest', 0],
  ['hidden gem', 3], ['hidden gems', 3], ['hidden away', 0], ['hidden fee', -2], ['hidden fees', -2], ['hidden charge', -2], ['hidden charges', -2], ['hidden costs', -2], ['copy pasted', -2], ['copied and pasted', -2], ['fell out', -2],
  // Films and posts: moved deeply, still thinking of it; "scary good" is very good; servers down.
  // "Nothing short of amazing" is amazing: the negator denies the shortfall, not the praise.
  ['nothing short of', 0], ['nothing less than', 0], ['no less than', 0],
  ['deeply moving', 3], ['truly moving', 3], ['very moving', 3], ['so moving', 3], ['incredibly moving', 3], ['surprisingly moving', 3], ['genuinely moving', 3],
  ['thinking about it for days', 2], ['think about it for days', 2], ['scary good', 3], ['scarily good', 3], ['upgraded me', 2], ['upgrading me', 2],
  ['servers down', -2], ['server down', -2], ['servers are down', -2], ['server is down', -2], ['is down again', -2], ['are down again', -2],
  ['scratches easily', -2], ['breaks easily', -2], ['stains easily', -2], ['tears easily', -2], ['dents easily', -2], ['chips easily', -2],
  ['smaller than the listing', -2], ['smaller than the photos', -2], ['smaller than the picture', -2], ['smaller than it looked', -2],
  // Paying for nothing; an assistant that sends one round in circles; a list one saved is no rescue.
  ['am i paying for', -2], ['are we paying for', -2], ['am i even paying', -2], ['are we even paying', -2], ['loops me back', -2], ['loops you back', -2],
  ['my saved', 0], ['our saved', 0], ['your saved', 0],
  // Features taken away; change that lands; machines that wrote the translation; set-ups one forgets.
  ['removed the feature', -2], ['removed the one', -2], ['removed features', -2], ['removed a feature', -2], ['dropped support for', -2], ['took away', -1.5],
  ['alarm app', 0], ['alarm clock', 0], ['coffee got cold', 0], ['solved it before', 2], ['a coin toss', -2], ['a coin flip', -2], ['whole family uses', 2], ['whole team uses', 2], ['dead on', 2],
  ['free trial', 0], ['free version', 0], ['are basic', -1.5], ['is basic', -1.5], ['pretty basic', -1.5], ['very basic', -1.5], ['re enter', -1.5],
  // Promises the fine print takes back; articles gone; demos for plans; the first thing read each week.
  ['fine print', -1.5], ['says otherwise', -1.5], ['not exist anymore', -1.5], ['no longer exists', -1.5], ['get what you pay', -1.5], ['rough edges everywhere', -2],
  ['basically a demo', -2], ['all manual', -1.5], ['all done manually', -1.5], ['patient with', 2], ['very patient', 2], ['so patient', 2], ['really patient', 2], ['make the cut', 2], ['made the cut', 2],
  // Confidently wrong; a team that listens and ships what was asked; looking decades old; nothing to add.
  ['confidently wrong', -3], ['listens to feedback', 2], ['listen to feedback', 2], ['listened to feedback', 2], ['actually listens', 2], ['actually listen', 2],
  ['listens to us', 2], ['listened to us', 2], ['listens to customers', 2], ['shipped my request', 2], ['shipped our request', 2], ['added my request', 2], ['built my request', 2],
  ['look like it is from', -2], ["look like it 's from", -2], ['looks like it is from', -2], ["looks like it 's from", -2], ['keep doing what', 2], ['nothing to add', 1],
  // Cheaper than a small expense; the customers' own unhappiness, which the product helps with.
  ['makes up numbers', -2], ['makes things up', -2], ['makes stuff up', -2], ['made up numbers', -2], ['makes up data', -2], ['costs less than', 1.5], ['cost less than', 1.5], ['unhappy customers', 0], ['unhappy users', 0], ['angry customers', 0], ['half finished', -2], ['first thing i read', 2], ['first thing i check', 2],
  ['dead simple', 3], ['dead easy', 3], ['is dead simple', 3], ['is dead easy', 3], ['was dead simple', 3], ['was dead easy', 3], ['step change', 2], ['machine translated', -2], ['machine translation', -1.5], ['set it and forget', 2], ['set and forget', 2], ['just runs', 2],
  ['lost all my progress', -3], ['lost my progress', -3], ['lost all progress', -3], ['wiped my', -2], ['deleted all my', -2],
  ...[...EN_DEED_PHRASES].map((p): [string, number] => [p, 2]),
  ...[...EN_NO_VERDICT_PHRASES].map((p): [string, number] => [p, 0]), ['drag and drop', 0], ['down the road', 0], ['down the line', 0], ['down the street', 0],
  // Films and shows, as their audiences rate them.
  ['stays with you', 2], ['stay with you', 2], ['instant classic', 3], ['plot holes', -2], ['more holes than', -2], ['paint by numbers', -2], ['a chore', -2],
  ['style over substance', -2], ['work of art', 3], ['crowd pleaser', 2], ['of her career', 2], ['of his career', 2], ['of their career', 2], 
  ['in the trailer', -2], ['is electric', 2], ['was electric', 2], ['surpasses the original', 3], ['worth watching', 3], ['hours back', -2], ['time back', -2],
  ['in a good way', 2], ['in the best way', 2], ['in the best possible way', 2], ['in a bad way', -2], ['earns its', 2], ['feel at home', 2], ['in a heartbeat', 3], ['stay here again', 2], ['smelled of', -2], ['smells of', -2], ['rises above', 2], ['never rises above', -2], ['hard to care', -2], ['first draft', -1.5], ['glued to', 2], ['edge of my seat', 3], ['edge of your seat', 3], ['never lets up', 2], ['show of the year', 3], ['film of the year', 3],
  ['movie of the year', 3], ['blew my mind', 3], ['mind blowing', 3], ['not be beat', 3], ['not be beaten', 3], ['like nothing else', 3],
  ['fell asleep', -2], ['falling asleep', -2], ['paper thin', -2], ['looks cheap', -2], ['looked cheap', -2], ['walked out', -2],
  ['better than the movie', -2], ['better than the film', -2], ['better than the show', -2], ['overstays its welcome', -2],
  // Slang: "kicks ass" and "bad ass" are praise; "what's not to love" asks who could not.
  // Chat: what one cannot stop doing, who never came, feeling low.
  ['not stop listening', 3], ['not stop watching', 3], ['not stop playing', 3], ['not stop reading', 3], ['not stop laughing', 3], ['not stop using', 3],
  // What it changed for the customer; ease counted in taps; charges without a word.
  ['makes a difference', 2], ['made a difference', 2], ['makes all the difference', 3], ['made all the difference', 3], ['huge difference', 2], ['finally understand', 2],
  ['helps me', 1.5], ['helps us', 1.5], ['actually help', 2], ['actually helps', 2], ['stay on track', 1.5], ['one click', 1.5], ['two clicks', 1.5], ['a few clicks', 1.5],
  ['one tap', 1.5], ['two taps', 1.5], ['a few taps', 1.5], ['without warning', -2], ['without any warning', -2], ['without notice', -2], ['without any notice', -2], ['without asking', -2],
  ['without a reminder', -2], ['not responding', -2], ['not replying', -2], ['not answering', -2], ['half the time', -1.5], ['one more tap', -1.5], ['one more click', -1.5], ['an extra tap', -1.5], ['an extra click', -1.5], ['extra clicks', -1.5], ['extra taps', -1.5], ['be back if', 0], ['zero warning', -2], ['with no warning', -2], ['cheers for that', -2], ['piece of cake', 2], ['not one late', 2], ["that 's all i ask", 1.5], ['good luck ever', -2], ['smart meter', 0], ['are stars', 2], ['is a star', 2], ['nothing \'s perfect', 0], ['nothing is perfect', 0], ['bring back the old', -2], ['fun fact', 0], ['is tiny', -1.5], ['took seconds', 2], ['takes seconds', 2], ['barely works', -2], ['barely working', -2], ['hardly works', -2], ['more taps', -1.5], ['more clicks', -1.5], ['more steps', -1.5], ['do the maths', -1.5], ['do the math', -1.5], ['was sound', 2], ['is sound', 2], ['were sound', 2], ['was sound asleep', 0], ['were sound asleep', 0], ['thanks a lot', 1.5], ['thanks a bunch', 1.5], ['customer care', 0], ['please improve', -1], ['switched to annual', 0], ['switched to monthly', 0], ['switched to yearly', 0], ['non essential', 0], ['switch to monthly', 0], ['just saying', -1.5], ['black screen', -2], ['read me the faq', -2], ['talked me into it', 2], ['whenever they feel like it', -2], ['went through twice', -2], ['to get it sorted', 0], ['had to ring', -1.5], ['black hole', -2], ['spins forever', -2], ['spinning forever', -2], ['just spins', -2], ['if you enjoy', -2], ['feels like it was built', -2], ['looks like it was built', -2], ['drains my battery', -2], ['a pig to', -2], ['with zero training', 2], ['with no training', 2], ['back to them', -2], ['less faff', 2], ['less hassle', 2], ['for what is basically', -2], ['why do i have to', -2], ['why do we have to', -2],
  ['third time this month', -2], ['third time this week', -2], ['second time this week', -2], ['second time this month', -2], ['a steal', 2], ['yeah right', -2], ['ya right', -2], ['ya rite', -2], ['yeah rite', -2], ['steal tbh', 2], ['absolute steal', 2], ['total steal', 2], ["what 's the point of you", -2], ["what 's the point of this app", -2], ['not looking back', 3], ['can or not', 0], ['without a single reminder', -2], ['without any reminder', -2], ['without a single email', -2], ['without telling', -2],
  // Effort spared: "didn't have to chase anyone".
  ['did not have to chase', 2], ['did not have to chase anyone', 2], ['did not have to call', 1.5], ['did not have to ask twice', 2], ['did not have to follow up', 2], ['no chasing', 2],
  // Apps: no ads, doing what is needed; forced sign-ups and rip-offs.
  ['no brainer', 2], ['no ads', 2], ['ad free', 2], ['without ads', 2], ['does what i need', 2], ['does what we need', 2], ['does what it should', 2],
  ['forces you to', -2], ['forces me to', -2], ['forced me to', -2], ['forced us to', -2], ['rip off', -3],
  ['hats off', 3], ['came through for', 2], ['come through for', 2], ['coming through for', 2], ['thank u', 2], ['no worries', 1],
  ['take a page from', -2], ['take a page out of', -2], ['officially done', -2],
  ['cracked me up', 2], ['cracks me up', 2], ['nobody showed up', -2], ['no one showed up', -2], ['never showed up', -2], ['not show up', -2], ['feeling down', -2], ['feel down', -2], ['felt down', -2],
  ['kick ass', 3], ['kicks ass', 3], ['kicked ass', 3], ['bad ass', 3], ['not to love', 3], ['not to like', 2],
  ['can you not love', 3], ['could you not love', 3], ['can anyone not love', 3],
  // Worked at once ("synced on the first try"); does all it should; too hard or too thin to use.
  ['first try', 2], ['first attempt', 2], ['nothing wrong', 2], ['everything we need', 1.5], ['everything i need', 1.5], ['everything you need', 1.5],
  ['too steep', -2], ['steep learning curve', -1.5], ['too basic', -2],
  // Long answers: what it does as it says, hours saved, hopes let down, going back; what others complain of is no complaint.
  ['what it says', 2], ['rock solid', 3], ['instead of days', 2], ['instead of hours', 2], ['instead of weeks', 2], ['instead of a whole', 2], ['instead of an entire', 2], ['takes days', -2], ['took days', -2],
  ['wanted this to work', -2], ['wanted it to work', -2], ['moving back to', -2],
  ['people complain about', 0], ['customers complain about', 0], ['users complain about', 0],
  // "Instantly" is praise of speed only when something loads ("appetite instantly gone" is not); "X alone is worth it".
  ['loads instantly', 2], ['load instantly', 2], ['loaded instantly', 2], ['opens instantly', 2], ['syncs instantly', 2], ['updates instantly', 2],
  // Goods against their listing, goods that come apart, and the reviewer's warning.
  ['smaller than described', -2], ['smaller than expected', -2], ['smaller than pictured', -2], ['smaller than advertised', -2], ['smaller than it looks', -2],
  ['thinner than expected', -2], ['thinner than described', -2], ['thinner than pictured', -2], ['color is off', -1.5], ['colour is off', -1.5], ['colors are off', -1.5],
  ['coming apart', -3], ['came apart', -3], ['comes apart', -3], ['do not bother', -2], ['better options', -2], ['better alternatives', -2], ['better choices', -2],
  // Ahead of the rest.
  // "What used to take a quarter" measures a speed-up, and denies nothing.
  ['used to take', 0],
  ['miles ahead', 2], ['streets ahead', 2], ['light years ahead', 2], ['years ahead', 2], ['a cut above', 2], ['head and shoulders above', 2],
  // Support answers: scripts and runarounds; a person worth rewarding, walking one through.
  ['canned response', -2], ['canned responses', -2], ['canned answer', -2], ['canned reply', -2], ['different answer', -1.5], ['different answers', -1.5],
  ['closed my ticket', -1.5], ['ticket was closed', -1], ['deserves a raise', 3], ['deserve a raise', 3], ['deserves a medal', 3], ['deserves a promotion', 3],
  ['walked me through', 2], ['walked us through', 2],
  // British "sorted" is a fault put right ("support sorted my refund in one reply"); "only to be told" a runaround;
  // "cool cool cool" the shrug of someone let down.
  // Falling ill is why a health app is opened, no verdict on it ("sick of" still complains).
  ['get sick', 0], ['gets sick', 0], ['got sick', 0], ['getting sick', 0], ['fell sick', 0], ['falls sick', 0], ['was sick', 0], ['were sick', 0],
  // "The lady was nice enough but nobody could explain": politeness conceded, faint praise.
  ['nice enough', 0.5], ['friendly enough', 0.5], ['polite enough', 0.5], ['helpful enough', 0.5],
  // An exit flow's "save offer" is a thing, no saving.
  ['save offer', 0],
  // A loyalty scheme is a thing, no praise ("never once offered me a loyalty deal").
  ...['deal', 'discount', 'points', 'program', 'programme', 'scheme', 'card', 'reward', 'rewards', 'pricing', 'bonus'].map((what): [string, number] => [`loyalty ${what}`, 0]),
  // After a ticket: hung up on, no clue, asked to stop; money back, an agent who understood; "as well as" is no praise.
  ['no line', 2], ['no lines', 2], ['no queue', 2], ['would rent again', 2], ['hit my bank', 1], ['hit my account', 1], ['lol no', -2], ['been pending', -2], ['still pending', -2],
  ['i am staying', 2], ['want to throw my phone', -2], ['just cancel', 0], ['hung up on', -3], ['had no clue', -1.5], ['stop sending', -2], ['came through', 2], ['money was back', 2], ['actually understood me', 2], ['as well as', 0], ['thanks for that', 0],
  // Exit flows: a save offer taken gladly ("yes please", "you got me, i'll stay"), a design "a downgrade" (taking
  // the downgrade offered is no complaint), coming back only if, "which is never", a plan switched within the product.
  ['yes please', 2], ['you got me', 2], ['i will stay', 2], ['will miss it', 2], ['will miss you', 2],
  ['is a downgrade', -2], ['a real downgrade', -2], ['huge downgrade', -2], ['big downgrade', -2], ['is enough for me', 1.5], ['is enough for us', 1.5],
  ['come back if', 0], ['which is almost never', -3], ['which is rarely', -2], ['not have one', -1.5],
  ['switching to the team', 0], ['switching to the free', 0], ['switching to the annual', 0], ['switching to the yearly', 0], ['switching to the business', 0], ['switched to the annual', 0], ['switched to the free', 0],
  ['will i still get charged', 0], ['will i get charged', 0], ['will i be charged', 0], ['will i still be charged', 0], ['do i get charged', 0], ['do the needful', 0], ['please cancel', 0],
  // Neobank, meal-kit and tutoring answers: sarcasm ("nobody asked for"), a price rise, service that followed up,
  // what never went down, a ticket closed as resolved (no verdict: the next sentence says whether it was).
  ['top notch', 3], ['nobody asked for', -2], ['no one asked for', -2], ['price rise', -2],
  ['twice the price', -2], ['double the price', -2], ['twice as expensive', -2], ['so far so good', 2],
  ['explained everything', 2], ['followed up', 2], ['was patient', 2], ['were patient', 2], ['super patient', 2],
  ['never had it go down', 3], ['never gone down', 3], ['never went down', 3], ['never had it crash', 3], ['closed as resolved', 0], ['marked as resolved', 0], ['marked resolved', 0],
  ['sorted my', 2], ['got it sorted', 2], ['got me sorted', 2], ['got sorted', 2], ['all sorted', 2],
  ['only to be told', -2], ['only to find', -2], ['cool cool cool', -2],
  ['alone made it worth', 2], ['alone makes it worth', 2], ['alone made this worth', 2], ['alone makes this worth', 2], ['alone is worth', 2], ['alone are worth', 2], ['alone was worth', 2], ['alone were worth', 2],
  // HR and leave tools: leave asked for, booked or taken is time off, not a customer leaving.
  ['requesting leave', 0], ['request leave', 0], ['requested leave', 0], ['book leave', 0], ['booking leave', 0], ['annual leave', 0], ['sick leave', 0],
  ['parental leave', 0], ['maternity leave', 0], ['paternity leave', 0], ['on leave', 0], ['leave request', 0], ['leave requests', 0], ['leave balance', 0],
  // A chore spared; cheaper than what else the customer looked at (not "X is cheaper than you").
  ['not even need to', 1.5], ['cheaper than the other', 2], ['cheaper than other', 2], ['cheaper than most', 2], ['cheaper than anywhere', 2], ['cheaper than any other', 2],
]
export const EN_PHRASES: ReadonlyMap<string, number> = new Map([...INFORMAL_PHRASES, ...EN_PHRASE_ENTRIES])

/**
 * Phrases that deny what follows as a negator does: "it used to be good" says it is not now; "w/o"
 * is a tweet's "without". Not "used to" after get/be ("hard to get used to", "I'm used to better"),
 * where it is a habit.
 */
export const EN_NEGATOR_PHRASES: ReadonlySet<string> = new Set(['the opposite of', 'opposite of', 'used to', 'no longer', 'no more', 'not imagine', 'w o', 'can not say i have ever had', 'can not say i have had', 'can not say i ever had'])
/**
 * A wish denies the present the same way ("I wish the search was better", "would be nice if it
 * worked"), but wishing for something new is a request, not a complaint ("would be great to have SSO").
 */
/**
 * What was so at first and is no longer ("Initially it was great", "at first I was skeptical"): it
 * denies the verdict after it, as "used to" does; with nothing to deny, it says nothing.
 */
export const EN_FADED: ReadonlySet<string> = new Set(['initially', 'originally', 'at first', 'in the beginning', 'at the start', 'in the early days'])
export const EN_WISH_PHRASES: ReadonlySet<string> = new Set([
  'would be nice', 'would be great', 'would be good', 'would be awesome', 'would be helpful', 'would be better', 'would be cool',
  'i wish', 'we wish', 'wish it', 'wish you', 'wish the', 'wish there', 'wish they', 'wish your'])
/**
 * "Could have been better", "should be faster": a counterfactual is a mild complaint, when a comparative
 * follows the modal and "be" (degree words may sit between). Not "would be better with offline mode":
 * like a wish for something new, that is a request; nor "X might be faster, but...", a concession.
 */
export const EN_COUNTERFACTUAL_MODALS: ReadonlySet<string> = new Set(['could', 'should'])
/** Verbs of obligation that make the same counterfactual with "to": "needs to be faster", "has to be cheaper". */
export const EN_OBLIGATIONS: ReadonlySet<string> = new Set(['needs', 'need', 'has', 'have', 'ought'])
export const COUNTERFACTUAL_VALENCE = -0.5
export const EN_COMPARATIVES: ReadonlySet<string> = new Set(['better', 'improved', 'cheaper', 'faster', 'easier', 'clearer', 'quicker', 'simpler', 'smoother', 'nicer'])
/**
 * A request names what the customer wants, not how they feel: "would love a dark mode" is no praise
 * and "please add SSO" no complaint. Words in a request's clause carry no verdict. Not "would love
 * to come back": that is the verdict.
 */
export const EN_REQUEST_PHRASES: ReadonlySet<string> = new Set([
  'please add', 'please make', 'please allow', 'please let', 'please bring', 'please support', 'please include', 'please consider',
  'would it be possible to', 'is it possible to add', 'just a suggestion', 'pls add', 'plz add', 'pls make', 'pls let', 'pls bring', 'is there a way', 'is there any way', 'could you show', 'can you show', 'any plans for', 'any plan for', 'any plans to', 'when are you adding', 'when will you add',
  'can you add', 'could you add', 'would you add', 'can you please', 'could you please', 'can we have', 'could we have', 'can we get', 'could we get',
  'would love a', 'would love an', 'would love to have', 'would love to see', 'would love if', 'would love it if', 'would love some', 'would love more',
  'would like a', 'would like an', 'would like the option', 'would like a way', 'would like to have', 'would like to see', 'would like some', 'would like more', 'feature request',
  'would love to be', 'would like to be', 'add support for', 'add an option', 'can you make', 'could you make',
  'needs better', 'need better', 'needs to have', 'need to have',
  // Asked politely or of what it supports ("kindly add option for HRA", "would be handy to export", "do you support filing for…").
  'any chance you could', 'any chance of', 'do you accept', 'kindly add', 'kindly provide', 'kindly include', 'please provide', 'would be handy', 'would be useful', 'would be helpful', 'do you support', 'does it support', 'will you support',
  // A way wished for names what is wanted ("wish there was a way to set a hard limit"); "I wish it was faster" still complains.
  'wish there was a way', 'wish there were a way', 'wish there was an option', 'wish there were an option', 'wish there was a setting', 'would be nice to have', 'would be great to have'])
/**
 * A rival that "does this (much) better" is a verdict on this product, as 比它强 is in Chinese: what
 * does it, what is done, degree words, "better".
 */
export const RIVAL_DOES = new Set(['does', 'do', 'did', 'handles', 'handle', 'handled'])
export const RIVAL_WHAT = new Set(['this', 'it', 'that', 'everything', 'all', 'things'])
export const RIVAL_VALENCE = -2
export const HABIT_BEFORE_USED: ReadonlySet<string> = new Set(['get', 'got', 'gets', 'getting', 'be', 'been', 'am', 'is', 'are', 'was', 'were', "'s", 'being', 'become'])

export const EN_NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nothing', 'neither', 'nor', 'none', 'without', 'hardly', 'barely', 'nobody', 'nowhere', 'lack', 'zero', 'rarely', 'seldom',
])

/** Degree words multiply the next sentiment word. */
export const EN_INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['very', 1.5], ['heaps', 1.4], ['really', 1.4], ['so', 1.4], ['too', 2], ['extremely', 1.8], ['super', 1.6], ['totally', 1.5],
  ['absolutely', 1.6], ['incredibly', 1.7], ['completely', 1.5], ['most', 1.3], ['highly', 1.5], ['truly', 1.4],
  ['quite', 1.2], ['such', 1.3], ['pretty', 1.1], ['utterly', 1.7], ['way', 1.3], ['bit', 0.6], ['slightly', 0.5],
  ['somewhat', 0.6], ['little', 0.6], ['fairly', 0.8], ['mostly', 0.8], ['kinda', 0.6], ['hella', 1.5], ['sooo', 1.6], ['soooo', 1.7],
  // Swearing before a verdict only strengthens it ("fucking awesome", "damn good", "bloody brilliant");
  // alone it is still a complaint (isDegreeHere: a degree word only where a sentiment word follows).
  ['fucking', 1.6], ['fuckin', 1.6], ['freaking', 1.5], ['freakin', 1.5], ['frickin', 1.4], ['friggin', 1.4], ['effing', 1.5],
  ['damn', 1.4], ['bloody', 1.5], ['bahut', 1.5],
])

/** Words that open the clause that counts more ("ok, but slow"). */
// "Pros: fast. Cons: pricing": the cons turn as "but" does.
export const EN_CONTRAST: ReadonlySet<string> = new Set(['but', 'however', 'yet', 'except', 'unfortunately', 'overall', 'cons'])

/** Words whose following clause is concessive ("although it's cheap, ..."), counted less. */
export const EN_CONCESSIVE: ReadonlySet<string> = new Set(['although', 'though', 'while', 'despite', 'even'])

/** Words that make a question a complaint ("why is it so slow?"). */
export const EN_QUESTION: ReadonlySet<string> = new Set(['why', 'really'])
