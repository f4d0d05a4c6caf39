// Traditional -> Simplified characters: OpenCC's table (t2s-opencc.ts, every common character),
// then our own pairs for the words our lexicons and taxonomy use, which win where the two differ.
// Written as strings of pairs (Traditional then Simplified) so they stay compact and easy to extend.
import { OPENCC_SHARED_TARGETS, OPENCC_T2S_PAIRS } from './t2s-opencc.ts'

const PAIRS =
  '們们個个來来為为這这說说時时會会後后過过還还國国對对開开關关發发點点問问題题長长' +
  '頭头東东車车從从動动種种實实現现應应兩两麼么門门無无給给樣样經经義义學学機机' +
  '嗎吗電电話话錢钱買买賣卖貴贵價价費费單单帳账號号戶户員员職职務务場场廠厂產产' +
  '質质業业專专體体係系統统數数據据庫库錯错誤误當当壞坏難难聽听見见視视覺觉認认' +
  '識识讓让請请謝谢讀读寫写論论設设計计記记訊讯許许證证評评語语誰谁講讲議议變变' +
  '響响頁页順顺預预領领題题顯显風风飛飞飯饭館馆餓饿醫医齊齐龍龙滿满溝沟淺浅湯汤' +
  '溫温濕湿灣湾熱热爾尔牆墙狀状獨独環环現现發发盡尽監监盤盘碼码礙碍確确禮礼' +
  '種种穩稳穫获窮穷節节範范築筑簡简糧粮係系紀纪約约紅红級级納纳純纯紙纸細细' +
  '終终組组結结給给絕绝統统絲丝綁绑經经綠绿維维網网緊紧線线練练總总績绩續续' +
  '繼继紹绍聯联聲声聰聪肅肃腦脑腳脚膚肤臉脸興兴舊旧艱艰藝艺蘭兰處处號号蟲虫' +
  '術术衛卫裝装裡里複复規规覽览觀观計计訂订託托記记設设訪访訴诉診诊詢询試试' +
  '詳详誠诚誤误說说調调談谈請请論论諾诺謀谋講讲謝谢證证識识護护讀读變变讚赞' +
  '貝贝負负財财貨货販贩責责貸贷費费貼贴賬账資资賠赔賴赖購购贈赠趕赶跡迹' +
  '軟软輕轻載载較较輔辅輪轮輸输轉转辦办農农這这連连週周進进遊游運运過过達达' +
  '違违遠远適适遲迟選选遺遗還还邊边郵邮鄉乡醜丑釋释針针鈕钮銀银銷销鋪铺錄录' +
  '鍵键鎖锁鐘钟鐵铁長长門门閃闪閉闭間间閱阅闆板隊队陽阳陰阴際际隨随險险隱隐' +
  '雖虽雙双雜杂雞鸡離离雲云電电靈灵靜静面面頂顶項项須须頓顿頻频顆颗題题額额' +
  '願愿類类顧顾風风飄飘飽饱餐餐養养餘余館馆馬马駕驾騙骗驗验體体髒脏鬧闹魚鱼' +
  '鳥鸟麗丽麥麦點点黨党齒齿龜龟優优傳传傷伤僅仅價价儀仪億亿儲储兒儿內内兩两' +
  '冊册凍冻則则剛刚創创劃划劇剧勁劲動动務务勝胜勞劳勢势區区協协卻却厲厉參参' +
  '雙双發发員员問问啟启喪丧單单嚴严囉啰圍围圖图園园圓圆團团壓压壞坏夠够夢梦' +
  '奪夺奮奋婦妇媽妈嬰婴寧宁實实審审寶宝對对將将專专尋寻導导屬属嶺岭幣币師师' +
  '帶带幫帮幹干廣广廳厅張张強强彈弹彥彦徑径從从復复徵征忙忙態态慘惨慣惯慮虑' +
  '憂忧應应懷怀戰战戲戏擇择擔担據据擊击擴扩擾扰攜携擁拥損损換换揮挥撥拨撫抚' +
  '敗败數数斷断於于時时晉晋曉晓暫暂書书會会條条來来東东標标樂乐樓楼樣样機机' +
  '權权歡欢歲岁歷历殺杀殼壳氣气決决沒没況况淨净測测湊凑滅灭漢汉漲涨潔洁澀涩' +
  '濃浓灑洒災灾爐炉爭争爛烂牽牵獎奖獲获現现瑣琐產产畫画異异療疗發发盜盗睜睁' +
  '礎础禍祸稅税穩稳窩窝競竞筆笔築筑簽签粵粤糾纠紐纽級级紛纷素素細细組组結结' +
  '絡络給给綜综緒绪緩缓編编縮缩績绩織织繁繁罰罚罵骂習习聞闻職职腸肠膽胆臟脏' +
  '與与舉举華华萬万葉叶著着蓋盖蘇苏蝦虾衝冲補补裝装製制複复襯衬覆覆親亲觸触' +
  '訓训託托訊讯訣诀詐诈該该詳详誇夸認认誘诱誦诵課课諮谘謊谎警警譯译護护讓让' +
  '豐丰貓猫負负貢贡貪贪貫贯賀贺賞赏賺赚購购贏赢趙赵跡迹踐践躍跃車车軍军輩辈' +
  '轟轰辭辞邊边還还遞递錶表鍋锅鎮镇門门閒闲閣阁陣阵陸陆隻只雜杂靠靠鞋鞋韓韩' +
  '頁页頌颂預预頭头顏颜願愿颱台餅饼餵喂饒饶驅驱驚惊鬆松麵面黃黄齡龄' +
  '垃垃圾圾慢慢卡卡爛烂糟糟棒棒讚赞差差壞坏廢废弔吊愛爱恨恨厭厌煩烦謬谬糊糊' +
  '當当鬥斗劑剂態态噁恶懶懒誌志獃呆蹤踪鏈链嘆叹傑杰齣出衊蔑擋挡攔拦' +
  // Characters of the review lexicon (lexicon-zh-reviews.ts).
  '薦荐極极別别豔艳艷艳準准暢畅譜谱鮮鲜寬宽緻致鹹咸膩腻涼凉魯鲁亂乱黴霉陳陈擠挤餿馊潰溃丟丢報报鬱郁悶闷討讨騷骚塗涂' +
  '乾干裏里賓宾歸归蠻蛮積积噴喷稱称檔档騰腾夾夹煙烟漬渍狹狭兇凶脫脱減减償偿嘔呕飲饮幾几並并賊贼' +
  '愜惬戀恋倫伦燦灿癮瘾醬酱憐怜憤愤敵敌'

/**
 * Written Cantonese characters read as their Mandarin words, one for one, so the Mandarin lists read
 * Hong Kong answers (扣咗我兩次錢 is 扣了我两次钱, 冇問題 没问题, 唔好用 不好用, 搵唔到 找不到, 佢哋 他们). Only characters Mandarin does not write
 * (not 係, Traditional for 系).
 */
const CANTONESE = '咗了嘅的喺在冇没唔不佢他啲些睇看俾给搵找揾找攞拿畀给哋们嚟来諗想嗰那'

export const T2S: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  for (const pairs of [OPENCC_T2S_PAIRS, PAIRS, CANTONESE]) {
    const chars = Array.from(pairs)
    for (let i = 0; i + 1 < chars.length; i += 2) {
      if (chars[i] !== chars[i + 1]) map.set(chars[i], chars[i + 1])
    }
  }
  return map
})()

/**
 * Characters only Simplified text uses: OpenCC's targets, less those Traditional text writes too.
 * Rare variants ("眞", "傢", "週") map to characters both scripts write ("真", "家", "周").
 */
export const SIMPLIFIED_ONLY: ReadonlySet<string> = (() => {
  const shared = new Set(Array.from(OPENCC_SHARED_TARGETS))
  const targets = Array.from(OPENCC_T2S_PAIRS).filter((_, i) => i % 2 === 1)
  return new Set(targets.filter((c) => !shared.has(c) && !T2S.has(c)))
})()
