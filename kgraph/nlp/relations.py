"""Relation extraction: sentences + entity mentions → ``Fact`` objects.

The rules read what news about cloud deals says the same way every time:
a cue word names the relation (出資, invest, 契約, cloud, 障害, outage …), the
entities' roles come from Japanese case particles (は/が agent, に/へ target,
を object, から source) or English word order and prepositions, and the
gazetteer's sectors break ties (the cloud company is the provider, the chip
maker the supplier). Each rule knows how sure it is: explicit roles score
higher than roles inferred from sectors, and those higher than coreference.

Everything here is plain Python over text and mentions, so rules are unit-tested
without a model; ``kgraph.nlp.components`` wraps it as a spaCy component.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..facts import SYMMETRIC, Entity, Fact
from ..gazetteer import Gazetteer
from .mentions import COUNTRY_PREFIX_RX, EN_LEGAL_TAIL_RX, PAREN_ALIAS, GazetteerMatcher, Mention
from .money import MoneyMatch, find_money
from .reference import Descriptor, find_descriptors, first_person_mentions, publisher
from .sentences import Sentence, split_sentences
from .timex import TimeMatch, date_after, find_times

__all__ = ["RelationExtractor", "merge_facts", "DEFAULT_MIN_CONFIDENCE"]

DEFAULT_MIN_CONFIDENCE = 0.5

# Confidence of each kind of evidence.
CONF_EXPLICIT = 0.9  # roles marked by particles / prepositions, sector-consistent
CONF_SECTOR = 0.8  # roles from sectors, cue explicit
CONF_WEAK = 0.7  # a generic cue (契約, deal) made specific by sectors
CONF_COREF = 0.65  # a party found through 同社 / 両社 / "the company"
CONF_WINDOW = 0.7  # roles split over two adjacent sentences

AMOUNT_RELATIONS = frozenset({"invests_in", "provides_cloud_to", "supplies", "acquires"})
UNDATED_RELATIONS = frozenset({"operates", "competes_with"})

CLOUD_SECTORS = frozenset({"CloudComputing"})
CHIP_SECTORS = frozenset({"Semiconductors", "Hardware"})
FINANCE_SECTORS = frozenset({"Finance"})


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


#: a character of the same clause: no full stop or semicolon, but the point of a number ("$3.6 million")
_IN_CLAUSE = r"(?:[^.;]|(?<=\d)\.(?=\d))"


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue patterns of one language."""

    invest: re.Pattern[str]
    invest_not: re.Pattern[str]
    cloud: re.Pattern[str]
    deal: re.Pattern[str]
    use: re.Pattern[str]
    provide: re.Pattern[str]
    supply: re.Pattern[str]
    partner: re.Pattern[str]
    compete: re.Pattern[str]
    compete_list: re.Pattern[str]
    outage: re.Pattern[str]
    impact: re.Pattern[str]
    acquire: re.Pattern[str]
    talks: re.Pattern[str]
    hypothetical: re.Pattern[str]
    analogy: re.Pattern[str]
    coref_one: re.Pattern[str]
    coref_two: re.Pattern[str]


JA = Cues(
    invest=_rx(r"(?:が|の)(?:共同)?リード|リードは|出資|(?<=[A-Za-z0-9\u30a0-\u30ff」』）)社][にへ])[^。、]{0,20}?投じ(?!られ)|投資(?!家|ファンド|会社|銀行|部門)|資金提供|資金を(?:出し|出す|出した|拠出)|増資|資本参加|資本提携|引き受け|株式を取得|大株主|筆頭株主|主要株主|"
               r"株式の[^。、]{0,12}取得|株[^。、式]{0,16}分?を取得|株式(?:の)?約?(?:[1-4１-４]?[0-9０-９])(?:[.．][0-9０-９]+)?(?:%|％)(?:強|弱)?を取得|議決権の[^。、]{0,12}を取得|"
               r"(?:%|株|株式)[^。、]{0,8}保有"),
    invest_not=_rx(r"補助金|助成|(?:基盤|インフラ|ケーブル|データセンター|設備|施設|工場|拠点|国内|日本|米国|事業|分野|研究|開発)(?:など)?[にへ][^。、]{0,20}?投じ|投資枠|での投資では|投資では限界|投資負担|投資余力|共同出資(?:する|して|した|の)?(?:新会社|会社|事業会社)|交付金|設備投資|投資計画|株価|(?:関連|分野|領域|事業|研究開発)に.{0,12}(?:投じ|投資)|投資額を|インフラ投資|データセンターに.{0,10}投資|国内に.{0,10}投資|"
                   r"シェア|市場の|全株式|全株(?!主)|(?:全て|すべて)の株式|"
                   r"市場(?:は|が|規模は)[^。]{0,30}?(?:拡大|成長|達する|達し|膨らむ|見込)"),  # a market's size
    cloud=_rx(r"クラウド|計算資源|計算能力|計算インフラ|計算環境|コンピューティング|GPUサーバー|データセンター|インフラ"),
    deal=_rx(r"契約|合意|締結|結んだ|結びました|調印"),
    use=_rx(r"利用|使って|使い|使う|使用|採用|移行|稼働|借り|依存|購入|調達|位置づけ|位置付け|選定|に選ん|に選び|を選(?:び|ん)"),
    provide=_rx(r"提供|供与|貸し出"),
    # a word for chips alone is no supply (「半導体設計を指揮した」, 「AI半導体の新興勢」): what is done with them is
    supply=_rx(r"供給|搭載|(?<!ドルを)(?<!円を)(?<!資金を)(?<!資金)(?<!今回の)(?<!前回の)調達(?!は|ラウンド|額|先)|購入|納入|出荷|(?:製造|生産)[^。]{0,25}?委託|"
               r"(?<=[_」』A-Za-z\u30a0-\u30ff])製の?(?:画像処理半導体|AI半導体|GPU|半導体|チップ|アクセラレーター|CPU|"
               r"[^。、]{0,20}?(?:装置|サーバー|サーバ))|(?<=[_」』A-Za-z\u30a0-\u30ff])製を(?:採用|導入|購入|調達)|"
               r"(?:GPU|半導体|チップ|アクセラレーター|アクセラレータ)[^。]{0,30}?を[^。、]{0,12}?"
               r"(?:採用|導入|利用|使|用意|備え|確保|積|調達)|(?:GPU|半導体|チップ)[^。、]{0,20}?で動"),
    partner=_rx(r"提携|パートナー|経営統合|開発(?:に関する|の)?契約|共同出資(?:する|して|した|の)?(?:新会社|会社|事業会社)|手を組|と組み(?!合わ)|と組んで|と組む|協業|協力関係|共同開発|合弁|タッグ|共同で(?:開発|販売|提供|運営|展開|構築)|連携して|"
                r"ライセンス契約|(?:製品|技術|業務|事業)連携|連携を(?:広げ|強化|深め|拡大)|と組んだ|共同研究|共同で(?![^。、]{0,20}(?:取得|買収|出資|投資|訴|提訴))|連携(?:する|し|して|すること)|協定を(?:締結|結)"),
    compete=_rx(r"ライバル|競合(?!でありながら)|競争相手|しのぎを削|シェアを争|覇権を争|と争う|対抗|奪い合|競い合|"
                r"争って|争い|獲得を競|(?:顧客|利用者|市場|首位)[^。]{0,6}を競"),
    compete_list=_rx(r"(?:といった|などの|など)(?:競合|ライバル)"),
    outage=_rx(r"障害|システムダウン|大規模停止|通信断|トラブル|不具合|ランサムウ[ェエ]ア|サイバー攻撃|(?<=の)停止(?:で|により|によって|の影響)|(?:電源|電力|停電|ネットワーク|システム)[^。、]{0,4}問題が(?:起き|発生)"),
    impact=_rx(r"停止|ダウン|使えな|利用できな|アクセスできな|アクセスしにく|ログインできな|つながらな|閲覧できな|"
               r"つながりにく|接続しにく|しにくく|にくくなっ|支障|更新が遅れ|不具合|影響を受け|影響が出|止まっ|欠航|運休|中断|"
               r"ログインできな|応答しな|起動できな|利用しにく|遅延|見合わせ|受け付けられな|を止め|が対象(?:で|と|だ)|"
               r"ができなくな|できない状態"),
    acquire=_rx(r"買収|傘下に収め|(?:完全)?子会社に(?:し|する|した)|(?:全株式|全株|(?:全て|すべて)の株式)を?(?:の)?取得|子会社化|取得する|取得した|取得し|公開買い?付け|株式公開買い付け|(?<![A-Za-z])TOB(?![A-Za-z])"),
    talks=_rx(r"協議|交渉|検討して|検討中|基本合意|意向表明|覚書|合意に向け|最終調整|方向で調整"),
    # 「国産クラウドとしての採用を目指している」: a deal aimed at is not made
    hypothetical=_rx(r"もし|仮に|可能性があ|可能性も|かもしれ|だろう|でしょう|ならば|れば、|(?:採用|選定|受注|契約)を目指"),
    analogy=_rx(r"まるで|のように|のような|似てい|に似て|例えるなら|たとえるなら|例え|たとえ"),
    coref_one=_rx(r"同社|当社|同グループ|この会社|同組合|同ファンド|同庁|同省|同行(?![しさすせ者])"),
    coref_two=_rx(r"両社|この2社|この二社|2社は|二社は"),
)

EN = Cues(
    invest=_rx(r"\binvest(?:s|ed|ing|ment|ments|or)?\b|(?<!persuade )(?<!convince )(?<!reassure )(?<!told )\binvestors\b|"
               r"\bstakes?\b|\bfunding\b|\bfunding round\b|\bbacked\b|"
               r"\bprivate placement\b|"
               r"\bbacking\b|\bbackers?\b|\bshareholders?\b|\b(?:holds?|owns?|held|owned)\b" + _IN_CLAUSE + r"{0,25}%|"
               r"\b(?:put|puts|poured?|pours|injects?|injected)\b" + _IN_CLAUSE + r"{0,40}\binto\b|"
               r"\b(?:buy|buys|bought|purchas\w*)\b" + _IN_CLAUSE + r"{0,40}\b(?:stock|shares|stake|equity)\b(?<!\bin stock)|"
               r"\braised?\b(?!\s+(?:service|rate|usage|quota|the limit|limits|prices|concerns|questions))|\braising\b|"
               r"\bcapital injection\b|\bled (?:a|the) .{0,20}round|"
               r"\b(?:took|take|takes|taking) part in\b" + _IN_CLAUSE + r"{0,40}\b(?:round|raise|funding|Series [A-H])\b|"
               r"\b(?:hold|holds|held|holding|own|owns|owned)\s+(?:\w+\s+)?(?:shares|stakes?|equity)\s+in\b"),
    invest_not=_rx(r"\bsubsid|\bgrants?\b|"
                   # "Reliance will own 70% of the venture and Meta the remaining 30%": shares of one left unnamed
                   r"\b(?:own|owns|hold|holds|take|takes)\s+(?:a\s+)?\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)\s+of\s+the\s+"
                   r"(?:new\s+|joint\s+)?venture\b|\bnot (?:cheques|checks|investments?|stakes?)\b|\bpledges?\b|\bcapex\b|capital (?:expenditure|spending)|\bspend(?:s|ing)?\b .{0,30}"
                   r"\b(?:data cent|infrastructure)|\binvest(?:s|ed|ing|ment)? .{0,25}\bin (?:data cent|infrastructure|"
                   r"its own|new|the (?:state|country|region)|japan|europe|india|ai infrastructure)|"
                   r"%\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}(?:market|revenue|sales)|\bmarket share|"
                   r"\b(?:shares|stock)\s+(?:\w+\s+)?(?:rose|fell|jumped|slid|dropped|climbed|gained|surged|tumbled|"
                   r"slumped|soared|sank|rallied)\b"),
    cloud=_rx(r"\bcloud\b|\bcompute\b|\bcomputing (?:power|capacity|resources)|\bcapacity\b|\binfrastructure\b|"
              r"\bdata cent(?:er|re)s?\b|\bservers?\b|\bGPU cloud\b|\bhyperscaler|"
              r"\bhost(?:s|ed|ing)?\s+(?:[\w,\-]+\s+){0,5}(?:GPUs|chips|accelerators)\b"),
    deal=_rx(r"\bdeal\b|\bcontract\b|\bagreement\b|\bsigned\b|\bsigns\b|\bpact\b|\bcommitment\b|\bcommits?\b"),
    use=_rx(r"\bpay(?:s|ing)?\b|\bpaid\b|\bbuy(?:s|ing)?\b|\bpurchas|\brun(?:s|ning)? on\b|\bus(?:e|es|ed|ing)\b|\brel(?:y|ies|ied) on\b|\bhost(?:s|ed|ing)?\b|\bmigrat|"
            r"\brun(?:s|ning)?\b" + _IN_CLAUSE + r"{0,50}\bon\b|\bthrough\b|\bmov(?:e|es|ed|ing)\s+(?:(?:much|all|some|most|part|parts|many) of\s+)?(?:its|their)\s+(?:own\s+)?"
            r"(?:[\w\-]+\s+){0,2}(?:infrastructure|workloads|data|servers|systems|services)\b,?\s+(?:[\w\-]+,?\s+){0,3}(?:on)?to\b|\btap(?:s|ped)?\b|\brent(?:s|ed|ing)?\b|\bcustomer\b|\bclient\b|\bchose\b|\bselected\b|\bpick(?:s|ed)\b|"
            r"\blin(?:e|es|ed|ing) up\b"),
    provide=_rx(r"\bprovid(?:e|es|ed|ing|er)\b|\bsuppl(?:y|ies|ied)\b|\bdeliver|\boffer|\bpower(?:s|ed|ing)?\b"),
    supply=_rx(r"\bsuppl(?:y|ies|ied|ier|iers|ying)\b|\b(?:super)?chips?\b|\bHBM\w*|\bGPUs?\b|\bprocessors?\b|\baccelerators?\b|\bship(?:s|ped|ping)?\b|"
               r"\b(?:servers|racks|switches|memory)\s+(?:from|made by|built by|supplied by)\b|"
               r"\bsell(?:s|ing)?\s+(?:[\w\-$.,]+\s+){0,8}?(?:servers|chips|GPUs|systems|hardware|memory)\b|\bdeliver(?:s|ed|ing)?\b|"
               r"\bdeploy(?:s|ed|ing)?\b|\bsemiconductors?\b|\bbuy(?:s|ing)? .{0,30}\b(?:chips|GPUs|hardware|systems)"),
    # not a job title: "managing partner of Nordhavn Capital", "a general partner at Accel"
    partner=_rx(r"(?<!managing )(?<!general )(?<!founding )(?<!senior )(?<!limited )(?<!investment )"
                r"\bpartner(?:s|ed|ing|ship|ships)?\b(?!\s+(?:at|with)\s+(?:the\s+)?(?:law|venture|investment)\s+firm)|\balliance\b|\bteam(?:s|ed)? up\b|\bcollaborat|\bjoint venture\b|"
                r"\blicen[cs]ing (?:deal|agreement|pact)\b|\blicen[cs]e (?:deal|agreement)\b|\btogether with\b|"
                r"\bjoin(?:s|ed)? forces\b|\bwork(?:s|ed|ing)? (?:together|jointly)\b|\bco-develop\w*|\bjointly develop|"
                r"\b(?:agreed|agrees|agree|plans?|planned|will|continue|continues) to work (?:closely )?with\b|"
                r"\bworks? closely with\b|\bmemorandum of understanding\b|\bMOU\b|\b(?:has |have |had )?worked with\b|\bcollaborators?\b|\btie-up\b|"
                # "DISH and AWS will develop and sell 5G services for businesses together"
                r"\b(?:will|would|to)\s+(?:develop|build|sell|market|offer|design|create)\b[^.;,]{0,60}?\btogether\b(?!\s+with)"),
    compete=_rx(r"\brivals?\b|\brivalry\b|\b(?:goes|go|going|went|is|are)\s+up\s+against\b|\bcompet(?:e|es|ed|ing|itor|itors)\b|\bcompetition\s+(?:with|against)\b|\bvie[sd]?\b|\bvying\b|\barch-?rival"),
    compete_list=_rx(r"\b(?:rivals|competitors) (?:such as|like|including)\b|\b(?:such|other) (?:rivals|competitors)\b|"
                     r"\bcompete[sd]?\s+(?:[\w\-]+\s+){0,2}with\s+(?:[\w\-]+\s+){0,3}(?:such as|including|like)\s"),
    outage=_rx(r"\boutages?\b|\bwent down\b|\bdisruption\b|\bfailures?\b|\bglitch\b|\bproblems? (?:in|at|with)\b|"
               r"\b(?:configuration\s+)?(?:mistake|error|bug|fault)\s+(?:at|in)\b|\bconfiguration\s+(?:\w+\s+)?(?:at|in)\b|"
               r"\bfire\s+(?:at|in)\s+(?:an?\s+)?(?=[A-Z])|\bblaze\b|\b(?:the|a|that)\s+fire\b(?!\s+(?:sale|drill))|"
               r"\btrouble (?:in|at|with)\b|\bissues? (?:in|at|with)\b|\bincident\b|\bfaulty\b|\bcrash|"
               # "Google's authentication system failed and took Gmail … with it", "a capacity change to … took down"
               r"['’]s\s+(?:[\w\-]+\s+){0,3}?(?:system|service|network|platform)\s+failed\s+and\s+(?:took|knocked|brought)\b|\bchange\s+to\b(?=[^.;]{0,80}?\b(?:took|knocked|brought)\s+down\b)|"
               r"\bcyber-?\s?attacks?\b|\bransomware\b"),
    impact=_rx(r"\boffline\b|\bdown\b|\bdisrupt|\baffected\b|\bhit\b|\bknock(?:s|ed|ing)?\b|\bunavailable\b|"
               r"\berrors?\b|\bstopped working\b|\bunable\b|\bcould not\b|\bcouldn't\b|\bwent dark\b|"
               r"\bcancel(?:l?ed|ling|s)?\b|\bgrounded\b|\boff (?:the )?air\b|\bhalted\b|\bsuspended\b|\bdelays?\b|"
               r"\bwent down\b|\bcrashed\b|\bfailed\b|\blocked out\b|\btrouble (?:signing|logging) in\b|"
               r"\b(?:worst|hardest) hit\b|\bsimilar (?:problems|issues|disruptions)\b|\bstruggled to load\b|"
               r"\blost (?:service|connectivity|access|their connections?)\b|\bwithout (?:service|access)\b|"
               r"\bknocked out\b|\bcasualties\b|\bwould not load\b|\bwouldn't load\b|\bbooted\b|"
               r"\bcut off\b|\b(?:took|taking|takes|take|brought|bringing)\s+(?:down|offline)\b"),
    acquire=_rx(r"\bacqui(?:re|res|red|ring|sition)\b|\bbuy(?:s|ing)?\b|\bbought\b|\bpurchas(?:e|es|ed|ing)\b|\btakeover\b|"
                r"\btake over\b|\b(?:take|takes|took|taken|taking)\s+(?:[A-Z][\w&\-.]*\s+){1,5}private\b|"
                r"\b(?:took|take|takes|taken|taking)\s+control\s+of\b|\bpaid\s+(?:about\s+|roughly\s+|nearly\s+|more than\s+|some\s+)?(?:US)?[$€£¥][\d.,]+"
                r"(?:\s*(?:billion|million|bn|m)\b)?\s+(?:in cash\s+|in stock\s+)?for\b(?!" + _IN_CLAUSE + r"{0,40}\b(?:stakes?|shares|"
                r"capacity|compute|computing|access|rights|licen[cs]es?|services?|chips|GPUs|servers)\b)"),
    talks=_rx(r"\bin talks\b|\btalks\b|\bnegotiat|\bletter of intent\b|\bif (?:it is |the deal is )?finali[sz]ed\b|"
              r"\bapproached\s+" + _IN_CLAUSE + r"{0,40}\b(?:about|over|regarding)\s+(?:a|an|the|possible|potential)\b|"
              r"\bconsidering\b|\bexploring\b|\bdiscussions\b|\bmemorandum of understanding\b|\bnon-binding\b|"
              r"\bnear(?:s|ing)? a deal\b|\bclose to a deal\b"),
    # "said it would invest" reports a plan: "would" after a reporting verb is no hypothetical, nor is "would not
    # load" (what users saw)
    hypothetical=_rx(r"\bif\b(?! (?:it is |the deal is )?finali[sz]ed)|(?<!\bsaid )(?<!\bsays )(?<!\bit )(?<!\bthey )"
                     r"(?<!\bwhich )(?<!\bthat )\bwould\b(?! not (?:load|connect|work|open|respond|start|play|stream|send|sync|"
                     r"resolve)\b)(?! (?:become|be|invest|provide|supply|buy|acquire|"
                     r"use|run|take|give|get|deploy|build|pay|spend|make|rent|host)\b)|\bcould\b(?! not)|\bmight\b|\bwere to\b|"
                     r"\bhypothetical|\bimagine\b|\bsuppose\b"),
    analogy=_rx(r"\blike .{0,40}\bin the (?:early|late)?\b|(?<!\bas )\bmuch as\b(?! \$)|\banalog|\bakin to\b|\breminiscent\b|"
                r"\bthe way .{0,30} did\b|\bThink of\b" + _IN_CLAUSE + r"{0,60}\bas\b|\b(?:is|was) (?:a|the) [\w\-]+ version of\b"),
    # "the company", "the data analytics firm", "the San Francisco-based start-up"; not "the other company"
    coref_one=_rx(r"\bthe\s+(?:(?!(?:other|two|three|rival|parent|same|combined|new|largest|biggest|first|second|"
                  r"latter|former|target|acquired|acquiring|venture|joint|holding|whole|entire|tech|technology|only)\b)"
                  r"[a-z][\w\-]*\s+){0,3}?(?:company|firm|startup|start-up|group)\b(?!-)"),
    coref_two=_rx(r"\bthe two(?: companies| firms)?\b|\bboth companies\b|\bthe pair\b|\bthe duo\b"),
)

#: "buy compute / chips / capacity" is a purchase of goods or services, not an acquisition.
_BUYS_GOODS = _rx(r"(?:\bbuy(?:s|ing)?|\bbought|\bpurchas\w*)\b(?:[^.]|\.(?=\d)){0,60}?\b(?-i:compute|computing|capacity|chips?|GPUs?|"
                  r"processors?|servers?|cloud|accelerators?|systems|stock|shares|stake|equity|hardware|equipment|"
                  r"products|services|power|electricity)\b(?<!\bin stock)(?<!\bin shares)(?<!all-stock)(?<!all-cash)(?<!cash-and-stock)"
                  r"(?!\s+(?:deal|transaction|agreement|merger|purchase))"
                  r"(?!\s+(?:[\w\-]+\s+)?(?:designer|maker|company|firm|developer|start-?up|provider|operator|"
                  r"specialist|business|unit|vendor))|(?:計算資源|計算能力|GPU|チップ|半導体|サーバー|クラウド)[^。]{0,20}(?:購入|調達)")
#: a buyer's verbs for hardware
_BUYS_HARDWARE = _rx(r"購入|導入|搭載|調達|採用|確保|\border(?:s|ed)?\b|\bbuy(?:s|ing)?\b|\bbought\b|\bpurchas|\bdeploy|"
                     r"\binstall|\bacquir(?:e|ed|es|ing) (?:\d|[\w,]+ (?:GPUs|chips))")
#: chips put to use in a deal about something else: "using Nvidia systems", "10 gigawatts of AMD GPUs are deployed"
_USES_CHIPS = _rx(r"\b(?:using|use|uses|deploy(?:s|ed|ing)?|built on|powered by|run on)\b" + _IN_CLAUSE + r"{0,40}?"
                  r"(?:\b[A-Z][\w\-]*\s+)?(?:systems|GPUs|chips|accelerators|processors)\b|"
                  r"(?:systems|GPUs|chips|accelerators|processors)\b" + _IN_CLAUSE + r"{0,15}\b(?:are|is|will be|be) deployed\b")
#: sectors of companies whose own failure is an outage for their customers
_OUTAGE_VENDOR_SECTORS = frozenset({"Software"})
#: 「影響はなかった」, "was not affected": no victim here
_NO_IMPACT = _rx(r"影響(?:は|が)(?:なかった|ない|出ていない)|使っていない|利用していない|"
                 r"(?:障害|不具合|影響)(?:は|が)(?:確認され|見られ|起き)(?:なかった|ていない)|"
                 r"\bnot (?:affected|impacted)\b|"
                 r"\breported no (?:problems|issues|disruption)|"
                 r"\bunaffected\b|\bwere spared\b")
#: who reports a fact is no party to it
_CITED_BEFORE = _rx(r"\b(?:according to|reported by|told|first reported by|citing)\s+"
                    r"(?:(?:a|an|the)\s+)?(?:(?:report|story|article|filing|statement)s?\s+(?:in|by|from)\s+(?:the\s+)?)?"
                    r"(?:[\w\-]+\s+){0,2}$|"
                    # "said Priya Venkataraman, an analyst at Meridian Capital Markets": whose analyst is quoted
                    r"\b(?:analysts?|economists?|strategists?|research\s+analysts?)\s+(?:at|with|for)\s+(?:the\s+)?$")
#: 「アサヒGHDによると」: who says it
_JA_SAYS = re.compile(r"(?:によると|によれば)")
_CITED_AFTER = re.compile(r"(?:\s?[(（][^)）]{0,20}[)）])?(?:によると|によれば|が報じ|の報道|は報じ|"
                          r"(?:\s?NEWS)?の(?:集計|調べ|調査|取材)(?:では|によると|によれば|に対し)|\s?reported\b(?!\s+(?:problems|issues|outages?|disruptions?|"
                          r"trouble|difficulties|errors|losses|an?\s+(?:outage|loss|drop|jump)))|"
                          r"(?:が|は)[^。「」]{0,50}?と報じ)")
#: a newspaper named as such: 「米紙ウォール・ストリート・ジャーナル」, 「英紙フィナンシャル・タイムズは」
_JA_PAPER_BEFORE = re.compile(r"(?:米|英|日|独|仏|中|韓|経済|地元|業界)?(?:紙|誌|通信社|メディア)$")
#: the credit of a wire story at the start of its first line
_DATELINE_BEFORE = re.compile(r"\s*[\[［][^\]］\n]{0,40}|[A-Z][A-Za-z0-9 ,./]{0,60}\(")
_DATELINE_AFTER = re.compile(r"[^\[\]［］()（）\n]{0,20}(?:[\]］]|\)\s*[-–—])")
#: 「…の提供事業者として、…を選定した」: a company picked to provide a cloud
_JA_PICKED_AS_PROVIDER = re.compile(r"(?:提供|クラウド|サービス)事業者(?:として|に)[^。]{0,40}?(?:選定|選ん|選び|採用)")
#: between two items of a list, a relative clause on the first: ", which this month signed a deal with …, and "
_AFTER_RELATIVE = re.compile(r"(?:\s+(?:Inc|Corp|NV|AG|SA|plc|Ltd|Co)\.?)?,\s+(?:which|who|whose)\s[^;()]{1,160}?,\s+(?:and\s+)?")
#: what follows the last of the names that invest in the sentence's topic: 「…の8社が計73億円を出資した」
_JA_GAVE_MONEY = re.compile(r"(?:の[0-9０-９一二三四五六七八九十]+社)?(?:など)?が[^。、]{0,25}?(?:出資|資金を(?:出し|拠出))")
#: 「…も名を連ねた」: one more investor of the round told about (not 「顧客にも名を連ね」)
_JA_ALSO_LISTED = r"(?<!顧客に)も名を連ね"
#: a funding round and its investors
_ROUND = _rx(r"\bround\b|\bprivate placement\b|\bled by\b|\bparticipation (?:from|of)\b|\bco-led\b|\bSeries [A-H]\b|ラウンド|第三者割当|主導し|引き受け|"
             r"資金調達には|調達には|(?:今回|前回|同|本)の(?:資金)?調達(?:は|では)")
#: investors of a round named without a word for investing: "That round was led by Aker, with participation
#: from Nokia", 「本ラウンドには…が参加しました」
_ROUND_INVESTORS = _rx(r"\b(?:round|Series [A-H]|raise|funding)\b" + _IN_CLAUSE + r"{0,60}?\b(?:(?:co-)?led by|participation (?:from|of)|"
                       r"joined by|came from|included|(?:also\s+)?(?:drew|attracted))\b|ラウンド[^。]{0,240}?(?:参加|参画|主導|引き受け)|"
                       r"(?:参加|主導|リード)(?:した|して)[^。]{0,20}(?:ラウンド|シリーズ[A-HＡ-Ｈ]|第三者割当増資|を調達)|"
                       r"(?:調達|増資|ラウンド)に[^。]{0,80}?参加|"
                       # 「今回の調達は…が主導し、…などが加わった」「…も名を連ねた」: the round of the company told about
                       r"(?:調達|増資|ラウンド)(?:は|では)[^。]{0,80}?(?:主導|参加|加わ)|"
                       r"^(?![^。]*(?:顧客|取引先|利用|採用|導入))[^。]{0,80}" + _JA_ALSO_LISTED + r"(?:た|ている|る)")
_EN_RIVAL_LIST = _rx(r"\b(?:rivals|competitors|compet(?:es|e|ing)\s+(?:directly\s+|head-on\s+)?with)\b"
                    r"(?:[^.;$]{0,40}?,?\s+(?:such as|like|including)\b|(?=\s+[A-Z]))")
#: the heading of a new section: 「■ 原因」, "## Timeline"
_SECTION = re.compile(r"^\s*(?:[■□◆◇●▼【#]|\*\*)")
#: an unknown company that the article presents as a cloud
_CLOUD_NAME = _rx(r"\bcloud\b|\bcompute\b|クラウド|コンピュート")
_CLOUD_INTRO = _rx(r"GPU ?cloud|cloud (?:provider|company|start-?up|operator|platform)|neocloud|data ?cent(?:er|re) operator|"
                   r"GPUクラウド|クラウド(?:事業者|サービスを(?:運営|提供))|データセンター(?:事業者|を運営)")
#: "… opened its AI cloud", "… has launched a sovereign GPU cloud": a cloud of its own
_OPENS_ITS_CLOUD = _rx(r"(?:\s+(?:has\s+|have\s+)?(?:opened|launched|switched on|built|started|unveiled)\s+(?:its|a|an|the)\s+"
                       r"(?:new\s+)?(?:[\w\-]+\s+){0,2}(?:AI|GPU)\s+cloud\b(?!\s+(?:deal|contract|spending|capacity))|"
                       r"(?:が|は)[^。]{0,20}?(?:AI|GPU)クラウド(?:を|の)(?:開設|開始|稼働|提供))")


def _introduced_as_cloud(after: str) -> bool:
    """What follows a name presents it as a cloud ("Vantaa, a GPU cloud start-up", 「X(GPUクラウド)」),
    not as a cloud's customer (「Xと3年間のGPUクラウド利用契約」, "X signed a cloud contract")."""
    m = _CLOUD_INTRO.search(after)
    if m is None:
        return False
    # 「カザミAI(東京都渋谷区)と、…」: a place in brackets says nothing, what comes after it does
    lead = re.match(r"\s?[(（][^()（）]{0,20}[)）]", after)
    return not re.match(r"\s*(?:と|with\b)", after[lead.end() if lead else 0:]) \
        and not _CLOUD_CUSTOMER.search(after[:m.end() + 6])


def _own_words(text: str, mentions: Sequence[Mention], before: int = 30, after: int = 50) -> list[tuple[str, str]]:
    """For each of ``mentions`` (in order of start), the words of its own sentence just before it, back to the
    previous company named, and those after it, up to the next ("A and B chose the GMO GPU cloud" says nothing of A).
    Only the neighbours within reach are looked at."""
    longest = max((m.end - m.start for m in mentions), default=0)
    out = []
    for i, m in enumerate(mentions):
        start, j = max(0, m.start - before), i - 1
        while j >= 0 and mentions[j].start >= m.start - before - longest:
            x = mentions[j]
            if x.end <= m.start and x.entity.id != m.entity.id:
                start = max(start, x.end)
            j -= 1
        end, j = m.end + after, i + 1
        while j < len(mentions) and mentions[j].start < end:
            x = mentions[j]
            if x.start >= m.end and x.entity.id != m.entity.id:
                end = x.start
            j += 1
        words = text[start:m.start]
        out.append((words[max(words.rfind(c) for c in "。.!?\n") + 1:], text[m.end:end]))
    return out


_CLOUD_CUSTOMER = _rx(r"利用|契約|使|採用|\bsign|\buses?\b|\bcustomer|\bcontract|\bdeal")
_OUR_CLOUD = _rx(r"(?:当社|弊社)の?(?:GPU ?)?クラウド|\bour (?:own )?(?:GPU )?cloud\b")
#: "cloud partner" / 「クラウドパートナー」 says who provides the cloud
_CLOUD_PARTNER = _rx(r"(?:cloud|training|compute|infrastructure)\s+(?:partner|provider)s?|クラウド(?:の)?パートナー")
_PARTNER_WORD_ALONE = _rx(r"\bpartner|提携|パートナー|協業|合弁|\bcollaborat|\balliance|\bjoint venture|"
                          r"\b(?:will|would|to)\s+(?:develop|build|sell|market|offer|design|create)\b[^.;,]{0,60}?\btogether\b(?!\s+with)")
#: a takeover, not a stake: wins over the investment cues of the same sentence
_TAKEOVER = _rx(r"買収|子会社化|傘下に収め|TOB|株式公開買い付け|\bacqui(?:re|res|red|ring|sition)\b|\btakeover\b|\btake over\b|"
                r"\bbuy(?:s|ing)? (?:out )?(?:the )?(?:company|startup|start-up|firm|rest)\b")
#: the investee raises money from the investor: roles are the other way round
_RAISE = _rx(r"\brais(?:e|es|ed|ing)\b|\bsecur(?:e|es|ed)\b .{0,30}\bfrom\b|"
             # "Tenstorrent has closed a Series D funding round … led by AFW Partners": who closes a round raised it
             r"\b(?:clos(?:e|es|ed|ing)|complet(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|secur(?:e|es|ed|ing))\s+(?:its|a|an|the)\s+"
             r"(?:[\w$€£.,\-]+\s+){0,6}?(?:round|financing|Series [A-H])\b|\bbacked by\b|"
             # "it has agreed a private placement of approximately $700 million with … investors"
             r"\b(?:agree[sd]?|announc(?:e|es|ed)|complet(?:e|es|ed)|clos(?:e|es|ed)|price[sd]?)\s+(?:a|an|the|its)\s+"
             r"(?:[\w$€£.,\-]+\s+){0,4}?private placement\b|出資を受け|資金を調達|資金調達|から.{0,15}調達")

#: a name followed by its own amount: the second investor of a gapped clause
_EN_GAPPED = re.compile(r"\s+(?:(?:will|would|is to)\s+)?(?:invest(?:s|ed)?\s+|put(?:s|ting)?\s+|add(?:s|ed)?\s+)?"
                        r"(?:up to|as much as|about|roughly|around|nearly|more than|some|another|an additional)?\s*"
                        r"(?:US|A|C)?\$\d", re.I)

_JA_PARTICLES = (
    "といった", "に加えて", "に加え", "のほか", "とともに", "と共に", "に対して", "に対し", "に対する", "には", "とは", "とも", "では", "から", "への", "との", "へ", "は", "が", "も", "に", "と", "を", "の",
    "や", "、", "・", "で",
)
_SKIP_AFTER = re.compile(r"(?:\s?[(（][^()（）\n]{0,40}[)）]|[」』”\"’\s]|株式会社|社|グループ|傘下|など|自身|自体|ら(?=[はがも])|"
                         r"の(?:[0-9０-９一二三四五六七八九十]+(?:メガバンク|大手|社|行)|大手[0-9０-９一二三四五六七八九十]*社?)(?=の|[はがもにと]))*")
_EN_PREP_BEFORE = re.compile(
    r"(?:\b(in|into|to|with|from|by|of|for|between|and|at|on|including|like|as|alongside|along with|together with|"
    r"joined by)\s+(?:the\s+)?"
    r"(?:[A-Za-z\-]+\s+){0,2})$", re.I)
_EN_PREP_NEAREST = tuple(re.compile(
    r"(?:\b(in|into|to|with|from|by|of|for|between|and|at|on|including|like|as|alongside|along with|together with|"
    r"joined by)\s+(?:the\s+)?" + r"(?:[A-Za-z\-]+\s+)" * n + r")$", re.I) for n in range(3))
_LIST_GAP = re.compile(r"^[」』]\s*(?:、|と|や|・)?\s*(?:[\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{1,12}(?<![のはがをにで]))?[「『]$|"
                       r"^(?:、|や|と|・)(?:米|英|日|中|仏|独|韓|台|印|加|豪|蘭|伊|露)$|"
                       r"^(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|PBC|plc|AG|SA)\.?|株式会社)?\s*(?:(?:、|,|，|・|や|と|and|&|or|および|及び|, and|,\s*and)\s*(?:the\s+|株式会社|"
                       r"(?:米|英|日|中|仏|独)?(?:投資会社|投資ファンド|ファンド|ベンチャーキャピタル|半導体大手|IT大手|大手|新興|通信大手)の|"
                       # 「…や英トレーディング会社XTXマーケッツ」: what the next company is, before its name
                       r"(?:米|英|日|中|仏|独|韓|台|加|蘭)[\u30a0-\u30ff\u4e00-\u9fff]{0,8}(?:会社|大手|企業|新興)の?|"
                       # 「…、アラブ首長国連邦（UAE）の投資会社MGX」
                       r"[\u30a0-\u30ff\u4e00-\u9fff]{2,10}(?:[（(][A-Za-z]{2,6}[)）])?の[\u30a0-\u30ff\u4e00-\u9fff]{0,8}"
                       r"(?:会社|大手|企業|ファンド)の?)?"
                       r"(?:(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s\s+)?|\s*)$", re.I)  # "…, Fidelity and Saudi Arabia's KH"


@dataclass(slots=True)
class Party:
    """A mention with its grammatical role in the sentence."""

    mention: Mention
    role: str  # agent | target | with | object | gen | source | none
    list_id: int = -1  # parties in one coordinated list share an id

    @property
    def entity(self) -> Entity:
        return self.mention.entity


@dataclass(slots=True)
class Context:
    """What the extractor remembers across sentences of one article."""

    recent: list[Entity] = field(default_factory=list)
    topic: Entity | None = None
    stale: int = 0  # sentences since the topic was last the agent of one
    prev_named: list[Entity] = field(default_factory=list)  # organizations the sentence before named
    main: Entity | None = None  # the organization the article names most
    outage: tuple[Entity, str | None, int] | None = None  # provider, date, sentence index
    first_outage: tuple[Entity, str | None, int] | None = None  # the outage the article is about
    last_deal: Fact | None = None  # the last fact that can carry an amount
    last_investment: Fact | None = None
    deals: dict[str, Fact] = field(default_factory=dict)  # the last deal of each relation
    first_deals: dict[str, Fact] = field(default_factory=dict)  # the first deal of each relation
    publisher: Entity | None = None  # who a first-person press release speaks for
    last_date: str | None = None  # the last date the article gave (the first of its sentence)
    latest_date: str | None = None  # the date written last, which 「同年」 and "the same day" refer to
    prev_referent: Entity | None = None  # whom 同社 / "the company" meant in the sentence before
    asides: set[int] = field(default_factory=set)  # ids of this sentence's facts said in passing (no hypothetical)
    first_deal: Fact | None = None  # the first deal the article reported
    pair: list[Entity] = field(default_factory=list)  # the two companies the sentence before had act together
    pair_age: int = 9  # sentences since ``pair`` was named
    hold_topic: bool = False  # the sentence listed whose partners or investors others are: its topic stays
    about: Entity | None = None  # the company whose section of a release (「Xについて」, "About X") this is
    investees: dict[str, list[Entity]] = field(default_factory=dict)  # investor id → what it invested in
    round_company: Entity | None = None  # the one company named with the last funding round told
    buyers: dict[str, Entity] = field(default_factory=dict)  # id of what was bought → who bought it (first told)

    def told_about(self) -> Entity | None:
        """The company a sentence that leaves out its subject is about: the one whose section of a release it is
        in, else the publisher of a press release, else the topic of the last sentences (none once two sentences
        have passed without it)."""
        return (self.about or self.publisher or self.topic) if self.stale <= 2 else self.about


#: a wire dateline: "SAN FRANCISCO, Aug 22 -", "SEATTLE, Sept 25 (Wire) -"
_DATELINE_DATE = re.compile(r"^\s*[A-Z][A-Z .,/]{1,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*"
                            r"(?:\([^)]{1,20}\)\s*)?[-–—]")
#: a running total, not a deal of its own: "bringing its total to $8 billion", 累計約130億ドル
_TOTAL_BEFORE = _rx(r"(?:\btotal(?:l?ing)?\b|\bbring(?:s|ing)?\b|\bcumulative(?:ly)?\b|\baltogether\b|\boverall\b|"
                    r"累計|合計|総計|計(?=[約\d０-９])|これまでに|これまでの)[^.。$]{0,25}$")
_TOTAL_AFTER = _rx(r"^[^.。]{0,12}?(?:\bin total\b|\bso far\b|\bto date\b|\bsince (?:it was founded|its founding|inception)\b|\baltogether\b|\bin all\b|に達|にのぼ|に上)")
#: what a company is worth is no deal: "values Scale at more than $29 billion", 「企業価値は1830億ドル」
_VALUATION = _rx(r"(?:\bvalu(?:e|es|ed|ing|ation)\b|\bmarket (?:value|capitali[sz]ation|cap)\b)[^.;$€£¥]{0,30}$|"
                 r"(?:企業価値|評価額|時価総額)[^。、]{0,8}?(?:は|が|を|で|に)?(?:約|最大)?$")
_DEAL_VALUED = _rx(r"\b(?:deal|transaction|acquisition|purchase|contract|agreement|pact|takeover|investment)"
                   r"(?:,? which (?:is|was|would be)| \w+)? valued\b|"
                   r"\b(?:deal|transaction|acquisition|purchase|takeover|offer)\s+(?:could\s+|would\s+|will\s+)?"
                   r"values?\s+" + _IN_CLAUSE + r"{1,40}?\bat\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|more than\s+)?$|"
                   # "agreed to acquire Aligned at an enterprise value of about $40 billion": the price
                   r"\b(?:enterprise|equity|deal|transaction|purchase)\s+value\s+of\s+(?:about\s+|around\s+|roughly\s+|"
                   r"nearly\s+|some\s+|more than\s+)?$|"
                   r"企業価値として(?:約|最大)?$")
#: words that introduce another deal between parties already named
_MORE_DEAL = _rx(r"\bexpansion\b|\badd-?on\b|\badditional\b|\bexpand(?:s|ed|ing)?\b|\bextend(?:s|ed)?\b|\bextension\b|"
                 r"\bnew (?:deal|contract|agreement|investment|round)\b|\banother\b|\bfollow-on\b|\btranche\b|"
                 r"追加|拡大|積み増|さらに|新たに|増額|投じ|出資|契約")


#: a date that says when something was said, and one that says when the event happened
_SPEECH_BEFORE = _rx(r"\b(?:said|says|wrote|posted|told|announced|explained|disclosed)\b" + _IN_CLAUSE + r"{0,50}$")
_EVENT_BEFORE = _rx(r"\b(?:began|started|occurred|happened|erupted|struck|hit|went down|failed|broke)\b" + _IN_CLAUSE + r"{0,18}$")
#: the same in Japanese, where the sign follows the date: 「KDDIは4日、2日未明から続いていた通信障害について…発表した」
_JA_SPEECH = _rx(r"(?:発表|明らかに|説明|公表|述べ|報告)")
_JA_TOLD_AFTER = _rx(r"(?:には|に)?、")
_JA_EVENT_AFTER = _rx(r"(?:の)?(?:未明|早朝|朝|昼|午前|午後|夕方|夜|深夜)?(?:[0-9０-９]+時(?:[0-9０-９]+分)?(?:ごろ|頃)?)?"
                      r"(?:から|以降|に(?:発生|起き|始ま))")


#: "more than $1 billion in annual revenue": what a company earns, told after the figure
_REVENUE_AFTER = _rx(r"\s+(?:in|of)\s+(?:annual(?:ized)?\s+|yearly\s+|quarterly\s+|recurring\s+)?(?:revenue|sales|profit|"
                     r"net income|earnings)\b")
#: what a company earns is no deal: 「年間売上高が約570億ドル」, "annual revenue of $57 billion"
_REVENUE = _rx(r"(?:売上高|売上|売り上げ|収益|営業利益|純利益|最終利益|営業損益|赤字|黒字)(?:は|が|で|を)?(?:約|最大)?$|"
               r"\b(?:revenue|revenues|sales|profit|net income|operating income|earnings|loss)\s+(?:of|was|were|rose to|"
               r"fell to|reached|totaled|totalled)?\s*(?:about|roughly|nearly|more than|around)?\s*$")


#: borrowed money is no stake: "$5.25 billion of debt", 「500億円の融資」
_DEBT_AFTER = _rx(r"\s*(?:of|in)\s+(?:new\s+|additional\s+)?(?:debt|loans?|credit|borrowing)\b|\s*(?:の)?(?:融資|借り入れ|借入|社債)")
_DEBT_BEFORE = _rx(r"\b(?:debt|loans?|credit facility|lenders?|banks)\b" + _IN_CLAUSE + r"{0,40}$|(?:融資|借り入れ|借入)[^。]{0,20}$")
#: money borrowed to pay for a deal: "Broadcom borrowed about $30 billion to fund the cash portion"
_BORROWED = _rx(r"\bborrow(?:ed|s|ing)?\b|\bdebt\b|\bloans?\b|\bbonds?\b|借り入れ|借入|融資|社債")
#: borrowing: "secured a $900 million debt facility", 「融資枠を確保」
_DEBT_DEAL = _rx(r"\b(?:debt|credit|loan) facilit(?:y|ies)\b|\bterm loan\b|融資枠|コミットメントライン")
#: 「1株当たり5,920円」: a price per share, in Japanese
_JA_PER_SHARE = re.compile(r"1株(?:当たり|あたり)?(?:の)?(?:価格は|価格)?(?:約)?$|月額(?:で)?(?:約|最低でも|最大)?$")
#: a price per share (or a fee per month) is no deal amount: "buying shares at $23.28 each", 「1株23.28ドルで」, 「月額50万ドル」
_PER_SHARE = _rx(r"\s*(?:each|apiece|a share|per share|(?:a|per) month(?!\s+(?:after|before|earlier|later|ago)\b))\b")


def _after_name(text: str, end: int) -> int:
    """Where the particle of a Japanese name ending at ``end`` is: past (NTT), 」, 社, 株式会社, など, 自身."""
    return _SKIP_AFTER.match(text, end).end()


def _lender(text: str, sent: Sentence, p: Party) -> bool:
    """A party named as who lends ("$5.25 billion of debt from banks led by JPMorgan") or as who set up the fund
    that invests (「鴻海精密工業とCTBCが共同で設立したファンド「HH-CTBC Partnership」」): it holds no stake."""
    return bool(_DEBT_BEFORE.search(text[max(sent.start, p.mention.start - 50):p.mention.start])
                or _JA_SET_UP_FUND.match(text, _after_name(text, p.mention.end), sent.end))


def _without_names(local: str, base: int, parties: Sequence[Party], *, glosses: bool = False) -> str:
    """``local`` (which starts at ``base``) with the names of its parties blanked out, so that a word inside a
    name ("NXP Semiconductors", "Canada Pension Plan Investment Board") is no cue; ``glosses``: also the gloss
    after a name ("(CPP Investments)")."""
    chars = list(local)
    for p in parties:
        end = p.mention.end - base
        gloss = PAREN_ALIAS.match(local, end) if glosses and 0 <= end <= len(local) else None
        for i in range(max(0, p.mention.start - base), min(len(local), gloss.end() if gloss else end)):
            chars[i] = "_"
    return "".join(chars)


#: a time told by the one before it: 「同日」「同月」「同年4月」, "the same day", "that month"
_SAME_TIME = _rx(r"同(?P<ja>日|月|年)(?!\d|[0-9０-９]+月)|同年(?P<month>[0-9０-９]{1,2})月(?:(?P<day>[0-9０-９]{1,2})日)?|"
                 r"\b(?:the\s+same|that\s+same|that)\s+(?P<en>day|month|year)\b")

_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")

#: a time counted on from the one before it: 「翌年」「翌月」「翌12月」「翌年3月」, "the following year",
#: "the next month", "the following March"
_NEXT_TIME = _rx(r"翌(?:(?P<ja>月|年)(?![0-9０-９]{1,2}月)|(?P<jy>年)?(?P<month>[0-9０-９]{1,2})月)|"
                 r"(?i:\bthe\s+(?:following|next)\s+(?:(?P<en>month|year)\b|(?P<en_month>"
                 + "|".join(_EN_MONTHS) + r")\b))")


def _next_time(m: re.Match[str], last: str) -> str | None:
    """The date that 「翌12月」 or "the following year" (``m``) means after the date ``last``."""
    year = int(last[:4])
    if m.group("ja") == "年" or (m.group("en") or "").lower() == "year":
        return str(year + 1)
    if m.group("ja") == "月" or (m.group("en") or "").lower() == "month":
        if len(last) < 7:
            return None
        month = int(last[5:7]) + 1
        return f"{year + month // 13}-{(month - 1) % 12 + 1:02d}"
    if m.group("month"):
        month = int(unicodedata.normalize("NFKC", m.group("month")))
    else:
        month = _EN_MONTHS.index(m.group("en_month").lower()) + 1
    if not 1 <= month <= 12:
        return None
    if m.group("jy") or len(last) < 7 or month <= int(last[5:7]):
        year += 1  # 「翌年3月」; 「翌3月」 after 2022年8月 is March of 2023
    return f"{year}-{month:02d}"


def same_time(text: str, times: list[TimeMatch], last: str | None) -> list[TimeMatch]:
    """``times`` with the times that refer to the last date the article gave (``last``) resolved:
    「同年4月」 after 2023-09-14 is 2023-04, "the same day" after 2025-05-13 is that day, 「翌12月」 after
    2022-08 is 2022-12, "the following year" after 2019-07 is 2020."""
    if last is None:
        return times
    out = list(times)
    for m in _NEXT_TIME.finditer(text):
        value = _next_time(m, last)
        # 「翌12月」 is no December of the year of publication, nor "the next year" the year after it
        out = [t for t in out if not (t.start < m.end() and m.start() < t.end)]
        if value:
            out.append(TimeMatch(m.start(), m.end(), "date", value, m.group(), relative=True))
    taken = [(t.start, t.end) for t in out if t.value]
    out = [t for t in out if t.value or not t.text.startswith("同年")]
    for m in _SAME_TIME.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        unit = m.group("ja") or m.group("en")
        if m.group("month"):
            value = f"{last[:4]}-{int(unicodedata.normalize('NFKC', m.group('month'))):02d}"
            if m.group("day"):  # 「同年10月4日」
                value += f"-{int(unicodedata.normalize('NFKC', m.group('day'))):02d}"
        else:
            need = {"日": 10, "day": 10, "月": 7, "month": 7, "年": 4, "year": 4}[unit]
            value = last[:need] if len(last) >= need else None
        if value:
            out.append(TimeMatch(m.start(), m.end(), "date", value, m.group(), relative=True))
    return sorted(out, key=lambda t: t.start)


#: when a company was founded dates no deal: "Run:ai, founded in 2018 by …" (in Japanese, investors often
#: fund the company as it is founded: 「2022年11月に設立されたラピダスには…8社が出資」)
_FOUNDED_BEFORE = _rx(r"\b(?:founded|established|incorporated|spun\s+out|spun\s+off)\s+"
                      r"(?:by\s+[^,.;]{1,40}?\s+)?in\s+$")


#: 「22年8月に設立され」: the date a company was founded, not of its deal
_JA_FOUNDED_AFTER = re.compile(r"(?:に|の)(?:設立|創業|創立|発足)(?:され|し)")


def _not_founding(text: str, times: list[TimeMatch]) -> list[TimeMatch]:
    return [t for t in times if not _FOUNDED_BEFORE.search(text[max(0, t.start - 60):t.start])
            and not _JA_FOUNDED_AFTER.match(text, t.end)]


def event_first(text: str, times: list[TimeMatch]) -> list[TimeMatch]:
    """``times`` with the day of the event first when the first date is the day it was told:
    "AWS said in a post Saturday that the trouble began early Wednesday" is Wednesday's news."""
    dated = [t for t in times if t.kind == "date" and t.value]
    if len(dated) < 2:
        return times
    event = None
    if _SPEECH_BEFORE.search(text[max(0, dated[0].start - 60):dated[0].start]):
        event = next((t for t in dated[1:] if _EVENT_BEFORE.search(text[max(0, t.start - 25):t.start])), None)
    elif any(_JA_TOLD_AFTER.match(text, t.end) for t in dated[:-1]) and _JA_SPEECH.search(text, dated[0].end):
        event = next((t for t in dated[1:] if _JA_EVENT_AFTER.match(text, t.end)), None)
    return times if event is None else [event, *(t for t in times if t is not event)]


@dataclass(slots=True)
class SentenceTerms:
    """The money and time expressions of one sentence, and which go together."""

    text: str
    money: list[MoneyMatch]
    times: list[TimeMatch]
    cues: Cues
    deal_money: list[MoneyMatch] = field(default_factory=list)
    _clause_spans: list[tuple[int, int]] | None = None

    @property
    def clauses(self) -> list[tuple[int, int]]:
        """The sentence's clauses, found once."""
        if self._clause_spans is None:
            self._clause_spans = _clauses(self.text)
        return self._clause_spans

    def __post_init__(self) -> None:
        self.money = [m for m in self.money if not self.is_valuation(m)
                      and not _REVENUE.search(self.text[max(0, m.start - 30):m.start])
                      and not _REVENUE_AFTER.match(self.text, m.end)
                      and not _DEBT_AFTER.match(self.text, m.end)
                      and not _PER_SHARE.match(self.text, m.end)
                      and not _JA_PER_SHARE.search(self.text[max(0, m.start - 12):m.start])]
        side = [m.span() for m in _RELATIVE_PAST.finditer(self.text)]
        if side:  # "…, reviving a deal that fell apart a year ago": that date is the old deal's
            self.times = [t for t in self.times if not any(a <= t.start < b for a, b in side)]
        dated = [t for t in self.times if t.kind == "date" and t.value]
        if len(dated) > 1 and _DATELINE_DATE.match(self.text[:dated[0].end + 12]):
            # "SAN FRANCISCO, Aug 22 - … said on Thursday": the news is Thursday's, the dateline the wire's
            self.times = [t for t in self.times if t is not dated[0]]
        else:
            self.times = event_first(self.text, self.times)
        self.deal_money = [m for m in self.money if not self.is_total(m)]

    def is_valuation(self, m: MoneyMatch) -> bool:
        """What the company is worth, not what the deal is ("a transaction valued at $4.9 billion" is the deal)."""
        before = self.text[max(0, m.start - 40):m.start]
        return bool(_VALUATION.search(before)) and not _DEAL_VALUED.search(before)

    def is_total(self, m: MoneyMatch) -> bool:
        return bool(_TOTAL_BEFORE.search(self.text[max(0, m.start - 40):m.start])
                    or _TOTAL_AFTER.search(self.text[m.end:m.end + 40]))

    def first(self, kind: str) -> str | None:
        return next((t.value for t in self.times if t.kind == kind and t.value), None)

    def qualifiers(self, money: MoneyMatch | None) -> tuple[str | None, str | None]:
        """The date and duration that go with ``money``: the nearest ones between
        the money before it and the money after it."""
        if money is None or len(self.money) == 1:
            if money is not None:
                # 「17年3月に…提携し、20年3月には互いに約2000億円ずつ出資して」: the date of the money's own clause
                clause = next(((a, b) for a, b in self.clauses if a <= money.start < b), None)
                own = [t for t in self.times if t.kind == "date" and t.value and clause
                       and clause[0] <= t.start < clause[1]]
                first = next((t for t in self.times if t.kind == "date" and t.value), None)
                if own and first is not None and first not in own:
                    return own[0].value, self.first("duration")
            return self.first("date"), self.first("duration")
        i = self.money.index(money)
        lo = self.money[i - 1].end if i else 0
        hi = self.money[i + 1].start if i + 1 < len(self.money) else len(self.text)

        def nearest(kind: str) -> str | None:
            near = [t for t in self.times if t.kind == kind and t.value and lo <= t.start and t.end <= hi]
            if not near and kind == "date":
                # "Microsoft will invest $5 billion … and Nvidia $10 billion, the companies said on Tuesday"
                near = [t for t in self.times if t.kind == kind and t.value]
            if not near:
                return None
            if kind == "date" and self.cues is JA:
                # 「17年に米インターシルを約32億ドルで、19年3月には…を約67億ドルで」: Japanese tells the time first
                before = [t for t in near if t.end <= money.start]
                if before:
                    return before[-1].value
            return min(near, key=lambda t: t.start - money.end if t.start >= money.end else money.start - t.end).value

        return nearest("date"), nearest("duration")

    def pick(self, anchor: int | None) -> MoneyMatch | None:
        """The deal money for a party at ``anchor``: the first one after it, else the last before it."""
        pool = self.deal_money or self.money
        if not pool:
            return None
        if anchor is None or len(pool) == 1:
            return pool[0]
        after = [m for m in pool if m.start >= anchor]
        return after[0] if after else pool[-1]


def _resolve_descriptors(mentions: Sequence[Mention], descriptors: Sequence[Descriptor]) -> list[Mention]:
    """The mentions with each descriptor in place of the name it is built on."""
    spans = [d.mention for d in descriptors if d.mention.source == "descriptor"]
    kept = [m for m in mentions if not any(d.start <= m.start and m.end <= d.end for d in spans)]
    return sorted([*kept, *spans], key=lambda m: m.start)


#: "X, the investment arm of Y", "X, a unit of Y", "X, the artificial intelligence company owned by Y"
_APPOS_OWNER = re.compile(r"(?:[\"”’]?\))?(?:\s?\([^()\n]{1,40}\))?(?:,\s+|\s+(?:is|was|became|has become)\s+(?:now\s+|also\s+|still\s+)?)(?:the|a|an|its)\s+"
                          r"(?:[\w\-]+\s+){0,3}(?:arm|unit|subsidiary|division|affiliate|business)\s+of\s+"
                          r"(?:the\s+)?|,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,4}(?:owned|controlled|run|operated)\s+by\s+"
                          r"(?:(?:our|its|their|the)\s+(?:[\w\-]+\s+){0,3}?)?(?:[A-Z][\w\-]*(?:['’]s)?\s+){0,3}", re.I)
#: after "X, Y": "'s cloud computing arm," (group 1: a unit word) or "'s chipmaker,"
_APPOS_POSSESSOR = re.compile(r"['’]s\s+(?:own\s+)?(?:[\w\-]+\s+){0,3}?(?:(arm|unit|subsidiary|division|affiliate|lab|"
                              r"laboratory)|chipmaker|carrier|platform|service|app|brand|studio|business)(?=[,.;]|\s+(?:that|which)\b)")
#: "OpenAI rival Anthropic", 「オープンAIの競合であるアンソロピック」: the two names are the rivals
_RIVAL_OF = re.compile(r"(?:社)?の(?:競合|ライバル)(?:企業|他社|相手)?(?:である|となる|にあたる|の|、)?\s*"
                       + COUNTRY_PREFIX_RX + r"|と(?:激しく|直接)?(?:競合|競争)(?:する|している|関係にある)" + COUNTRY_PREFIX_RX + r"|['’]s\s+(?:arch-?)?(?:rival|competitor)s?\s+|\s+(?:arch-?)?rival\s+", re.I)
#: clause boundaries inside a sentence
_CLAUSE_END = re.compile(r"(?<=[てしりでがくもず])、|ており、|ていて、|ものの、|一方、|;\s|,\s(?=(?:and|but|while|whereas|"
                         r"although|as|after|before|which|who)\b)|\s[—–]\s")


def _clauses(local: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _CLAUSE_END.finditer(local):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(local)))
    return spans


def _near_cue(parties: Sequence[Party], local: str, cue: re.Pattern[str], base: int) -> list[Party]:
    """The parties a symmetric cue can join: those in the clause of a cue, and the sentence's agents."""
    clauses = _clauses(local)
    if len(clauses) == 1:
        return list(parties)
    cue_clauses = {i for m in cue.finditer(local) for i, (a, b) in enumerate(clauses) if a <= m.start() < b}
    out = []
    for p in parties:
        at = p.mention.start - base
        where = next((i for i, (a, b) in enumerate(clauses) if a <= at < b), -1)
        if where in cue_clauses or p.role == "agent" or p.mention.source == "coref":
            out.append(p)
    return out


def _drop_totals(raw: list[Fact], totals: set[int]) -> list[Fact]:
    """A running total is kept only when the article gives no deal of the same parties with its own amount."""
    if not totals:
        return raw
    dealt = {(f.relation, f.subject.id, f.object.id) for i, f in enumerate(raw)
             if i not in totals and f.amount is not None}
    out = []
    for i, f in enumerate(raw):
        if i in totals and (f.relation, f.subject.id, f.object.id) in dealt:
            f = replace(f, amount=None, date=None, duration=None)
        out.append(f)
    return out


class RelationExtractor:
    """Reads facts from one article's text and its entity mentions."""

    def __init__(self, gazetteer: Gazetteer, *, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> None:
        self.gazetteer = gazetteer
        self.min_confidence = min_confidence
        self._clouds: set[str] = set()  # companies of the current article that it describes as clouds
        self._opened_clouds: set[str] = set()  # known companies it shows opening an AI cloud of their own
        self._named: set[str] = set()  # entities the current article names
        self._context = ""  # the title (and the whole article when the text is a chunk of it)
        self._outage_article = False
        self._matcher: GazetteerMatcher | None = None

    # ----------------------------------------------------------------- helpers
    def _headline_matcher(self) -> GazetteerMatcher:
        """A matcher for headlines, built once (the text's mentions come from the pipeline)."""
        if self._matcher is None:
            self._matcher = GazetteerMatcher(self.gazetteer)
        return self._matcher

    def family(self, entity: Entity) -> str:
        """The id of the organization an entity belongs to (its parent, or itself)."""
        chain = self.gazetteer.ancestors(entity)
        return chain[-1] if chain else entity.id

    def _names(self, entity: Entity) -> bool:
        """Whether the current article (its title included) names ``entity``."""
        if entity.id in self._named:
            return True
        forms = {entity.name, *(label for _, label in entity.labels), *entity.aliases}
        return any(len(f) >= 3 and unicodedata.normalize("NFKC", f) in self._context for f in forms)

    def is_cloud(self, entity: Entity) -> bool:
        if CLOUD_SECTORS & set(entity.sectors) or (not entity.known and entity.id in self._clouds) \
                or entity.id in self._opened_clouds:
            return True
        if CHIP_SECTORS & set(entity.sectors):
            return False  # a chip maker with a cloud offering (DGX Cloud) is a supplier first
        return any(CLOUD_SECTORS & set(c.sectors) and c.kind == "Service" for c in self.gazetteer.children(entity.id))

    def sells_cloud(self, entity: Entity) -> bool:
        """A cloud company itself (Lambda, CoreWeave, a cloud service), not a company that also has a cloud unit."""
        # (Nebius, which owns Avride and TripleTen, sells cloud itself; Microsoft sells it through Azure)
        return bool(CLOUD_SECTORS & set(entity.sectors)) and not any(
            c.kind == "Service" and CLOUD_SECTORS & set(c.sectors) for c in self.gazetteer.children(entity.id)) \
            or (not entity.known and entity.id in self._clouds) or entity.id in self._opened_clouds

    def cloud_unit(self, entity: Entity) -> Entity:
        """The cloud service of a parent organization (Amazon → Amazon Web Services)."""
        if entity.kind == "Service" or CLOUD_SECTORS & set(entity.sectors) and not self.gazetteer.children(entity.id):
            return entity
        for child in self.gazetteer.children(entity.id):
            if child.kind == "Service" and CLOUD_SECTORS & set(child.sectors):
                return child
        return entity

    def owner(self, entity: Entity) -> Entity:
        """The organization behind a service (money is invested by companies, not by their clouds)."""
        if entity.kind == "Service" and entity.parent in self.gazetteer.entities:
            return self.gazetteer.entities[entity.parent]
        return entity

    def is_chip(self, entity: Entity) -> bool:
        return entity.kind == "Organization" and bool(CHIP_SECTORS & set(entity.sectors))

    def is_product(self, entity: Entity) -> bool:
        """A hardware product line (GB200, H100): a cue for supply, not a party."""
        return entity.kind == "Service" and "Semiconductors" in entity.sectors

    # ------------------------------------------------------------------- roles
    def _roles(self, text: str, sentence: Sentence, mentions: Sequence[Mention], lang: str) -> list[Party]:
        parties: list[Party] = []
        for m in mentions:
            if _reporter(text, m, lang, sentence.start):
                continue
            if parties and parties[-1].entity.id == m.entity.id \
                    and re.fullmatch(r"\s?[(（]", text[parties[-1].mention.end:m.start]):
                continue  # 「台湾積体電路製造（TSMC）」: the same company glossed, not another party
            possessor = parties[-1].mention if parties and lang == "en" and _POSSESSIVE_GAP.fullmatch(
                text, parties[-1].mention.end, m.start) else None
            parties.append(Party(m, _ja_role(text, m) if lang == "ja" else _en_role(text, sentence, m, possessor)))
        # coordinated lists: "Netflix、Slack、Zoom" / "Amazon, Google and Microsoft"
        list_id = 0
        for i, p in enumerate(parties):
            if lang == "en" and i and _EN_GAPPED.match(text, p.mention.end) \
                    and re.fullmatch(r"\s*,?\s*and\s+", text[parties[i - 1].mention.end:p.mention.start]):
                # "Microsoft will invest $5 billion in Anthropic and Nvidia up to $10 billion"
                p.role = "gapped"
                list_id += 1
                p.list_id = list_id
                continue
            # 「Andreessen Horowitz(a16z)とThrive Capital」: a gloss after a name does not end the list
            gap = text[parties[i - 1].mention.end:p.mention.start] if i else ""
            if i and re.fullmatch(r"\s?[(（]", gap) and re.match(r"[)）]", text[p.mention.end:p.mention.end + 1]):
                p.list_id = parties[i - 1].list_id  # 「KDDI(au)やソフトバンク」: a brand glossed, inside the list
                continue
            if i >= 2 and re.match(r"[)）]", gap) and parties[i - 1].list_id == parties[i - 2].list_id \
                    and re.fullmatch(r"\s?[(（]", text[parties[i - 2].mention.end:parties[i - 1].mention.start]):
                gap = gap[1:]
            gloss = PAREN_ALIAS.match(gap)
            gap = gap[gloss.end():] if gloss else gap
            if i >= 2 and lang == "en" and parties[i - 1].role == "gen" and _POSSESSIVE_GAP.fullmatch(
                    text, parties[i - 1].mention.end, p.mention.start):
                # "Amazon's AWS, Microsoft's Azure and Alibaba's cloud unit": the list is of what is possessed
                list_id += 1
                parties[i - 1].list_id = list_id
                before = text[parties[i - 2].mention.end:parties[i - 1].mention.start]
                if _LIST_GAP.match(before or " "):
                    p.list_id = parties[i - 2].list_id
                    continue
            # not "…sold by Apple and Nvidia, and the company keeps a lead": a new clause's subject
            new_clause = lang == "en" and p.mention.source == "coref" and bool(re.match(r"\s*,\s*and\s", gap)) \
                and bool(re.match(r"\s+(?:also\s+|still\s+)?[a-z]+s\b", text[p.mention.end:]))
            if new_clause:
                p.role = "agent"
            if i and _LIST_GAP.match(gap or " ") and not new_clause and not (
                lang == "ja" and parties[i - 1].role in ("agent", "target", "object")
                and gap.strip() not in ("、", "や", "・", "と")
            ):
                p.list_id = parties[i - 1].list_id
            else:
                list_id += 1
                p.list_id = list_id
        # in a list the role is the role of its last item
        by_list: dict[int, list[Party]] = {}
        for p in parties:
            by_list.setdefault(p.list_id, []).append(p)
        for items in by_list.values():
            if len(items) > 1:
                # the particle follows a Japanese list, the preposition precedes an English one
                final = items[-1].role if lang == "ja" or items[0].role == "list" else items[0].role
                if lang == "ja" and final == "with" and not any(p.role == "agent" for p in parties) \
                        and len({p.entity.id for p in items}) > 1 \
                        and "と" in text[items[0].mention.end:items[1].mention.start]:  # not 「AやBと競合」
                    final = "agent"  # 「AとB」 as a pair with no one else as the agent
                for p in items:
                    p.role = final
        if lang == "ja":
            # 「米エヌビディアや、アマゾン創業者のジェフ・ベゾス氏も出資」: a list whose last item is a person or
            # an unnamed party; the particle after that item is the role of the whole list
            for items in by_list.values():
                last = items[-1]
                if last.role != "list":
                    continue
                nxt = next((q for q in parties if q.mention.start >= last.mention.end), None)
                limit = nxt.mention.start if nxt is not None else sentence.end
                tail = _JA_LIST_TAIL.match(text, _after_name(text, last.mention.end), sentence.end)
                if tail is not None and (nxt is None or tail.end() > limit or nxt.role in ("none", "gen")):
                    for p in items:
                        p.role = "agent"
        if lang == "en":
            # "raised $500 million from investors including Nvidia and Capital One Ventures": the money's sources
            for p in parties:
                if p.role in ("list", "object") and _FROM_INVESTORS_INCLUDING.search(
                        text, max(sentence.start, p.mention.start - 70), p.mention.start):
                    for q in parties:
                        if q.list_id == p.list_id:
                            q.role = "source"
        if lang == "ja":
            # 「ソニーグループとホンダが折半出資するEV会社のソニー・ホンダモビリティは」: the company invested in
            for p in parties:
                if _JA_INVESTED_COMPANY_BEFORE.search(text, max(sentence.start, p.mention.start - 40), p.mention.start):
                    p.role = "target"
                elif _JA_HELD_ROUND.match(text, _after_name(text, p.mention.end)):
                    p.role = "target"  # 「米ハギングフェイスが実施した2億3500万ドルの資金調達に…参加した」: whose round
                elif _JA_BOUGHT_BEFORE.search(text, max(sentence.start, p.mention.start - 30), p.mention.start):
                    p.role = "object"  # 「Metaが2014年に約190億ドルで買収したメッセージアプリ「WhatsApp」」
                    buyer = next((q for q in reversed(parties) if q.mention.end <= p.mention.start and q.role == "agent"
                                  and text.startswith("が", _after_name(text, q.mention.end))), None)
                    for q in parties if buyer is not None else ():
                        # 「Inflectionは…、グーグルが2014年に買収した英ディープマインドの…」: the buyer is the one with が
                        if q.mention.end <= buyer.mention.start and q.role == "agent":
                            q.role = "none"
            # 「リードはOpenAI Startup Fundで」: who led the round is named after the word for it;
            # 「ThriveのリードにAccelが続き」: the one whose lead others follow is an investor too
            for p in parties:
                if p.role == "gen" and re.match(r"の(?:共同)?リード(?:に|で|の下|のもと)", text[_after_name(text, p.mention.end):]):
                    p.role = "agent"
                if p.role == "none" and re.search(r"(?:リード|主導(?:したの|するの)?|引受先|割当先)は\s*(?:米|英|日)?$",
                                                  text[max(sentence.start, p.mention.start - 12):p.mention.start]):
                    p.role = "agent"
            # 「Aを買収し、20年にはBも傘下に収めた」: a も after an object is another object, not the subject
            for i, p in enumerate(parties):
                if p.role == "agent" and any(q.role == "object" for q in parties[:i]) \
                        and text.startswith("も", _after_name(text, p.mention.end)) \
                        and not any(q.role == "agent" and q is not p for q in parties[:i]):
                    p.role = "object"
        return parties

    # --------------------------------------------------------------- the rules
    def extract(
        self,
        text: str,
        mentions: Sequence[Mention],
        *,
        lang: str,
        article: str,
        published: dt.date | None = None,
        source: dict[str, Any] | None = None,
        whole: str | None = None,
    ) -> list[Fact]:
        """Every fact stated in ``text`` (``whole`` is the article when ``text`` is one chunk of it)."""
        cues = JA if lang == "ja" else EN
        sentences = split_sentences(text, lang=lang)
        ctx = Context()
        raw: list[Fact] = []
        totals: set[int] = set()  # indexes into ``raw`` of facts whose amount is a running total
        pending: list[int] = []  # facts of the previous sentence still waiting for their amount
        nearby: dict[int, str] = {}  # raw index → the date an undated mention borrows from the sentence before
        prev_date: str | None = None  # the date of the sentence just before, in the same paragraph
        section_date: str | None = None  # the date a section's heading gives
        cloud_article = bool(cues.cloud.search(text))
        ordered = sorted(mentions, key=lambda m: m.start)
        descriptors = find_descriptors(text, ordered, self.gazetteer, cloud_unit=self.cloud_unit, lang=lang)
        resolved = _resolve_descriptors(ordered, descriptors)
        who = publisher(text, resolved, (source or {}).get("title"), lang)
        ctx.publisher = who
        counts: dict[str, int] = {}
        for m in resolved:
            if m.entity.kind == "Organization" and not _reporter(text, m, lang):
                counts[m.entity.id] = counts.get(m.entity.id, 0) + 1
        if counts:
            top = max(counts.values())
            ctx.main = next(m.entity for m in resolved if counts.get(m.entity.id) == top)
            # when the most named company is not in the headline, the one the headline names is the article's
            # subject, if the text names it often enough (a blog on Kioxia's listing that tells much of Toshiba)
            headline = [m.entity for m in self._headline_matcher().find((source or {}).get("title") or "")]
            if ctx.main.id not in {e.id for e in headline}:
                ctx.main = next((e for e in headline if counts.get(e.id, 0) * 2 >= top), ctx.main)
        self._named = {m.entity.id for m in resolved}
        self._context = unicodedata.normalize("NFKC", f"{(source or {}).get('title') or ''}\n{whole or ''}")
        # an article about an outage: its victims may be listed anywhere in it
        self._outage_article = bool(cues.outage.search((source or {}).get("title") or "")
                                    or _KNOCKS_OFFLINE.search((source or {}).get("title") or ""))
        in_order = sorted(resolved, key=lambda m: (m.start, m.end))
        # (not a service named after its owner: "HashiCorp Cloud Platform" runs on clouds, it sells none here)
        words = _own_words(text, in_order)
        self._clouds = {m.entity.id for m, (before, after) in zip(in_order, words)
                        if not m.entity.known and m.entity.parent is None
                        and (_CLOUD_NAME.search(m.entity.name) or _CLOUD_INTRO.search(before)
                             or _introduced_as_cloud(after))}
        # "Deutsche Telekom opened its AI cloud in Munich": a company the article shows running a cloud of its own
        self._opened_clouds = {m.entity.id for m, (_, after) in zip(in_order, words)
                               if m.entity.known and m.entity.kind == "Organization"
                               and not CHIP_SECTORS & set(m.entity.sectors) and _OPENS_ITS_CLOUD.match(after)}
        if who is not None and not who.known and (_CLOUD_NAME.search(who.name) or _OUR_CLOUD.search(text)):
            self._clouds.add(who.id)  # 「当社のGPUクラウド」, "our cloud": the publisher sells cloud
        for index, sent in enumerate(sentences):
            in_sent = [m for m in resolved if m.start >= sent.start and m.end <= sent.end]
            in_sent = sorted([*in_sent, *(m for m in first_person_mentions(text, sent.start, sent.end, who, lang)
                                          if not any(x.start < m.end and m.start < x.end for x in in_sent))],
                             key=lambda m: m.start)
            if sent.table:
                continue
            local = sent.text
            about = _ABOUT_HEADING.match(local)
            if about is not None or _NUMBERED_HEADING.match(local) or _HEADING.match(local):
                # 「5．ルネサス エレクトロニクスについて」: the section tells of that company, not the publisher
                ctx.about = next((m.entity for m in in_sent if m.entity.kind == "Organization"
                                  and m.source != "coref"), None) if about is not None else None
            if cues.analogy.search(local):
                continue  # an analogy: its parties are not the article's
            if _PRICE_TARGET.search(local):
                continue  # "Lindqvist raised her price target to $240": an analyst's view of a stock, no deal
            coref = self._coreference(sent, in_sent, ctx, cues)
            mentions_all = sorted([*in_sent, *coref], key=lambda m: m.start)
            parties = [p for p in self._roles(text, sent, mentions_all, lang) if not self.is_product(p.entity)]
            made = _maker_appositives(text, parties) if lang == "en" else []
            if made:
                # "Activision Blizzard, the publisher of Call of Duty and World of Warcraft,": what the company
                # makes is no party of the sentence's deal
                parties = [p for p in parties if all(p is not q for _, q in made)]
            if lang == "ja":
                parties = self._elided_subject(local, sent, parties, ctx)
            products = [m for m in in_sent if self.is_product(m.entity)]
            told = same_time(local, find_times(local, lang=lang, published=published), ctx.latest_date)
            times = _not_founding(local, told)
            terms = SentenceTerms(local, find_money(local), times, cues)
            if _HEADING.match(local):
                section_date = next((t.value for t in times if t.kind == "date" and t.value), None)
            ctx.asides.clear()
            found = self._sentence_facts(
                text, sent, index, parties, products, terms, cues, lang, ctx, sentences, cloud_article
            )
            found.extend(
                (Fact(article="", relation="operates", subject=d.owner, object=d.owned, evidence=local,
                      confidence=CONF_EXPLICIT), False)
                for d in descriptors if sent.start <= d.mention.start < sent.end and d.owner.id != d.owned.id
            )
            found.extend(
                (Fact(article="", relation="operates", subject=self.owner(o.entity), object=q.entity, evidence=local,
                      confidence=CONF_EXPLICIT), False)
                for o, q in made if self.owner(o.entity).id != q.entity.id
            )
            if lang == "en":
                found.extend((Fact(article="", relation="operates", subject=o, object=q, evidence=local,
                                   confidence=CONF_SECTOR), False)
                             for o, q in self._its_products(text, parties, mentions_all, ctx))
            status = "in_talks" if cues.talks.search(local) else None
            hypothetical = cues.hypothetical.search(local) and not status
            named = {self.family(p.entity) for p in parties if p.mention.source != "coref"}
            waiting = {self.family(e) for k in pending for e in (raw[k].subject, raw[k].object)}
            each = _JA_REST_EACH.search(local) if lang == "ja" and pending and terms.money else None
            if not found and each is not None and named <= waiting:
                # 「三菱UFJ銀行が3億円、ほかの7社が10億円ずつである。」: each investor's share of the round before
                prev = sentences[index - 1]
                own = {}
                for p in parties:
                    m = next((m for m in terms.money if 0 <= m.start - (p.mention.end - sent.start) <= 3), None)
                    if m is not None and p.mention.source != "coref":
                        own[self.family(p.entity)] = m
                rest = next((m for m in terms.money if m.start >= each.end() - 1), None)
                for k in pending:
                    f = raw[k]
                    m = own.get(self.family(f.subject), rest)
                    if f.relation == "invests_in" and m is not None:
                        raw[k] = replace(f, amount=m.amount, evidence=text[prev.start:sent.end])
                pending = []
                self._update_context(ctx, parties, text, sent.start)
                continue
            if not found and terms.money and pending and named <= waiting and _DEAL_TERMS.search(local):
                # 「契約額は7年間で380億ドルに上る。」: the terms of the deal just reported
                prev = sentences[index - 1]
                for k in pending:
                    f = raw[k]
                    money = terms.deal_money[0] if terms.deal_money else terms.money[0]
                    date, duration = terms.qualifiers(money)
                    raw[k] = replace(f, amount=money.amount, evidence=text[prev.start:sent.end],
                                     duration=f.duration or duration, date=f.date or date)
                    if money not in terms.deal_money:
                        totals.add(k)
                pending = []
                self._update_context(ctx, parties, text, sent.start)
                continue
            if not found and terms.deal_money and not parties and not hypothetical and lang == "ja":
                found = self._elided_investor(local, terms, ctx, cues)
            if not found and terms.deal_money and ctx.last_deal is not None and not hypothetical \
                    and not _BORROWED.search(local) and not _INVESTORS_UNNAMED.search(local):
                found = self._continuation(local, terms, self._deal_to_continue(local, ctx, cues), named, cues)
            pending = []
            shares_told = lang == "ja" and bool(_shares(text, parties))  # (a share is no money to wait for)
            for fact, is_total in found:
                if hypothetical and fact.relation not in ("operates",) and id(fact) not in ctx.asides:
                    continue
                if fact.relation in AMOUNT_RELATIONS and fact.amount is None and not (
                        fact.relation == "invests_in" and shares_told):
                    pending.append(len(raw))  # (「JICCが80％、DNPが15％を出資する会社」: a share, no money to wait for)
                if is_total:
                    totals.add(len(raw))
                fact = replace(fact, article=article, status=status if fact.relation not in
                               ("operates", "competes_with", "outage_affects") else None,
                               source=dict(source or {}))
                if fact.relation in AMOUNT_RELATIONS or fact.relation == "partners_with":
                    ctx.first_deal = ctx.first_deal or fact
                if fact.relation in AMOUNT_RELATIONS:
                    ctx.last_deal = fact
                    ctx.deals[fact.relation] = fact
                    ctx.first_deals.setdefault(fact.relation, fact)
                if fact.relation == "invests_in":
                    ctx.last_investment = fact
                    ctx.investees.setdefault(fact.subject.id, []).append(fact.object)
                if fact.relation == "acquires" and fact.status is None:
                    ctx.buyers.setdefault(fact.object.id, fact.subject)
                if (prev_date or section_date) and fact.date is None and fact.relation not in UNDATED_RELATIONS:
                    # the sentence just before, else the heading of the section (「## 24年1月：…が参加」)
                    nearby[len(raw)] = prev_date or section_date
                raw.append(fact)
            if _HEADING.match(local):
                ctx.hold_topic = True  # 「## 24年1月：エヌビディアが参加」: a heading sums up; its subject is no topic
            invested = {f.object.id: f.object for f, _ in found if f.relation == "invests_in"}
            if lang == "ja" and len(invested) == 1 and all(f.relation == "invests_in" for f, _ in found) \
                    and not any(p.entity.id in invested and p.mention.source != "coref" for p in parties):
                # 「既存株主のNEAに加え、米エヌビディアも出資しています」: the company left out is still the topic
                ctx.topic, ctx.stale, ctx.hold_topic = next(iter(invested.values())), 0, True
            self._update_context(ctx, parties, text, sent.start)
            if lang == "ja" and not parties:
                # 「アサヒGHDによると、…影響は出ていないそうです。同社は…」: a company that speaks of itself is whom
                # 同社 means next
                ctx.recent.extend(m.entity for m in in_sent if m.entity.kind == "Organization"
                                  and _JA_SAYS.match(text, m.end) and "Media" not in m.entity.sectors)
            ctx.last_date = next((t.value for t in terms.times if t.kind == "date" and t.value), ctx.last_date)
            # the founding date too: 「22年8月に設立された。翌12月には…」
            ctx.latest_date = next((t.value for t in reversed(told) if t.kind == "date" and t.value),
                                   ctx.latest_date)
            after = sentences[index + 1].start if index + 1 < len(sentences) else len(text)
            prev_date = next((t.value for t in terms.times if t.kind == "date" and t.value), None) \
                if "\n" not in text[sent.end:after] else None
        facts = [f for f in merge_facts(_drop_totals(raw, totals), [nearby.get(i) for i in range(len(raw))],
                                        published=published)
                 if f.confidence >= self.min_confidence]
        facts = self._undated(facts, sentences, lang, published)
        if lang == "ja" and who is not None:
            facts = _price_from_terms_table(text, facts, who)
        # "Keeping Mellanox away from Intel is worth almost as much to Nvidia": the gazetteer's owner of today,
        # inferred in an article that reports the purchase, says no more than the purchase
        bought = {(f.subject.id, f.object.id) for f in facts if f.relation == "acquires"}
        facts = [f for f in facts if not (f.relation == "operates" and f.confidence < CONF_SECTOR - 0.05
                                          and (f.subject.id, f.object.id) in bought)]
        if lang == "en":
            facts = _unknown_products_owned(facts)
        return _with_seen_aliases(facts, ordered)

    def _undated(self, facts: list[Fact], sentences: Sequence[Sentence], lang: str,
                 published: dt.date | None) -> list[Fact]:
        """A deal whose sentences give no date is dated by the news the article leads with: the first
        date (to the month at least) of its first sentences: the dateline, "said on Monday", 「3日」."""
        lead = None
        for sent in sentences[:4]:
            lead = next((t.value for t in event_first(sent.text, find_times(sent.text, lang=lang, published=published))
                         if t.kind == "date" and t.value and len(t.value) >= 7), None)
            if lead:
                break
        if lead is None:
            return facts
        return [replace(f, date=lead) if f.date is None and f.relation not in UNDATED_RELATIONS else f
                for f in facts]

    def _elided_subject(self, local: str, sent: Sentence, parties: list[Party], ctx: Context) -> list[Party]:
        """A Japanese sentence that leaves its subject out (「9月30日には、米メタとも142億ドルの契約を結んだ。」,
        「昨年7月には英グラフコアを買収した。」) is about the company the article has been telling about."""
        topic = ctx.about or ctx.publisher or ctx.topic  # a press release leaves out 当社 (but not in 「Xについて」)
        if topic is not None and "Government" in topic.sectors and ctx.main is not None \
                and "Government" not in ctx.main.sectors:
            topic = ctx.main  # 「経済産業省は…助成すると決めました。…と激しく競合しています。」: the article's company
        if topic is None or not parties or any(p.role == "agent" for p in parties) or (
                ctx.stale > 2 and ctx.publisher is None):
            return parties
        if any(p.entity.id == topic.id for p in parties) or any(
                p.mention.source == "coref" and JA.coref_two.fullmatch(p.mention.surface) for p in parties):
            return parties  # (「マイクロソフトと両社のクラウドを…」: 両社 says who)
        lead = _JA_LEAD_ADVERBIAL.match(local)
        body = local[lead.end():] if lead else local
        for p in parties:  # 「KADOKAWAが…実施する第三者割当増資を引き受け」: whose round, not who acts
            if p.role == "target" and p.mention.source != "coref":
                body = body.replace(p.mention.surface + "が", "")
        if _JA_SUBJECT.search(body):
            return parties  # 「今回調達する資金は、…」: the sentence has a subject of its own
        return [Party(Mention(sent.start, sent.start, topic, "", "coref"), "agent"), *parties]

    def _elided_investor(self, local: str, terms: SentenceTerms, ctx: Context, cues: Cues) -> list[tuple[Fact, bool]]:
        """「金額で最大なのはアマゾンです。2023年9月に最大40億ドルの出資を発表し…」: a Japanese sentence with
        no subject invests the money of the company the sentence before named in the article's main company."""
        main = ctx.main
        if main is None or not cues.invest.search(local) or cues.invest_not.search(local) or _RAISE.search(local):
            return []
        named = {self.family(e): e for e in ctx.prev_named if self.family(e) != self.family(main)}
        if len(named) != 1:
            return []
        investor = self.owner(next(iter(named.values())))
        out = []
        for money in terms.deal_money:
            date, _ = terms.qualifiers(money)
            out.append((Fact(article="", relation="invests_in", subject=investor, object=main, evidence=local,
                             amount=money.amount, date=date, confidence=CONF_COREF), False))
        return out

    def _deal_to_continue(self, local: str, ctx: Context, cues: Cues) -> Fact:
        """The deal a follow-on sentence adds to: the last one of the kind its words name
        (「追加契約」 a contract, 「追加出資」 an investment, 「買収」 a takeover), else the last one."""
        assert ctx.last_deal is not None
        if _THIS_DEAL.search(local) and "acquires" in ctx.first_deals:
            return ctx.first_deals["acquires"]  # 「本公開買付けに要する資金の総額は」: the deal the release announces
        if cues.acquire.search(local) and _TAKEOVER.search(local):
            kinds: tuple[str, ...] = ("acquires",)
        elif cues.invest.search(local) and not cues.invest_not.search(local):
            kinds = ("invests_in",)
        elif cues.deal.search(local):
            kinds = ("provides_cloud_to", "supplies")
        else:
            return ctx.last_deal
        candidates = [ctx.deals[k] for k in kinds if k in ctx.deals]
        return candidates[-1] if len(candidates) == 1 else next(
            (f for f in (ctx.last_deal,) if f.relation in kinds), candidates[-1] if candidates else ctx.last_deal)

    def _continuation(
        self, local: str, terms: SentenceTerms, last: Fact, named: set[str], cues: Cues
    ) -> list[tuple[Fact, bool]]:
        """「5月には最大40億ドルの追加契約を結んだ」: another deal between the parties just reported."""
        parties = {self.family(last.subject), self.family(last.object)}
        if not named <= parties:
            return []
        if last.relation in ("provides_cloud_to", "supplies") and cues.invest.search(local) \
                and not cues.invest_not.search(local) and not cues.deal.search(local.replace("合意", "")):
            # 「2023年10月に最大20億ドルの出資を約束し」 after a cloud deal: the provider's owner invests in the customer
            last = replace(last, relation="invests_in", subject=self.owner(last.subject), duration=None)
        cue = {"invests_in": cues.invest, "acquires": cues.acquire, "supplies": cues.supply}.get(last.relation)
        if not (_MORE_DEAL.search(local) or cues.deal.search(local) or (cue is not None and cue.search(local))):
            return []
        if cues.invest_not.search(local):
            return []
        out = []
        for money in terms.deal_money:
            date, duration = terms.qualifiers(money)
            out.append((replace(last, evidence=local, amount=money.amount, date=date,
                                duration=duration if last.relation != "invests_in" else None,
                                confidence=CONF_WINDOW), False))
        return out

    def _coreference(
        self, sent: Sentence, mentions: Sequence[Mention], ctx: Context, cues: Cues
    ) -> list[Mention]:
        out: list[Mention] = []
        covered = [(m.start, m.end) for m in mentions]
        for m in cues.coref_two.finditer(sent.text):
            s, e = sent.start + m.start(), sent.start + m.end()
            if any(cs < e and s < ce for cs, ce in covered):
                continue
            if len({self.family(x.entity) for x in mentions if x.end <= s}) >= 2:
                continue  # 「AとB――この2社は」: the two are named right here
            # 両社 are companies: not the products named last (「GitHub Copilot」や「Lumada」), though a cloud may be one
            pair = self._last_distinct([x for x in ctx.recent if x.kind == "Organization" or self.is_cloud(x)], 2)
            first = ctx.first_deal
            if first is not None and self.family(first.subject) != self.family(first.object) \
                    and {e.id for e in pair} != {first.subject.id, first.object.id} \
                    and cues is JA:  # measured: English "the two" is better read as the last two named
                # 「両社が買収に向けて最終調整」 after talk of other deals: the two of the article's first deal
                pair = [first.subject, first.object]
            if cues is JA and ctx.pair and ctx.pair_age == 0:
                pair = ctx.pair  # the two that acted together in the sentence before
            named_here = self._last_distinct([x.entity for x in mentions if x.entity.kind == "Organization"], 3)
            if cues is JA and _JA_AGAINST.search(sent.text):
                named_here = []  # 「両社が…米テスラや中国のBYDに対抗」: the names here are whom the two face
            if len(named_here) == 2:
                pair = named_here  # "the two companies signed a partnership under which ASML will use Mistral's …"
            elif cues is JA and len(named_here) == 1 and not any(x.start < s and _JA_SUBJECT_AFTER.match(
                    sent.text, x.end - sent.start) for x in mentions):
                # 「昨年6月には、マイクロソフトと両社のクラウドを相互接続することで提携」: the one named and the company
                # the sentence leaves out
                with_ = next((x for x in mentions if x.end <= s and re.match(r"[」』]?と", _text_after(sent, x))), None)
                topic = ctx.told_about() or ctx.main
                if with_ is not None and topic is not None and self.family(topic) != self.family(with_.entity):
                    pair = [topic, with_.entity]
            if len(pair) == 2:
                out.append(Mention(s, e, pair[0], m.group(), "coref"))
                out.append(Mention(s, e, pair[1], m.group(), "coref"))
        # the families named here, but a subsidiary named on its own does not stand for its parent
        # ("It bought code-sharing platform GitHub": "it" is Microsoft, GitHub's owner today)
        counted = _JA_N_OF_THEM.match(sent.text) if cues is JA else None
        if counted is not None:
            # 「3社はエヌビディア向けの採用を巡って激しく競い合っている」: the three the sentence before named
            digit = unicodedata.normalize("NFKC", counted.group(1))
            n = int(digit) if digit.isdigit() else "一二三四五六七八九".index(digit) + 1
            named = list({self.family(e): e for e in ctx.prev_named}.values())
            if n >= 2 and len(named) == n:
                s, e = sent.start + counted.start(), sent.start + counted.end()
                out.extend(Mention(s, e, ent, counted.group(), "coref") for ent in named)
        if cues is JA and ctx.prev_named and not mentions:
            # 「いずれもグーグルのクラウドを使っている。」: each of the companies the sentence before named
            every = _JA_EACH_OF_THEM.match(sent.text)
            if every is not None:
                s, e = sent.start + every.start(), sent.start + every.end()
                out.extend(Mention(s, e, ent, every.group(), "coref") for ent in dict.fromkeys(ctx.prev_named))
        present = {m.entity.id if m.entity.kind == "Organization" else self.family(m.entity) for m in mentions}
        for m in cues.coref_one.finditer(sent.text):
            s, e = sent.start + m.start(), sent.start + m.end()
            if any(cs < e and s < ce for cs, ce in covered):
                continue
            if cues is EN and any(re.fullmatch(r"[”\"]?,\s+", sent.text[x.end - sent.start:m.start()]) for x in mentions
                                  if x.end <= s):
                continue  # "Humain, the AI company owned by …": an apposition to the name just before
            if cues is EN and re.match(r"\s+(?:said|says|added|noted|told|wrote)\b", sent.text[m.end():]) \
                    and re.search(r"[,”\"]\s*$", sent.text[:m.start()]):
                continue  # "…, the company said": who speaks, not a party
            if m.group() in ("同庁", "同省", "同行"):
                # 「同庁が21年10月にAWSを選び」: the government body named last, never a company; 「同行」 the bank
                def fits(x: Entity) -> bool:
                    if m.group() == "同行":
                        return "Finance" in x.sectors and bool(re.search(r"銀行|Bank", " ".join(t for _, t in x.labels)))
                    return "Government" in x.sectors
                body = next((x for x in reversed(ctx.recent) if fits(x) and x.kind == "Organization"
                             and x.id not in {y.entity.id for y in mentions}), None)
                if body is not None:
                    out.append(Mention(s, e, body, m.group(), "coref"))
                continue
            # 「米政府は…インテルの株式を取得することで同社と合意」: the company just named in this sentence
            before = [x for x in mentions if x.end <= s and x.entity.kind == "Organization"]
            referent = before[-1].entity if len(before) >= 2 else None
            if referent is not None and cues is EN and re.fullmatch(r",?\s*(?:,|and|&|or)\s*",
                                                                     sent.text[before[-2].end - sent.start:
                                                                               before[-1].start - sent.start]):
                referent = None  # "Alphabet and Nvidia have both invested in the startup": not one of the two
            if before and re.fullmatch(r"[」』]?(?:と|や|、)", sent.text[before[-1].end - sent.start:m.start()]):
                referent = before[-1].entity  # 「名刺管理のSansanと同社の名刺アプリ」: the one just before
            known = _KNOWN_AS.match(sent.text, m.end())
            named = next((x for x in mentions if known is not None and x.start == sent.start + known.end()), None)
            if named is not None:
                out.append(Mention(s, e, named.entity, m.group(), "coref"))
                continue  # "the startup, better known as SSI": the name that follows
            if referent is None:
                # 「同社はAIエージェント「エージェントフォース」を主力に据え」: the owner of the product it runs, when the
                # article has named that owner (not the owner of a rival's: 「同社はAWSやAzureと競合」)
                recent_ids = {x.id for x in ctx.recent}
                owners = {x.entity.parent for x in mentions if x.entity.kind == "Service" and x.start > s
                          and x.entity.parent in recent_ids and not self.is_product(x.entity)
                          and not re.match(r"[」』]?(?:や|と|、|など)", sent.text[x.end - sent.start:])
                          and not self.is_chip(self.gazetteer.entities[x.entity.parent])}
                if len(owners) == 1:
                    referent = self.gazetteer.entities.get(next(iter(owners)))
            if referent is None and m.group() == "この会社" and ctx.main is not None \
                    and self.family(ctx.main) not in present:
                referent = ctx.main  # a blog's 「この会社」 is the company it is about
            if referent is None:
                # a name of the topic's family in the sentence is not the topic itself when the topic bought it
                # ("The company also agreed to buy Weights & Biases", CoreWeave's since)
                referent = ctx.topic if ctx.topic is not None and (
                    self.family(ctx.topic) not in present or (ctx.topic.id not in {x.entity.id for x in mentions}
                                                            and cues.acquire.search(sent.text))) else None
                if referent is not None and ctx.stale > 1:
                    # the topic is older than the sentence before, which named someone else: that one
                    recent = [x for x in self._last_distinct(ctx.recent, 2) if self.family(x) not in present]
                    referent = recent[0] if recent else referent
            if cues is EN and ctx.main is not None and referent is not None and referent.id != ctx.main.id \
                    and ctx.stale >= 1 and self.family(ctx.main) not in present \
                    and any(self.family(x) == self.family(ctx.main) for x in self._last_distinct(ctx.recent, 3)):
                # "The raise more than doubles Groq's valuation. In August 2024, the Mountain View-based company
                # pulled in $640 million": when the sentence before had no subject, the company the article is
                # about, named lately
                referent = ctx.main
            if referent is None:
                others = [x for x in self._last_distinct(ctx.recent, 4) if self.family(x) not in present]
                # "The startup runs its platform on AWS, Azure and Google Cloud" after a sentence on its cloud
                # partners: the company the article is about, when it was named lately
                main_lately = ctx.main is not None and self.family(ctx.main) not in present and any(
                    self.family(x) == self.family(ctx.main) for x in self._last_distinct(ctx.recent, 8))
                referent = ctx.main if main_lately and cues is EN else (others[0] if others else None)
            if referent is not None and "Government" in referent.sectors and cues is EN:
                # "the company" is no regulator
                others = [x for x in self._last_distinct(ctx.recent, 4) if self.family(x) not in present
                          and "Government" not in x.sectors]
                referent = others[0] if others else None
            if referent is not None and re.search(r"start-?up", m.group(), re.I) and ctx.last_investment is not None \
                    and referent.id == ctx.last_investment.subject.id:
                # "the start-up" is the company that raised the money, not the fund that gave it
                referent = ctx.last_investment.object if self.family(ctx.last_investment.object) not in present else None
            last = ctx.last_investment
            if referent is not None and cues is EN and last is not None and _RAISE.search(sent.text) \
                    and referent.id in ctx.investees and self.family(last.object) not in present:
                # "That round was led by Aker, with participation from … Nvidia. Earlier this month the company
                # raised a further $433 million": who raises is the company the investors put money in
                referent = last.object
            bought = ctx.last_deal if ctx.last_deal is not None and ctx.last_deal.relation == "acquires" else None
            if referent is not None and re.search(r"start-?up", m.group(), re.I) and bought is not None \
                    and referent.id == bought.subject.id and self.family(bought.object) not in present:
                referent = bought.object  # "OpenAI is buying Statsig … In May the startup raised": what was bought
            if referent is not None and cues is EN and cues.acquire.search(sent.text, m.end()):
                referent = self._buyer_of(referent, ctx, present)
            if referent is not None:
                out.append(Mention(s, e, referent, m.group(), "coref"))
        if cues is EN and not any(x.start < sent.start + 3 for x in mentions):
            # "It raised $1 billion …", "It named Amazon Web Services its cloud provider": the sentence before's agent
            m = _IT_SUBJECT.match(sent.text)
            topic = ctx.topic if ctx.stale <= 1 else None
            last = ctx.last_investment
            if topic is not None and ctx.prev_referent is not None and last is not None \
                    and last.object.id == ctx.prev_referent.id and self.family(topic) != self.family(last.object):
                # "KKR … invested €250 million in the company in 2016. Last July it bought OpenIO": the company
                # invested in, not its investor
                topic = ctx.prev_referent
            if topic is None and len({self.family(e) for e in ctx.prev_named}) == 1:
                # "The purchase is the latest in a run of AI deals for AMD. It bought Nod.ai …": the one company
                # the sentence before named
                topic = ctx.prev_named[0]
            if m is not None and topic is not None and cues.acquire.search(sent.text):
                topic = self._buyer_of(topic, ctx, present)
            # named after the pronoun only as a possessor ("… from OVHcloud's own data centres"), it is still "it"
            named_here = m is not None and any(
                (x.start < sent.start + m.start(1) and self.family(x.entity) == self.family(topic))
                or (x.entity.id == topic.id and not sent.text.startswith(("'s", "’s"), x.end - sent.start))
                for x in mentions) if topic is not None else True
            if m is not None and not named_here and topic.kind == "Organization":
                out.append(Mention(sent.start + m.start(1), sent.start + m.end(1), topic, m.group(1), "coref"))
        if cues is EN:
            # "The purchase would be Nvidia's biggest since it agreed to buy Mellanox": the company just named
            for m in _IT_AFTER_CONJ.finditer(sent.text):
                s, e = sent.start + m.start(1), sent.start + m.end(1)
                if any(cs < e and s < ce for cs, ce in covered):
                    continue
                before = [x for x in mentions if x.end <= s and x.entity.kind == "Organization"]
                who = before[0].entity if len({self.family(x.entity) for x in before}) == 1 else (
                    ctx.topic if not before and ctx.topic is not None and ctx.stale <= 1 else None)
                if who is not None:
                    out.append(Mention(s, e, who, m.group(1), "coref"))
        if cues is EN:
            # "The company that most resembles Broadcom is Marvell, which competes with it": the other company
            for m in _COMPETES_WITH_IT.finditer(sent.text):
                s, e = sent.start + m.start(1), sent.start + m.end(1)
                before = [x for x in mentions if x.end <= s and x.entity.kind == "Organization"]
                antecedent = before[-1] if before and re.search(r",\s+(?:which|who|that)\s", sent.text[
                    before[-1].end - sent.start:m.start()]) else None
                others = {self.family(x.entity): x.entity for x in before if x is not antecedent
                          and (antecedent is None or self.family(x.entity) != self.family(antecedent.entity))}
                if len(others) == 1:
                    out.append(Mention(s, e, next(iter(others.values())), m.group(1), "coref"))
        if cues is EN:
            # "Microsoft and Amazon are among its cloud partners": whose partners, the company told about
            for m in _ITS_RELATION.finditer(sent.text):
                g = 1 if m.group(1) else 3
                s, e = sent.start + m.start(g), sent.start + m.end(g)
                if any(x.start < e and s < max(x.end, x.start + 1) for x in out):
                    continue
                topic = ctx.topic if ctx.topic is not None and ctx.stale <= 2 and self.family(ctx.topic) not in present \
                    else ctx.main
                if topic is not None and self.family(topic) in present:
                    # "Nebius counts Nvidia among its shareholders": the one named here; the rule picks whom
                    topic = next((x.entity for x in mentions if x.end <= s and x.entity.kind == "Organization"), topic)
                if topic is not None and topic.kind == "Organization":
                    out.append(Mention(s, e, topic, m.group(g), "coref"))
        if cues is EN:
            # "the chipmaker", "the cloud provider": the last company of that kind
            for m in _TYPED_COREF.finditer(sent.text):
                s, e = sent.start + m.start(), sent.start + m.end()
                if any(cs < e and s < ce for cs, ce in covered) or any(x.start < e and s < x.end for x in out):
                    continue
                sectors = _TYPED_SECTORS[next(k for k, v in m.groupdict().items() if v)]
                topic = ctx.main if ctx.main is not None and sectors & set(ctx.main.sectors) else ctx.topic
                kind = topic if topic is not None and sectors & set(topic.sectors) and topic.kind == "Organization" \
                    and self.family(topic) not in present else next(
                        (x for x in reversed(ctx.recent) if sectors & set(x.sectors)
                         and x.kind == "Organization" and self.family(x) not in present), None)
                here = [x.entity for x in mentions if x.end <= s and x.entity.kind == "Organization"
                        and sectors & set(x.entity.sectors)]
                if kind is None and len({x.id for x in here}) == 1 and cues.compete.search(sent.text, m.end()):
                    # "AMD … agreed to buy Silo AI, …, as the chipmaker tries to … compete with Nvidia": the one of
                    # that kind named before it
                    kind = here[0]
                if kind is not None:
                    out.append(Mention(s, e, kind, m.group(), "coref"))
        return out

    def _buyer_of(self, referent: Entity, ctx: Context, present: set[str]) -> Entity:
        """Who the article said bought ``referent``, when "it" or "the company" buys again: "Alphawave
        would be one of Qualcomm's larger acquisitions. The San Diego-based company bought Nuvia in 2021"."""
        buyer = ctx.buyers.get(referent.id)
        if buyer is not None and self.family(buyer) not in present and buyer.kind == "Organization":
            return buyer
        return referent

    def _last_distinct(self, recent: Sequence[Entity], n: int) -> list[Entity]:
        chosen: list[Entity] = []
        families: set[str] = set()
        for ent in reversed(recent):
            fam = self.family(ent)
            if fam in families or self.is_product(ent):
                continue
            families.add(fam)
            chosen.append(ent)
            if len(chosen) == n:
                break
        return chosen

    def _update_context(self, ctx: Context, parties: Sequence[Party], text: str = "", start: int = 0) -> None:
        ctx.prev_named = [p.entity for p in parties if p.mention.source != "coref" and p.entity.kind == "Organization"]
        ctx.prev_referent = next((p.entity for p in parties if p.mention.source == "coref"
                                  and p.mention.surface in ("同社", "この会社", "the company", "The company")), None)
        # a stock exchange is where a company lists, never whom 同社 or "the company" means
        parties = [p for p in parties if not _VENUE.search(p.entity.name)]
        ctx.recent.extend(p.entity for p in parties if p.mention.source != "coref")
        del ctx.recent[:-12]
        # 「NTTとスカパーJSATは…合弁会社を設立しました。両社が…」: two subjects in one list act together
        together: dict[int, dict[str, Entity]] = {}
        for p in parties:
            if p.role == "agent" and p.mention.source != "coref" and p.entity.kind == "Organization":
                together.setdefault(p.list_id, {})[self.family(p.entity)] = p.entity
        pairs = [list(v.values()) for v in together.values() if len(v) == 2]
        if len(pairs) == 1:
            ctx.pair, ctx.pair_age = pairs[0], 0
        else:
            ctx.pair_age += 1
        if ctx.hold_topic:
            ctx.hold_topic = False  # a heading, or a list of whose partners or investors others are
            return
        agents = [p for p in parties if p.role == "agent" and p.mention.source != "coref"
                  and not _unknown_product(p.entity)]  # "Silo AI's SiloGen platform … would give": a product is no topic
        # "… fell apart last year when owner ByteDance picked Oracle": the subject of a side clause is no topic
        main_agents = [p for p in agents if not _EN_SUBORDINATE.search(text, start, p.mention.start)
                       # 「米ギットハブが手がける「GitHub Copilot」を活用し」: the subject of a relative clause
                       and not _JA_RUNS_NEXT.match(text, _after_name(text, p.mention.end))
                       and not _JA_RELATIVE_SUBJECT.match(text, _after_name(text, p.mention.end))]
        if agents and not main_agents and ctx.topic is not None:
            agents = []
        else:
            agents = main_agents or agents
        if ctx.topic is not None and agents and all("Government" in p.entity.sectors for p in agents):
            # 「この計画には経済産業省が最大68億円を助成する。同社は…」: a ministry that acts is no company told about,
            # and the company told about stays so
            return
        if not agents and ctx.topic is not None and any(
                p.role == "agent" and p.mention.source == "coref" and p.entity.id == ctx.topic.id
                and re.match(r"(?i)the\s", p.mention.surface or "") for p in parties):
            # "The data analytics firm, which competes with Snowflake, also agreed to buy MosaicML": the topic
            # is still the subject
            ctx.stale = 0
            return
        ctx.stale += 1
        if not agents and parties and not text[start:parties[0].mention.start].strip() \
                and text.startswith(("'s", "’s"), parties[0].mention.end):
            # "Cloudflare's problems were the most embarrassing for Google.": whose problems the sentence is about
            agents = parties[:1]
        if not agents:
            # 「SBGの孫正義会長兼社長は…を掲げ」: the company whose head the sentence is about
            agents = [p for p in parties if p.mention.source != "coref" and p.entity.kind == "Organization"
                      and _JA_HEAD_OF.match(text, _after_name(text, p.mention.end))][:1]
        if agents:
            ctx.topic = agents[0].entity
            ctx.stale = 0
        elif parties and ctx.topic is None:
            ctx.topic = parties[0].entity

    def _sentence_facts(
        self,
        text: str,
        sent: Sentence,
        index: int,
        parties: list[Party],
        products: list[Mention],
        terms: SentenceTerms,
        cues: Cues,
        lang: str,
        ctx: Context,
        sentences: Sequence[Sentence],
        cloud_article: bool,
    ) -> list[tuple[Fact, bool]]:
        local = sent.text
        facts: list[tuple[Fact, bool]] = []
        date = terms.first("date")
        # "Three months later it raised more than $500 million": months after the date just given
        shifted = date_after(local, ctx.last_date) if date is None else None
        date = date or shifted
        money = terms.money
        # read once per sentence, not once per fact
        round_of_many = bool(_RAISE.search(local) and _ROUND_OF_MANY.search(local))
        same_round = bool(_SAME_ROUND.search(local))

        # a raise told in a side clause: who raised (the name before it) and who invested (the names inside)
        raised_aside: set[tuple[str, str]] | None = None  # (who raised, who invested) of each such clause
        if lang == "en":
            for m in _EN_ASIDE.finditer(local):
                if not _RAISE.search(m.group()):
                    continue
                a, b = sent.start + m.start(), sent.start + m.end()
                before = [p for p in parties if p.mention.end <= a]
                if before:
                    raiser = before[-1].entity
                    raiser = self.owner(raiser) if raiser.kind == "Service" else raiser
                    raised_aside = raised_aside or set()
                    for p in parties:
                        if a <= p.mention.start < b:
                            raised_aside |= {(raiser.id, p.entity.id), (raiser.id, self.owner(p.entity).id)}

        def make(rel: str, subj: Entity, obj: Entity, conf: float, evidence: str | None = None,
                 money_match: MoneyMatch | None = None, same_family: bool = False, aside: bool = False,
                 **kw: Any) -> None:
            if self.family(subj) == self.family(obj) and rel not in ("operates", "acquires") and not same_family:
                return
            if rel == "invests_in" and obj.kind == "Service" and (maker := self.gazetteer.entities.get(obj.parent or "")) \
                    and obj.name.startswith(maker.name):
                obj = maker  # "our Series D … to expand Crusoe Cloud": money goes to the company, not its product
            if rel in ("invests_in", "acquires", "provides_cloud_to", "supplies") and _regulator(subj):
                return  # "now being examined by the Committee on Foreign Investment": a regulator makes no deal
            if rel == "invests_in" and raised_aside is not None and (obj.id, subj.id) not in raised_aside:
                return  # "…'s Cursor, which raised $900 million in a round led by Thrive Capital,": that raise only
            if subj.id == obj.id:
                return
            if rel in ("invests_in", "acquires") and (_unknown_product(subj) or _unknown_product(obj) and
                                                      rel == "invests_in"):
                return  # 「「ChatGLM」で知られる智譜には両社が出資」: a product neither invests nor is invested in
            if rel in AMOUNT_RELATIONS:
                chosen = money_match or terms.pick(None)
                # "led by Greenoaks Capital, which put in $500 million on its own": the investor's own money
                own_share = False
                if rel == "invests_in":
                    for p in orgs:
                        share = _OWN_SHARE.match(text, p.mention.end, sent.end) if p.entity.id == subj.id else None
                        own = next((m for m in terms.money if share is not None
                                    and sent.start + m.start <= share.end() - 1 < sent.start + m.end), None)
                        if own is not None:
                            chosen, own_share = own, True
                            kw.pop("amount", None)
                            break
                when, duration = terms.qualifiers(chosen)
                if rel == "invests_in" and chosen is not None and "amount" not in kw and not own_share and (round_of_many or (
                        len({p.entity.id for p in orgs if p.role == "source"}) >= 2 and _RAISE.search(local)) or (
                        _WHOLE_ROUND.match(local, chosen.end) and _PART_OF.search(local, max(0, chosen.start - 30),
                                                                                   chosen.start)
                        and len({p.entity.id for p in orgs if p.role in ("agent", "source", "co")}) >= 2)):
                    # "Databricks raised a $250 million round, and Microsoft was among the participants";
                    # "Alphabet and Nvidia invested … as part of a $2 billion round": the round's, no one's share
                    kw["amount"] = None
                when = when or shifted
                if rel == "invests_in" and when is None and ctx.last_investment is not None and same_round:
                    when = ctx.last_investment.date  # 「同ラウンドには…も参加」: the round just reported
            else:
                chosen, when, duration = None, (None if rel in UNDATED_RELATIONS else date), None
            dated = [t for t in terms.times if t.kind == "date" and t.value]
            if chosen is None and when is not None and len(dated) > 1 and lang == "ja" and "date" not in kw:
                # 「昨年5月に東京リージョン、今年2月に大阪リージョンを開設し、4月には米ズームが…OCIを採用した」:
                # the date told last before the parties (measured: better than before the later one)
                first = min((p.mention.start - sent.start for p in orgs if p.entity.id in (subj.id, obj.id)
                             and p.mention.source != "coref"), default=None)
                before = [t for t in dated if first is not None and t.end <= first]
                when = before[-1].value if before else when
            if rel == "partners_with":
                duration = terms.first("duration")
            facts.append((
                Fact(
                    article="",
                    relation=rel,
                    subject=subj,
                    object=obj,
                    evidence=evidence or local,
                    confidence=conf,
                    amount=kw.get("amount", chosen.amount if chosen else None),
                    date=kw.get("date", when),
                    duration=kw.get("duration", duration if rel in ("provides_cloud_to", "supplies",
                                                                   "partners_with") else None),
                ),
                chosen is not None and chosen not in terms.deal_money,
            ))
            if aside:
                ctx.asides.add(id(facts[-1][0]))

        def make_all(rel: str, pairs: list[tuple[Party, Party, float]], subj_of: Any = None) -> None:
            """One fact per pair; several deal amounts go to the parties they follow, or each is a deal."""
            subj_of = subj_of or (lambda e: e)
            deal = terms.deal_money
            if len(deal) > 1 and len(pairs) == 1:
                s_, o_, conf = pairs[0]
                for m in deal:
                    make(rel, subj_of(s_.entity), o_.entity, conf, money_match=m)
                return
            subjects = {id(s_) for s_, _, _ in pairs}
            objects = {id(o_) for _, o_, _ in pairs}
            if not deal and len(objects) > 1 and len(subjects) == 1 and rel == "acquires":
                # "It bought Nod.ai … in October, and … Mipsology last August": each its own clause's date
                spans = terms.clauses
                dated = [(a, b, next((t.value for t in terms.times if t.kind == "date" and t.value
                                      and a <= t.start < b), None)) for a, b in spans]
                if sum(1 for *_, d in dated if d) > 1:
                    for s_, o_, conf in pairs:
                        at = o_.mention.start - sent.start
                        own = next((d for a, b, d in dated if a <= at < b), None)
                        make(rel, subj_of(s_.entity), o_.entity, conf, **({"date": own} if own else {}))
                    return
            clauses = terms.clauses if len(deal) == 1 and len(objects) > 1 else []

            def clause_of(at: int) -> int:
                return next((i for i, (a, b) in enumerate(clauses) if a <= at < b), -1)

            for s_, o_, conf in pairs:
                anchor = None
                if len(deal) > 1:
                    party = s_ if len(subjects) > 1 else o_
                    anchor = party.mention.start - sent.start
                if len(clauses) > 1 and clause_of(o_.mention.start - sent.start) != clause_of(deal[0].start):
                    # 「Aを45億ドルで買収し、20年にはBも傘下に収めた」: the money and the date are A's
                    clause = clauses[clause_of(o_.mention.start - sent.start)]
                    own = next((t.value for t in terms.times if t.kind == "date" and t.value
                                and clause[0] <= t.start < clause[1]), None)
                    make(rel, subj_of(s_.entity), o_.entity, conf, amount=None,
                         **({"date": own} if own else {}))
                    continue
                make(rel, subj_of(s_.entity), o_.entity, conf, money_match=terms.pick(anchor))

        orgs = [p for p in parties if p.entity.kind == "Organization" or p.entity.kind == "Service"]
        # "Anthropic, the start-up founded by former OpenAI executives," / "Kestrel Ventures, the investment arm
        # of Kestrel Cloud,": a name inside the description of another party is no party to the deal
        named_orgs = [p for p in orgs if p.mention.source != "coref"]
        described: set[int] = set()
        for p, q in zip(named_orgs, named_orgs[1:]):
            # … and "SK Hynix, SK Group's chipmaker, began shipping": whose unit it is, said in passing
            if _DESCRIPTION.fullmatch(text[p.mention.end:q.mention.start]) or (
                    lang == "en" and re.fullmatch(r",\s+", text[p.mention.end:q.mention.start])
                    and _APPOS_POSSESSOR.match(text, q.mention.end)) or (
                    # "Jio Platforms, the Reliance unit that owns …"
                    lang == "en" and re.fullmatch(r",\s+the\s+", text[p.mention.end:q.mention.start])
                    and _UNIT_WORD_AFTER.match(text, q.mention.end)):
                described.add(id(q))  # and "the start-up" inside the description is no new party either
                described.update(id(c) for c in orgs if c.mention.source == "coref"
                                 and p.mention.end <= c.mention.start < q.mention.start)
                last = q
                for r in named_orgs:  # "Stackit, the cloud unit of Lidl owner Schwarz Group,": all of it
                    if r.mention.start > last.mention.end and _DESCRIBED_ON.fullmatch(
                            text, last.mention.end, r.mention.start):
                        described.add(id(r))
                        last = r
            # 「ふくおかFG傘下のみんなの銀行は」「ソフトバンクグループの子会社であるソフトバンクロボティクスと」: the
            # owner named to describe the company is no party to its deal
            if lang == "ja" and q.mention.start - p.mention.end <= 12 and any(_JA_OWNER_BEFORE.fullmatch(
                    text, at, q.mention.start) for at in (p.mention.end, _after_name(text, p.mention.end))):
                described.add(id(p))
        orgs = [p for p in orgs if id(p) not in described]
        group = _GROUP_INCLUDES.search(local) if lang == "en" else None
        owner = next((p for p in orgs if group is not None and p.mention.source != "coref"
                      and p.mention.end == sent.start + group.start()), None) if group else None
        if owner is not None:
            # "the Nebius group includes Toloka AI, …; TripleTen, …; and Avride": the owner's companies, not its
            # partners or customers because of what the list says they do
            for p in orgs:
                if p.mention.start >= sent.start + group.end() and p.mention.source != "coref" \
                        and p.entity.id != owner.entity.id \
                        and _ITEM_START.search(text, max(sent.start, p.mention.start - 12), p.mention.start):
                    make("operates", owner.entity, p.entity, CONF_SECTOR)
            return facts
        listed_as = _ITS_RELATION.search(local) if lang == "en" else None
        g = 1 if listed_as is not None and listed_as.group(1) else 3
        its = next((p for p in orgs if listed_as is not None and p.mention.source == "coref"
                    and p.mention.start < sent.start + listed_as.end(g)
                    and sent.start + listed_as.start(g) < max(p.mention.end, p.mention.start + 1)), None)
        if its is not None and not money:
            # "Microsoft and Amazon are among its cloud partners", "Its backers include Nvidia and Cisco": each
            # named one is that to the company the article is about
            noun = (listed_as.group("noun") or listed_as.group("noun2")).lower()
            rel = _ITS_RELATIONS.get(noun)
            before = listed_as.group(1) is not None
            members = [p for p in orgs if p is not its and p.mention.source != "coref" and p.role != "gen"
                       and (p.mention.end <= its.mention.start if before else p.mention.start >= its.mention.end)]
            named = {self.family(p.entity) for p in orgs if p.mention.source != "coref"}
            whose = ctx.topic if ctx.topic is not None and ctx.stale <= 2 and self.family(ctx.topic) not in named \
                else ctx.main if ctx.main is not None and self.family(ctx.main) not in named else its.entity
            if its.mention.surface.lower() == "our":
                whose = its.entity  # "our customers include …": the publisher's
            counts = next((p for p in members if _COUNTER_BEFORE.match(text, p.mention.end)), None)
            if counts is not None:
                # "Cognition … counts Founders Fund among its backers": the one who counts them
                whose = counts.entity
                members = [p for p in members if p.mention.start > counts.mention.end]
            if rel is None and self.is_chip(whose):
                rel = "supplies"  # "counts server makers Dell and HPE among its biggest customers"
            elif rel is None and self.sells_cloud(whose):
                rel = "provides_cloud_to"
            for p in members if rel else []:
                if noun in ("customers", "clients"):
                    make(rel, whose, p.entity, CONF_COREF, amount=None, duration=None)
                    continue
                make(rel, self.owner(p.entity) if rel == "invests_in" else p.entity, whose, CONF_COREF,
                     amount=None, duration=None)
            if counts is not None:
                ctx.topic, ctx.stale = whose, 0
            ctx.hold_topic = True
            return facts
        customers_are = _JA_CUSTOMERS_ARE.match(local) if lang == "ja" and not money else None
        whose = ctx.told_about() if customers_are is not None else None
        if whose is not None:
            # 「顧客には台湾積体電路製造(TSMC)や韓国サムスン電子、米インテルなどが並ぶ」: the customers of the company
            # the article is telling about, who supplies chips or materials or sells cloud to each
            rel = "supplies" if self.is_chip(whose) else "provides_cloud_to" if self.sells_cloud(whose) else None
            members = [p for p in orgs if p.mention.source != "coref" and p.mention.start >= sent.start
                       + customers_are.end() and self.family(p.entity) != self.family(whose)]
            for p in members if rel else []:
                make(rel, whose, p.entity, CONF_COREF, amount=None, duration=None)
            if rel and members:
                ctx.hold_topic = True
                return facts
        if _HEADING.match(local):
            return facts  # a section heading names its subject; the paragraph below says the facts
        acquire_hit = cues.acquire.search(local) and not _BUYS_GOODS.search(local) and not _DEBT_DEAL.search(local)
        if acquire_hit and lang == "en" and all(_THE_DEAL_BEFORE.search(local, 0, m.start()) and m.group().lower() in (
                "acquisition", "purchase", "takeover") for m in cues.acquire.finditer(local)) \
                and not _NOUN_OF.search(local):
            acquire_hit = None  # "The acquisition puts Nvidia more squarely in competition with Intel": told before
        # "buy Ampere Computing, a chip designer backed by Oracle,": who backs a party is no cue of the sentence
        # "Canada Pension Plan Investment Board … agreed to buy": a word inside a name is no cue
        named_text = _without_names(local, sent.start, [p for p in orgs if p.mention.source != "coref"],
                                    glosses=True) if acquire_hit else local
        cue_text = _X_BACKED_WORD.sub(" ", _BACKED_APPOSITION.sub(",", named_text))
        if lang == "en":  # "Microsoft, OpenAI's largest backer,", "OpenAI backer Microsoft": said in passing
            cue_text = _BACKER_ASIDE.sub(" ", cue_text)
        # "MGX, the Abu Dhabi AI investment firm,": what a company is, not what it does here
        cue_text = _INVESTMENT_KIND.sub(" ", cue_text) if lang == "en" else cue_text
        invest_hit = (cues.invest.search(cue_text) or _ROUND_INVESTORS.search(cue_text)) and not cues.invest_not.search(local) and not (
            acquire_hit and _TAKEOVER.search(local))
        called_off = _CALLED_OFF.search(_RELATIVE_PAST.sub(" ", local))
        semi = local.rfind("; ", 0, called_off.start()) if called_off is not None and lang == "en" else -1
        done_cut = None  # where a clause on a deal that did not happen begins, after one that did
        if semi > 0 and acquire_hit and cues.acquire.search(local, 0, semi) and not _CALLED_OFF.search(local, 0, semi):
            # "Avago bought Broadcom Corp. for $37 billion in 2016; two years later its attempt to buy Qualcomm
            # was blocked": the purchase before the semicolon stands
            done_cut = sent.start + semi
            invest_hit = None
        elif called_off is not None:
            acquire_hit = invest_hit = None  # "walked away from talks to buy": no deal
        sells = bool(_SELLS.search(local))
        sales = self._sale(text, sent, orgs, lang) if sells else []
        selling = bool(sales)
        stake_sale = _STAKE_SALE.search(local) if sells and not sales and lang == "en" else None
        if stake_sale is not None:
            # a stake sold: the buyer invests in the company (or in the venture named) whose stake it is
            seller = next((p for p in reversed(orgs) if p.mention.end <= sent.start + stake_sale.start()
                           and p.role != "gen"), None)
            buyer = next((p for p in orgs if p.mention.start >= sent.start + stake_sale.end()), None)
            inside = [p for p in orgs if sent.start + stake_sale.start("what") <= p.mention.start
                      < sent.start + stake_sale.end("what")]
            investee = inside[0] if inside else seller
            if buyer is not None and investee is not None:
                make("invests_in", self.owner(buyer.entity), investee.entity, CONF_SECTOR,
                     money_match=next((m for m in terms.deal_money if sent.start + m.start > buyer.mention.start),
                                      terms.pick(None)))
        unit_sold = _JA_UNIT_SOLD_TO.search(local) if sells and not sales and lang == "ja" else None
        if unit_sold is not None:
            # 「21年5月にはエラストマー事業をENEOSに売却することで合意」: the buyer acquires (a part of) the seller,
            # the sentence's subject or, left out, the company the article is telling about
            at = sent.start + unit_sold.start("buyer")
            buyer = next((p for p in reversed(orgs) if p.mention.start >= at
                          and text.startswith("に", _after_name(text, p.mention.end))), None)
            seller = next((p.entity for p in orgs if p.role == "agent" and p.mention.end <= at), None) \
                or ctx.told_about()
            if buyer is not None and seller is not None and self.family(buyer.entity) != self.family(seller):
                make("acquires", self.owner(buyer.entity), seller, CONF_COREF, money_match=terms.pick(None))
                selling = True
        # "It closed its $4.9 billion purchase of ZT Systems in March and agreed in May to sell ZT's manufacturing
        # business to Sanmina": a purchase told as a noun before a sale is still a purchase
        sale_at = _SELLS.search(local).start() + sent.start if sells else None
        purchases = [(b, q) for b, q in self._purchases_of(text, sent, orgs, ctx)
                     if sale_at is None or q.mention.end <= sale_at] if acquire_hit else []
        if sells:
            acquire_hit = invest_hit = None  # 「保有株をすべてSBGに売却する」: the seller is no investor of the buyer
            for buyer, sold in sales:
                # "agreed to sell VMware's EUC division to KKR for $4 billion": the buyer acquires it
                money_match = next((m for m in terms.deal_money if sent.start + m.start > buyer.mention.start), None) \
                    if lang == "en" else None
                make("acquires", self.owner(buyer.entity), sold.entity, CONF_SECTOR,
                     money_match=money_match or terms.pick(None))
        if invest_hit and lang == "en" and not any(p.role == "target" for p in orgs) and (
                spend := _EN_INVEST_IN_THINGS.search(local)) and not cues.invest.search(local, spend.end()):
            invest_hit = None  # "Vodafone will invest $1.5 billion over the next decade in cloud and AI services"
        venture = _JA_EACH_INTO_VENTURE.search(local) if invest_hit and lang == "ja" else None
        owners = [p for p in orgs if p.role == "agent" and p.entity.kind == "Organization"] if venture else []
        if len(owners) >= 2 and not any(p.role in ("target", "object") for p in orgs):
            # 「ソニーGとホンダは…同年6月にそれぞれ50%を出資する合弁契約を結んだ」: the venture told of before
            common = [e for e in ctx.investees.get(owners[0].entity.id, [])
                      if all(any(x.id == e.id for x in ctx.investees.get(o.entity.id, [])) for o in owners[1:])]
            when = next((t.value for t in reversed(terms.times) if t.kind == "date" and t.value
                         and t.start < venture.start()), None)
            if common:
                for o in owners:
                    make("invests_in", o.entity, common[-1], CONF_COREF, amount=None,
                         **({"date": when} if when else {}))
                invest_hit = None
        if invest_hit and lang == "ja" and _JA_PLAN.search(local) and not any(p.role == "target" for p in orgs):
            invest_hit = None  # 「今後4年間で最大5000億ドルを投じる計画」: spending, not a stake in anyone
        # "NXP Semiconductors", "Vanguard International Semiconductor": a word inside a name is no cue
        supply_hit = bool(cues.supply.search(_without_names(local, sent.start, orgs)) or (products and (
            _ADOPTS.search(local) or _PROVIDES_GOODS.search(local)))) \
            and not _SUPPLIES_COMPUTE.search(local) \
            and not (_CALLED_OFF.search(local) and cues.acquire.search(local)) \
            and not selling  # "the attempt to buy Arm collapsed", 「アルテラの株式をシルバーレイクに売却」

        # ---- operates: genitive and "Y を開発する X" patterns
        for subj, obj, conf in self._operates(text, parties, lang):
            make("operates", subj, obj, conf)
        acquire_cue = cues.acquire.search(local) if acquire_hit else None
        cue_at = sent.start + acquire_cue.start() if acquire_cue else None
        for subj, obj, at in self._owned_nearby(text, parties):
            # in a takeover, only what is named before the verb: "Alphabet Inc's Google agreed to buy Wiz"
            if cue_at is None or (lang == "en" and at < cue_at):  # Japanese names what is bought before 買収
                make("operates", subj, obj, CONF_WEAK)
        for p, q in zip(parties, parties[1:]):
            # "Brookfield-owned CDK": what the text says, whether the gazetteer knows it or not
            if _HYPHEN_OWNED.fullmatch(text, p.mention.end, q.mention.start) and p.entity.kind == "Organization" \
                    and p.mention.source != "coref" and p.entity.id != q.entity.id:
                make("operates", p.entity, q.entity, CONF_EXPLICIT)
        # 「上場子会社のNTTデータグループを完全子会社化」: a subsidiary said to be one already, even in a takeover
        for subj, obj in self._subsidiaries(text, sent, parties, ctx, lang):
            make("operates", subj, obj, CONF_SECTOR)
        money_or_term = bool(money) or terms.first("duration") is not None

        # ---- "New and existing investors also participating in the round include A, B and C": the round just told
        include = _INVESTORS_INCLUDE.search(local) if lang == "en" else None
        last = ctx.last_investment
        if include is not None and last is not None and not any(f.relation == "invests_in" for f, _ in facts):
            listed = [p for p in orgs if p.mention.start >= sent.start + include.end() and p.mention.source != "coref"
                      and self.family(p.entity) != self.family(last.object)]
            for p in listed:
                make("invests_in", self.owner(p.entity), last.object, CONF_SECTOR, amount=None,
                     date=last.date if _SAME_ROUND.search(local) else None)
            if listed:
                invest_hit = None
        # ---- "Anthropic also counts Amazon as a backer", "MGX, set up with Mubadala and G42 as founding shareholders"
        for m in _EN_COUNTS_AS_BACKER.finditer(local) if lang == "en" else ():
            a, b = sent.start + m.start("names"), sent.start + m.end("names")
            backers = [p for p in orgs if a <= p.mention.start < b and p.mention.source != "coref"
                       and not _possessor(text, p.mention.end)]
            backed = next((p for p in reversed(orgs) if p.mention.end <= a and p not in backers
                           and p.role != "gen" and p.entity.kind == "Organization"), None)
            for q in backers if backed is not None else []:
                if self.family(q.entity) != self.family(backed.entity):
                    make("invests_in", self.owner(q.entity), backed.entity, CONF_SECTOR, amount=None)
        # ---- backers named in passing
        for p in orgs:
            if _EN_HOLDER_OF_TOPIC.match(text, p.mention.end) and ctx.main is not None \
                    and self.family(ctx.main) != self.family(p.entity):
                make("invests_in", self.owner(p.entity), ctx.main, CONF_COREF, amount=None)
                invest_hit = None
        holding = lang == "ja" and "株主" in local  # read the holders below only where shares are held
        topic_ha = next((p for p in orgs if holding and text.startswith("は", _after_name(text, p.mention.end))), None)
        if holding and topic_ha is None and any(_JA_HOLDS_AS.match(text, _after_name(text, p.mention.end))
                                                      for p in orgs):
            invest_hit = None  # a holder of a company the sentence does not name: whose, we cannot tell
        for p in orgs if topic_ha is not None else []:
            # 「アンペアは…を手がけ、米オラクルが大株主に名を連ねる」: a holder of the sentence's topic (every one
            # of a list: 「トヨタ自動車やデンソーが大株主」)
            if p.mention.start > topic_ha.mention.end and _JA_HOLDS_AS.match(text, _after_name(text, p.mention.end)):
                for q in orgs:
                    if q.list_id == p.list_id and q.mention.start > topic_ha.mention.end \
                            and self.family(q.entity) != self.family(topic_ha.entity):
                        make("invests_in", self.owner(q.entity), topic_ha.entity, CONF_SECTOR, amount=None)
                invest_hit = None
                supply_hit = False  # the sentence says who holds shares of whom, and no more
        for p in orgs if holding and ctx.main is not None else []:
            # 「株主であるSKハイニックスが、同時に…ライバル」: a holder of the company the article is about
            if _JA_HOLDER_OF_TOPIC.search(text, max(sent.start, p.mention.start - 12), p.mention.start) \
                    and self.family(ctx.main) != self.family(p.entity) and p.mention.source != "coref":
                make("invests_in", self.owner(p.entity), ctx.main, CONF_COREF, amount=None, date=None)
        for i, p in enumerate(orgs):
            for q in orgs[i + 1:i + 3]:
                between = text[p.mention.end:q.mention.start]
                if lang == "ja" and _JA_HOLDER.match(between):
                    make("invests_in", self.owner(q.entity), p.entity, CONF_EXPLICIT, amount=None)
                    for r in orgs[i + 2:i + 4]:  # 「米オラクルと米投資ファンドのカーライル・グループが」
                        if r.list_id == q.list_id:
                            make("invests_in", self.owner(r.entity), p.entity, CONF_EXPLICIT, amount=None)
                    invest_hit = None
                elif lang == "ja" and _JA_CO_OWNED.match(between):
                    # 「ソフトバンクとヤフーが共同出資するPayPay」: every name of the list holds a stake
                    for r in orgs[:i + 1]:
                        if r.list_id == p.list_id:
                            make("invests_in", r.entity, q.entity, CONF_EXPLICIT, amount=None, date=None,
                                 same_family=True)  # a holding, not a dated deal
                elif _X_BACKED.match(between):
                    make("invests_in", self.owner(p.entity), q.entity, CONF_SECTOR, amount=None)
                elif lang == "en" and re.fullmatch(r",\s+", between) and _GEN_HOLDER.match(text, q.mention.end):
                    # "Microsoft, OpenAI's largest backer,": a holding, not a dated deal
                    make("invests_in", self.owner(p.entity), q.entity, CONF_SECTOR, amount=None, date=None, aside=True)
                elif lang == "en" and _BACKER_NAMED.fullmatch(between):
                    # "OpenAI backer Microsoft"
                    make("invests_in", self.owner(q.entity), p.entity, CONF_SECTOR, amount=None, date=None, aside=True)
                elif _BACKED_BY.match(between):
                    make("invests_in", self.owner(q.entity), p.entity, CONF_SECTOR, amount=None)
        for p in orgs if lang == "en" else []:
            # "its SoftBank-led funding round in March": the leader put money into whoever raised the round
            if _X_LED_ROUND.match(text, p.mention.end):
                before = text[max(sent.start, p.mention.start - 6):p.mention.start]
                raiser = next((q for q in reversed(orgs) if q.mention.end <= p.mention.start
                               and re.fullmatch(r"['’]s\s+(?:[\w\-]+\s+)?", text[q.mention.end:p.mention.start])), None)
                if raiser is None and re.search(r"\b(?:its|their)\s+$", before):
                    raiser = next((q for q in orgs if q.role == "agent" and q.mention.end <= p.mention.start), None)
                if raiser is not None and raiser.entity.kind == "Organization":
                    make("invests_in", self.owner(p.entity), raiser.entity, CONF_SECTOR, amount=None)

        # ---- "ByteDance's U.S. investors, among them General Atlantic and Sequoia Capital"
        for p in orgs:
            held = _GEN_INVESTORS.match(text, p.mention.end)
            if held is None:
                continue
            listed = [q for q in orgs if held.end() <= q.mention.start]
            # "… include Toyota, which invested ¥10.5 billion in PFN in 2017, as well as NTT and FANUC"
            lists = {listed[0].list_id} if listed else set()
            lists |= {q.list_id for q in listed if re.search(r"\bas well as\s+(?:the\s+)?$",
                                                             text[max(sent.start, q.mention.start - 14):q.mention.start])}
            for q in listed:
                if q.list_id in lists and self.family(q.entity) != self.family(p.entity):
                    # "Toyota Motor Corporation, which invested about ¥10.5 billion in PFN in 2017": the side
                    # clause tells this holder's own deal
                    side = _EN_RELATIVE.match(text, q.mention.end, sent.end) if lang == "en" else None
                    own = [m for m in terms.money if side is not None
                           and side.start() <= sent.start + m.start < side.end()]
                    when = next((t.value for t in terms.times if side is not None and t.kind == "date" and t.value
                                 and side.start() <= sent.start + t.start < side.end()), None)
                    if own and cues.invest.search(side.group()):
                        make("invests_in", self.owner(q.entity), p.entity, CONF_EXPLICIT, money_match=own[0],
                             date=when)
                    else:
                        make("invests_in", self.owner(q.entity), p.entity, CONF_SECTOR, amount=None,
                             date=when if side is not None and cues.invest.search(side.group()) else None)
            invest_hit = None

        # ---- "OpenAI, which Microsoft backed with a multibillion-dollar investment in January,": the name inside the
        # clause backs the one before it, and no one else invests here
        for p, q in zip(orgs, orgs[1:]) if invest_hit and lang == "en" else []:
            if re.fullmatch(r",\s+(?:which|whom)\s+", text[p.mention.end:q.mention.start]) \
                    and _BACKED_AFTER.match(text, q.mention.end) and self.family(p.entity) != self.family(q.entity):
                make("invests_in", self.owner(q.entity), p.entity, CONF_EXPLICIT,
                     **({} if _RAISE.search(local) else {"amount": None}))
                invest_hit = None
        # ---- "BP will pay ₹7,000 crore for a 49% stake in a new fuel-retailing joint venture with RIL": a stake in a
        # venture left unnamed makes the two partners, not one the other's investor
        stake_in_venture = _STAKE_IN_VENTURE_WITH.search(local) if invest_hit and lang == "en" else None
        if stake_in_venture is not None:
            buyer = next((p for p in orgs if p.role == "agent" and p.mention.end <= sent.start + stake_in_venture.start()),
                         None)
            partner = next((p for p in orgs if p.mention.start >= sent.start + stake_in_venture.end()), None)
            if buyer is not None and partner is not None:
                make("partners_with", buyer.entity, partner.entity, CONF_SECTOR)
                invest_hit = None
        # ---- a joint venture: its owners invest in it, run it and are partners
        in_venture = False
        found_venture = self._joint_venture(text, sent, orgs)
        if found_venture is not None:
            venture, owned = found_venture
            owners = [p for p in orgs if p.entity.id != venture.id and self.family(p.entity) != venture.id
                      and p.entity.kind == "Organization"]
            shares = _shares(text, owners) if lang == "ja" and owned else {}
            for p in owners if owned else []:
                make("invests_in", self.owner(p.entity), venture, CONF_SECTOR, amount=None, same_family=True)
                share = shares.get(id(p))
                if share is None or share > 50:  # 「LGが49％を出資する合弁会社」: a minority
                    make("operates", self.owner(p.entity), venture, CONF_WEAK)
            lead = [p for p in owners if p.role == "agent"][:1] or owners[:1]
            for p in lead:  # "OpenAI … through Stargate, the venture it announced with SoftBank Group and Oracle"
                for q in owners:
                    if q is not p:
                        make("partners_with", self.owner(p.entity), self.owner(q.entity), CONF_WEAK)
            invest_hit = False
            in_venture = True

        # ---- 「両社は…互いに約2000億円ずつ出資」: each invests in the other
        if invest_hit and lang == "ja" and re.search(r"互いに|相互に|持ち合", local):
            pair = [p.entity for p in orgs if p.entity.kind == "Organization"]
            pair = list({self.family(e): e for e in pair}.values())
            if len(pair) < 2:
                pair = [e for e in self._last_distinct(ctx.recent, 2)]
            if len(pair) == 2:
                make("invests_in", self.owner(pair[0]), pair[1], CONF_COREF)
                make("invests_in", self.owner(pair[1]), pair[0], CONF_COREF)
                invest_hit = False
        # ---- 「当社は…XとYが主導したシードラウンドで3000万ドルを調達」: who led the round invested in who raised
        if invest_hit and lang == "ja":
            led = {p.list_id for p in orgs if _JA_LED_ROUND.match(text, _after_name(text, p.mention.end))}
            raiser = next((p for p in orgs if p.list_id not in led and p.role == "agent"), None)
            if led and raiser is not None:
                for p in orgs:
                    if p.list_id in led and self.family(p.entity) != self.family(raiser.entity):
                        make("invests_in", self.owner(p.entity), raiser.entity, CONF_SECTOR, amount=None)
                invest_hit = False
        # ---- 「公開買付者は、JICキャピタルが80％、DNPが15％…を出資する会社です」: each holder of a share
        if invest_hit and lang == "ja":
            shares = _shares(text, [p for p in orgs if p.mention.source != "coref" and p.entity.kind == "Organization"])
            holders = [p for p in orgs if id(p) in shares]
            last = _JA_SHARE_AFTER.match(text, _after_name(text, holders[-1].mention.end)) if holders else None
            tail = _JA_SHARES_OF.match(text, last.end()) if last is not None else None
            ratio = "出資比率" in text[sent.start:holders[0].mention.start] if len(holders) >= 2 else False
            if tail is None and ratio:
                # 「(JASMは)TSMCの子会社で、出資比率はTSMCが約86.5%、ソニー…が約6.0%」: the shares of the company told about
                held = next((p.entity for p in orgs if p.role == "agent" and p not in holders
                             and p.mention.end <= holders[0].mention.start), None) \
                    or (ctx.prev_named[-1] if ctx.prev_named else None) or ctx.told_about()
                if held is not None and all(held.id != p.entity.id for p in holders):
                    for p in holders:  # (the parent too: TSMC holds 86.5% of its JASM)
                        make("invests_in", self.owner(p.entity), held, CONF_COREF, amount=None, same_family=True)
                        if shares[id(p)] > 50:
                            make("operates", self.owner(p.entity), held, CONF_COREF)
                    invest_hit = False
            if tail is not None:
                # what they hold: the name right after 「…を出資する会社」, else the subject before the holders
                named_next = next((p for p in orgs if 0 <= p.mention.start - tail.end() <= 2), None)
                held = named_next.entity if named_next is not None else next(
                    (p.entity for p in orgs if p.role == "agent" and p.mention.end <= holders[0].mention.start
                     and p not in holders), None)
                for p in holders if held is not None else []:
                    make("invests_in", self.owner(p.entity), held, CONF_SECTOR, amount=None)
                    if shares[id(p)] > 50:
                        make("operates", self.owner(p.entity), held, CONF_SECTOR)
                invest_hit = False if held is not None else invest_hit
        # ---- 「日産が3割強を出資する筆頭株主である三菱自動車」: who invests, in a clause before the name it describes
        if invest_hit and lang == "ja":
            for p, q in zip(orgs, orgs[1:]):
                if p.mention.source != "coref" and q.mention.source != "coref" and q.entity.kind == "Organization" \
                        and _JA_INVESTS_IN_NEXT.fullmatch(text, _after_name(text, p.mention.end), q.mention.start):
                    make("invests_in", self.owner(p.entity), q.entity, CONF_SECTOR)
        # ---- invests_in
        round_of = self._round_company(text, orgs, ctx, local) if invest_hit else None
        named_here = {self.family(p.entity): p for p in orgs if p.mention.source != "coref"
                      and p.entity.kind == "Organization"}
        if _ROUND.search(local) and len(named_here) == 1 \
                and next(iter(named_here.values())).role not in ("source", "co", "with"):
            # "the $1.1 billion Series B that Nscale closed in September. That round was led by Aker": whose round
            ctx.round_company = next(iter(named_here.values())).entity
        if round_of is not None:
            # "a round led by Accel, with participation from …": every named investor in the round's company
            investors = [p for p in orgs if self.family(p.entity) != self.family(round_of)
                         and not _lender(text, sent, p)]
            investors = _heads_of_items(text, sent, investors)
            # "a $1 billion Series G led by Franklin Templeton": a lead is one investor of many
            # "a $1 billion Series G led by Franklin Templeton": the lead of a round is one investor of several
            single = len({p.entity.id for p in investors}) == 1 and not _ROUND_OF_MANY.search(local)
            for p in investors:
                make("invests_in", self.owner(p.entity), round_of, CONF_SECTOR if single else CONF_WEAK,
                     **({} if single else {"amount": None}))
        elif invest_hit and len({self.family(p.entity) for p in orgs}) >= 2 and not (
                lang == "ja" and all(p.role in ("agent", "co", "list", "none") for p in orgs)
                and (any(p.role == "co" for p in orgs)
                     # 「オリックスや中部電力なども出資に加わった」: one list of subjects, and the investee left out
                     or len({p.list_id for p in orgs if p.role == "agent"}) == 1
                     and all(p.role == "agent" for p in orgs))):
            # (「既存株主のNEAに加え、米エヌビディアも出資」: both invest, in the company left out; see below)
            raising = bool(_RAISE.search(local)) and not (lang == "ja" and any(
                # 「AMDは…ハギングフェイスが実施した資金調達に…参加した」: the subject joined someone else's round
                _JA_HELD_ROUND.match(text, _after_name(text, p.mention.end)) for p in orgs))
            # "holds roughly 27% of OpenAI": with no one invested "in", the holding is "of"
            held_of = ("object",) if not raising and not any(p.role == "target" for p in orgs) \
                and _HOLDS_OF.search(local) else ()
            # "debt from a group of banks led by JPMorgan": lenders hold no stake
            lenders = [p for p in orgs if _lender(text, sent, p)]
            backed = _BACKED_VERB.search(local) if lang == "en" and not raising else None
            if backed is not None and not any(p.role == "target" for p in orgs):
                # "it backed Ampere Computing, the Arm server-chip start-up": the first name after the verb
                first = next((p for p in orgs if p.mention.start >= sent.start + backed.end()), None)
                if first is not None and first.role == "object":
                    first.role = "target"
            pairs = self._directed(
                [p for p in orgs if p not in lenders], lang,
                agent_roles=("source", "co") if raising else ("agent", "source", "gapped", "co"),
                target_roles=("agent", "target") if raising else ("target", *held_of),
                prefer_subject=lambda e: bool(FINANCE_SECTORS & set(e.sectors)), local=local, base=sent.start, cue=cues.invest,
            )
            # "alongside Accel and Orbis": co-investors in the same company
            targets = {id(o): o for _, o, _ in pairs}
            subjects = {id(s_) for s_, _, _ in pairs}
            pairs += [(c, o, CONF_WEAK) for c in orgs if c.role == "co" and id(c) not in subjects
                      for o in targets.values()]
            make_all("invests_in", pairs, self.owner)
        if invest_hit and lang == "ja" and not any(f.relation == "invests_in" for f, _ in facts) \
                and not any(p.role in ("target", "object") for p in orgs):
            # 「ラピダスは22年8月に設立され、同年11月にトヨタ自動車、…三菱UFJ銀行の8社が計73億円を出資した」: the
            # topic is the company the names with が put money in
            topic = next((p for p in orgs if text.startswith("は", _after_name(text, p.mention.end))), None)
            givers = [p for p in orgs if topic is not None and p.mention.start > topic.mention.end
                      and p.role in ("agent", "list") and p.entity.kind == "Organization"
                      and self.family(p.entity) != self.family(topic.entity)]
            if givers and _JA_GAVE_MONEY.match(text, _after_name(text, givers[-1].mention.end), sent.end):
                shared = len({self.family(p.entity) for p in givers}) > 1
                for p in givers:
                    make("invests_in", self.owner(p.entity), topic.entity, CONF_SECTOR,
                         **({"amount": None} if shared else {}))
        if invest_hit and not any(f.relation == "invests_in" for f, _ in facts) and not _UNNAMED_INVESTEES.search(local) \
                and (terms.deal_money or _JOINED_AS_INVESTORS.search(local)
                or (lang == "ja" and _JA_INVESTED_ELIDED.search(local))):
            # "In August, South Korean telecom operator SK Telecom invested $100 million.": in the company whose
            # money the article follows
            joined = bool(_JOINED_AS_INVESTORS.search(local))
            # "Amazon Web Services invested, as did CapitalG and Salesforce Ventures": everyone named but owners
            investors = _heads_of_items(text, sent, [
                p for p in orgs if (p.role in ("agent", "co") or (joined and p.role != "gen")
                                    or (lang == "ja" and p.role == "list"))
                and p.mention.source != "coref" and not _lender(text, sent, p)])
            last = ctx.last_investment
            # 「同社の船出は小さかった。…8社が計73億円を出資した」: the company the sentence before referred to
            investee = last.object if last is not None else (ctx.prev_referent or ctx.main)
            if last is None and investee is not None and FINANCE_SECTORS & set(investee.sectors):
                # a fund is seldom the one raising: the company the article tells about, if it is no fund
                investee = next((e for e in (ctx.topic, ctx.main) if e is not None
                                 and not FINANCE_SECTORS & set(e.sectors)), investee)
            if investee is not None and any(self.family(p.entity) == self.family(investee) for p in investors) \
                    and len({self.family(p.entity) for p in investors}) > 2:
                # 「アームは…上場した。上場に際しては、…エヌビディア…の9社が株式を引き受けた」: not an investor itself,
                # but the company just told about
                investee = next((e for e in (ctx.topic, ctx.main) if e is not None
                                 and all(self.family(p.entity) != self.family(e) for p in investors)), investee)
            if investors and investee is not None and (joined or not any(p.role in ("target", "object") for p in orgs)) \
                    and all(self.family(p.entity) != self.family(investee) for p in orgs) and not _RAISE.search(local):
                shared = len({self.family(p.entity) for p in investors}) > 1  # 「8社が計73億円を出資」: no one's share
                for p in investors:
                    make("invests_in", self.owner(p.entity), investee, CONF_COREF,
                         **({"amount": None} if shared else {"money_match": terms.pick(None)}))

        # ---- acquires
        for buyer, bought in purchases:
            # "Alphabet's $32 billion purchase of Wiz", "suing Meta over its purchases of Instagram"
            # the nearest money before the name: "bought GitHub for $7.5 billion …, and … its $7.5 billion takeover
            # of ZeniMax" (each its own, with its own date)
            money_match = next((m for m in reversed(terms.deal_money) if sent.start + m.start < bought.mention.start),
                               None)
            make("acquires", self.owner(buyer), bought.entity, CONF_EXPLICIT, money_match=money_match)
        for buyer, bought, money_match, when in self._run_of_purchases(text, sent, orgs, terms) \
                if acquire_hit and lang == "en" else []:
            # "a run of acquisitions by Palo Alto Networks, including Talon and Dig Security in 2023, …": each item
            make("acquires", self.owner(buyer), bought, CONF_EXPLICIT, money_match=money_match,
                 **({"date": when} if when else {}), **({} if money_match else {"amount": None}))
        if acquire_hit and lang == "ja":
            # 「東芝は…JIPが率いる国内企業連合のTOBに応じ、約2兆円で買収された」: the group's leader bought the topic;
            # 「ドコモは昨年、親会社のNTTによる約4兆2500億円のTOBを経て完全子会社となった」: who made the takeover did
            topic = next((p for p in orgs if text.startswith("は", _after_name(text, p.mention.end))), None)
            buyer = next((p for p in orgs if topic is not None and p.mention.start > topic.mention.end
                          and (_JA_LEADS_GROUP.match(text, _after_name(text, p.mention.end)) and _JA_BOUGHT_BY.search(local)
                               or _JA_TAKEOVER_BY.match(text, _after_name(text, p.mention.end)))), None)
            if topic is not None and buyer is not None and topic.entity.id != buyer.entity.id:
                make("acquires", self.owner(buyer.entity), topic.entity, CONF_SECTOR)
                acquire_hit = None
        if acquire_hit and not invest_hit and lang == "ja":
            # 「Fitbitは、Googleが2021年1月に…買収を完了した」: the topic is what the subject bought
            topic = next((p for p in orgs if text.startswith("は", _after_name(text, p.mention.end))), None)
            buyer = next((p for p in orgs if topic is not None and p.mention.start > topic.mention.end
                          and text.startswith("が", _after_name(text, p.mention.end))), None)
            if topic is not None and buyer is not None and not any(p.role in ("object", "target") for p in orgs) \
                    and topic.entity.id != buyer.entity.id:
                make("acquires", self.owner(buyer.entity), topic.entity, CONF_SECTOR)
        # "It bought GitHub for $7.5 billion in 2018, and last month it closed its takeover of ZeniMax": what the
        # verb bought, before the takeover told as a noun
        noun_at = next((m.start() for m in _PURCHASE_OF.finditer(text, sent.start, sent.end)), None) \
            if lang == "en" and any(f.relation == "acquires" for f, _ in facts) else None
        before_noun = [p for p in orgs if noun_at is not None and p.mention.end <= noun_at]
        if acquire_hit and not invest_hit and (not any(f.relation == "acquires" for f, _ in facts) or (
                noun_at is not None and _EN_BOUGHT_EARLIER.search(text, sent.start, noun_at)
                and len(before_noun) >= 2)):
            # "buy Arm from SoftBank Group": the seller is neither side of the purchase
            buying = [p for p in (before_noun or orgs) if not (lang == "en" and p.role == "source" and re.search(
                r"\bfrom\s+(?:[\w\-]+['’]s\s+)?$", text[max(sent.start, p.mention.start - 30):p.mention.start]))]
            buying = [p for p in buying if not _OUTBID_BEFORE.search(text, max(sent.start, p.mention.start - 30),
                                                                     p.mention.start)
                      # "Nscale was spun out of bitcoin miner Arkon Energy in 2024, and bought Kontena": the parent
                      and not _SPUN_OUT_OF.search(text, max(sent.start, p.mention.start - 40), p.mention.start)
                      # "BCE agreed, through its Bell Canada unit, to buy Ziply Fiber": the buyer's tool, not a buyer
                      and not (lang == "en" and _THROUGH_ITS.search(text, max(sent.start, p.mention.start - 30),
                                                                    p.mention.start))
                      # 「JICは傘下のJICキャピタルを通じて買収」: the same
                      and not (lang == "ja" and _JA_THROUGH_UNIT.match(text, _after_name(text, p.mention.end))
                               and _JA_UNIT_BEFORE.search(text, max(sent.start, p.mention.start - 12),
                                                          p.mention.start))
                      and (done_cut is None or p.mention.start < done_cut)]
            # "Alphabet Inc's Google agreed to buy Wiz": the owner named with the buyer is not the buyer
            buying = [p for i, p in enumerate(buying) if not (
                i + 1 < len(buying) and re.fullmatch(r"(?:,?\s+(?:Inc|Corp|Co|Ltd)\.?)?['’]s\s+",
                                                     text[p.mention.end:buying[i + 1].mention.start]))]
            if lang == "en":
                # "… since it bought WhatsApp for $19 billion in 2014, when the company was still called Facebook":
                # what was bought is named before the clause that tells about something else
                cut = _EN_SIDE_CLAUSE.search(local, (cues.acquire.search(local) or _EMPTY_MATCH).end())
                if cut is not None:
                    buying = [p for p in buying if p.mention.start - sent.start < cut.start()]
            whole_terms = terms
            if done_cut is not None:  # only the money and dates of the clause whose purchase happened
                cut = done_cut - sent.start
                terms = SentenceTerms(local, [m for m in terms.money if m.end <= cut],
                                      [t for t in terms.times if t.end <= cut], cues)
            if before_noun:  # only the money and dates of the clause before the takeover told as a noun
                cut = noun_at - sent.start
                terms = SentenceTerms(local, [m for m in terms.money if m.end <= cut],
                                      [t for t in terms.times if t.end <= cut], cues)
            passive = lang == "ja" and _JA_BOUGHT_BY.search(local)
            by = _EN_BOUGHT_BY.search(local) if lang == "en" else None
            if by is not None:
                # "CDK, which was spun off from ADP in 2014, was bought in 2022 by …": not the side clause's date
                side = [m.span() for m in _EN_RELATIVE.finditer(local, 0, by.start())]
                kept = [t for t in terms.times if not any(a <= t.start < b for a, b in side)]
                if kept and len(kept) < len(terms.times):
                    terms = SentenceTerms(local, terms.money, kept, cues)
            buyer = next((p for p in buying if p.mention.start - sent.start >= by.end()), None) if by else None
            # "Activision Blizzard, the publisher of Call of Duty, was bought by Microsoft": the name after "by"
            # bought what the clause is about
            bought = [p for p in buying if p.mention.end - sent.start <= by.start() and p.role == "agent"] \
                if by and buyer else []
            if bought:
                make_all("acquires", [(buyer, p, CONF_EXPLICIT) for p in bought], self.owner)
            elif lang == "ja" and not passive and len(buying) == 1 and (
                    also := _JA_ALSO_BOUGHT.match(text, _after_name(text, buying[0].mention.end))) \
                    and (topic := ctx.told_about()) is not None \
                    and topic.id != buying[0].entity.id and buying[0].entity.id not in self.gazetteer.ancestors(topic):
                # 「同じ21年には、米インプリアも完全子会社にしている」: the one named is what the company the
                # article is telling about bought too
                make("acquires", topic, buying[0].entity, CONF_COREF, money_match=terms.pick(None))
            else:
                make_all("acquires", self._directed(
                    buying, lang, agent_roles=("target",) if passive else ("agent",),
                    target_roles=("agent",) if passive else ("object", "target")
                    if any(p.role in ("object", "target") for p in orgs) else ("object", "target", "gen"),
                    prefer_subject=None, local=local, base=sent.start, cue=cues.acquire,
                ), self.owner)
            terms = whole_terms

        # ---- supplies
        vendors: set[str] = set()
        for m in _COMES_FROM.finditer(local) if lang == "en" else []:
            # "Our radio units come from Fujitsu, …, and our 5G core software comes from Nokia": each vendor
            # supplies whose gear it is
            vendor = next((p for p in orgs if p.mention.start == sent.start + m.end() and p.mention.source != "coref"), None)
            buyer = ctx.publisher if m.group(1).lower() == "our" else ctx.told_about()
            if vendor is not None and buyer is not None and self.family(vendor.entity) != self.family(buyer):
                make("supplies", self.owner(vendor.entity), buyer, CONF_SECTOR, amount=None, date=None)
                vendors.add(self.family(vendor.entity))
        for p, q in zip(orgs, orgs[1:]) if lang == "en" else []:
            # "SK Hynix is Nvidia's main supplier of high-bandwidth memory": the subject supplies the possessor
            if _IS_WHOSE.fullmatch(text, p.mention.end, q.mention.start) and _GEN_SUPPLIER.match(text, q.mention.end) \
                    and self.family(p.entity) != self.family(q.entity):
                make("supplies", p.entity, q.entity, CONF_EXPLICIT, amount=None)
                supply_hit = False
        bought_by = _EN_CHIPS_BOUGHT_BY.search(local) if lang == "en" else None
        if bought_by is not None:
            # "Its data-center chips are bought by Amazon Web Services, Microsoft's Azure and …": whose chips, the
            # company told about (or the one named before "'s"); the buyers, what follows "by" but no owner before "'s"
            at = sent.start + bought_by.start()
            maker = next((p.entity for p in reversed(orgs) if p.mention.end <= at
                          and re.fullmatch(r"['’]s?\s+", text[p.mention.end:at])), None) if not bought_by.group(1) \
                else ctx.told_about()
            buyers = [p for p in orgs if p.mention.start >= sent.start + bought_by.end()
                      and not _possessor(text, p.mention.end)]
            if maker is not None and self.is_chip(maker):
                for p in buyers:
                    if self.family(p.entity) != self.family(maker):
                        make("supplies", maker, p.entity, CONF_COREF, amount=None)
                supply_hit = False
        if supply_hit and not invest_hit and not acquire_hit and lang == "ja":
            # 「H200はNVIDIAからDellに供給され、Dellが組み上げたサーバをGMOが導入する」: who delivers to whom, link by link
            chain = False
            for p, q in zip(orgs, orgs[1:]):
                if text.startswith("から", _after_name(text, p.mention.end)) and q.mention.start - p.mention.end <= 6 \
                        and _JA_DELIVERED_TO.match(text, _after_name(text, q.mention.end)):
                    make("supplies", self.owner(p.entity), q.entity, CONF_EXPLICIT)
                    chain = True
                elif chain and _JA_BUILT_FOR.match(text, _after_name(text, p.mention.end)) \
                        and text.startswith(("が", "は"), _after_name(text, q.mention.end)):
                    make("supplies", self.owner(p.entity), q.entity, CONF_EXPLICIT)
            if chain:
                supply_hit = False
        if supply_hit and not invest_hit and not acquire_hit:
            suppliers = [p for p in orgs if self.is_chip(p.entity)]
            for prod in products:
                parent = self.gazetteer.entities.get(prod.entity.parent or "")
                if parent is not None and all(self.family(p.entity) != parent.id for p in suppliers):
                    suppliers.append(Party(prod, "none"))
                    suppliers[-1].mention = Mention(prod.start, prod.end, parent, prod.surface, "pattern")
            buyers = [p for p in orgs if not self.is_chip(p.entity) and (
                p.entity.kind == "Organization" or CLOUD_SECTORS & set(p.entity.sectors))]
            side = [(sent.start + m.start(), sent.start + m.end()) for m in _EN_RELATIVE.finditer(local)] \
                if lang == "en" else []
            own_clauses = []
            for a, b in side:
                # "… and to Broadcom, which designs custom AI chips for Google": the clause's own supply
                ante = next((p for p in reversed(orgs) if p.mention.end <= a), None)
                inner = [p for p in buyers if a <= p.mention.start < b]
                if ante is not None and 0 <= a - ante.mention.end <= 1 and self.is_chip(ante.entity) and inner \
                        and cues.supply.search(text, a, b):
                    make_all("supplies", [(ante, p, CONF_SECTOR) for p in inner])
                    own_clauses.append((a, b))
            side = own_clauses
            if side:
                suppliers = [p for p in suppliers if not any(a <= p.mention.start < b for a, b in side)]
                buyers = [p for p in buyers if not any(a <= p.mention.start < b for a, b in side)]
            adopted = products and _ADOPTS.search(local)
            if any(sp.role == "agent" for sp in suppliers) and adopted:
                # 「マイクロソフトが…MI300Xを搭載した仮想マシンの提供を始めたほか、メタも…採用」: who adopts the
                # product buys it, whoever else the sentence names
                buyers = [p for p in buyers if p.entity.kind == "Organization" or self.is_cloud(p.entity)]
            elif any(sp.role == "agent" for sp in suppliers):
                # "Nvidia will supply OpenAI": the buyer is the one supplied
                buyers = [p for p in buyers if p.role != "agent"] or buyers
                if not buyers and (lang == "ja" and not _JA_SHARE_TRANSFER.search(local)
                                   or lang == "en" and _EN_SUPPLY_VERB.search(local)):
                    # "Broadcom agreed to supply Apple with wireless components", 「SKハイニックスがエヌビディアに
                    # HBMを供給」: a chip or hardware maker is supplied too; 「…からHBMを調達」: by the one it buys from
                    sources = [p for p in suppliers if p.role == "source"]
                    if lang == "ja" and not sources:
                        # 「AMDがSKハイニックス製HBMを搭載したGPUを発売」: the maker of what the agent puts inside
                        sources = [p for p in suppliers if p.role != "agent"
                                   and text.startswith("製", _after_name(text, p.mention.end))]
                    if lang == "ja" and _JA_OUTSOURCE.search(local) and not sources:
                        # 「エヌビディアは…生産をTSMCに委託している」: the one entrusted makes the chips
                        sources = [p for p in suppliers if p.role == "target"]
                    if sources:
                        buyers = [p for p in suppliers if p.role == "agent" and p.entity.kind == "Organization"]
                        suppliers = sources
                    else:
                        # "shipping its HBM3 memory for Nvidia's H100 processors": whose product it goes into
                        # (「HBMを米エヌビディアのGPU向けに供給」)
                        buyers = [p for p in suppliers if p.entity.kind == "Organization" and (
                            p.role in ("target", "object") or lang == "en" and p.role == "gen"
                            and re.search(r"\bfor\s+$", text[max(sent.start, p.mention.start - 6):p.mention.start])
                            or lang == "ja" and p.role == "gen" and _JA_FOR_PRODUCT.match(
                                text, _after_name(text, p.mention.end)))]
                        suppliers = [p for p in suppliers if p.role == "agent"]
            elif any(bp.role == "agent" for bp in buyers):
                # 「AWSはエヌビディアのGPUを確保し、オープンAI専用の基盤を」: the agent buys
                buyers = [p for p in buyers if p.role == "agent"]
            if suppliers and not buyers and _BUYS_HARDWARE.search(local) and ctx.topic is not None \
                    and ctx.topic.kind == "Organization" and not self.is_chip(ctx.topic) \
                    and all(self.family(sp.entity) != self.family(ctx.topic) for sp in suppliers):
                # 「調達資金でエヌビディアのGPUを購入し」, "20,000 Nvidia GPUs that Vantaa has ordered": the company
                # the article is telling about buys
                buyers = [Party(Mention(sent.start, sent.start, ctx.topic, "", "coref"), "agent")]
                make_all("supplies", [(sp, bp, CONF_COREF) for sp in suppliers for bp in buyers])
            else:
                # "Dell … to sell xAI more than $5 billion of GB200-based servers": the money is the seller's, not
                # that of the maker whose product is inside
                implied = [sp for sp in suppliers if sp.mention.source == "pattern" and sp.role == "none"]
                sellers = [sp for sp in suppliers if sp not in implied and sp.role == "agent"]
                rest = [sp for sp in suppliers if not (sellers and sp in implied)]
                make_all("supplies", [(sp, bp, CONF_SECTOR) for sp in rest for bp in buyers])
                for sp in implied if sellers else []:
                    for bp in buyers:
                        make("supplies", sp.entity, bp.entity, CONF_SECTOR, amount=None)
        elif invest_hit and _USES_CHIPS.search(local):
            # "invest up to $100 billion in OpenAI as it builds data centers using Nvidia systems"
            for sp in orgs:
                if not self.is_chip(sp.entity) or not _USES_CHIPS.search(text[max(sent.start, sp.mention.start - 60):
                                                                               sp.mention.end + 30]):
                    continue
                for bp in orgs:
                    if bp.role == "target" and not self.is_chip(bp.entity) and bp.entity.kind == "Organization":
                        make("supplies", sp.entity, bp.entity, CONF_WEAK, amount=None)

        # ---- "Groq's chips are manufactured by GlobalFoundries", 「エヌビディアのGPUは…TSMCが製造している」
        if not acquire_hit and not invest_hit:
            for maker, buyer in self._made_by(text, sent, orgs, products, lang, ctx):
                make("supplies", maker, buyer, CONF_SECTOR, amount=None)

        # ---- "Azure still runs most of OpenAI's workloads", 「オープンAIのサービスは同社のクラウド上で動いており」
        for provider, customer in self._runs_workloads(text, sent, orgs, lang, ctx):
            make("provides_cloud_to", provider, customer, CONF_SECTOR, amount=None, date=None, duration=None)

        # ---- provides_cloud_to
        # 「そして、その最初の顧客として名前が挙がったのが、日本の野村総合研究所(NRI)です。」: the customer of the
        # cloud service the sentence before announced
        first_customer = _JA_ITS_CUSTOMER.search(local) if lang == "ja" else None
        customers_here = [p for p in orgs if p.mention.source != "coref" and not self.is_cloud(p.entity)
                          and p.entity.kind == "Organization"]
        if first_customer is not None and len(customers_here) == 1 and len(orgs) == 1:
            cloud = next((e for e in reversed(ctx.recent) if self.is_cloud(e)), None)
            if cloud is not None:
                make("provides_cloud_to", self.cloud_unit(cloud), customers_here[0].entity, CONF_COREF)
        picker = next((p for p in orgs if p.role == "agent" and p.entity.kind == "Organization"), None) \
            if lang == "ja" and _JA_PICKED_AS_PROVIDER.search(local) else None
        picked = [p for p in orgs if picker is not None and p.role == "object" and p.mention.start > picker.mention.end
                  and self.family(p.entity) != self.family(picker.entity)
                  and (p.entity.kind == "Organization" or self.is_cloud(p.entity))]
        if picked:
            # 「デジタル庁は…ガバメントクラウドの提供事業者として、さくらインターネットを選定した」: who is picked
            # to provide the cloud provides it to who picks; the platform named is neither
            for p in picked:
                make("provides_cloud_to", self.cloud_unit(p.entity), picker.entity, CONF_SECTOR)
        elif in_venture:
            pass  # the venture's owners build it together; no one is whose cloud customer here
        elif not invest_hit and not acquire_hit and not selling:
            self._cloud_deal([p for p in orgs if self.family(p.entity) not in vendors], local, sent.start, cues,
                             cloud_article, money_or_term, supply_hit, make_all)
        else:
            # "Microsoft has poured $13 billion into OpenAI, and Azure still runs most of its workloads":
            # the clauses that say nothing of the money
            for a, b in _clauses(local):
                clause = local[a:b]
                if cues.invest.search(clause) or (cues.acquire.search(clause) and not _BUYS_GOODS.search(clause)):
                    continue
                inside = [p for p in orgs if a <= p.mention.start - sent.start < b]

                when = next((t.value for t in terms.times if t.kind == "date" and t.value and a <= t.start < b),
                            date)

                def without_amount(rel: str, pairs: list[tuple[Party, Party, float]], subj_of: Any = None,
                                   when: str | None = when) -> None:
                    for pp, cp, conf in pairs:
                        make(rel, pp.entity, cp.entity, conf, amount=None, date=when, duration=None)

                self._cloud_deal(inside, clause, sent.start + a, cues, cloud_article, False, supply_hit, without_amount)

        # ---- partners_with / competes_with
        served = {frozenset((self.family(f.subject), self.family(f.object))) for f, _ in facts
                  if f.relation == "provides_cloud_to"}
        only_cloud_partner = not _PARTNER_WORD_ALONE.search(_CLOUD_PARTNER.sub("", local))
        unnamed: str | None = None
        for rel, cue in (("partners_with", cues.partner), ("competes_with", cues.compete)):
            if not cue.search(local):
                continue
            if unnamed is None:
                unnamed = _without_names(local, sent.start, parties)
            if not cue.search(unnamed):
                continue  # "Insight Partners" is no partnership
            if lang == "en" and all(_NEGATED_BEFORE.search(local, 0, m.start()) for m in cue.finditer(local)):
                continue  # "Broadcom isn't really competing with Nvidia"
            if rel == "partners_with" and (invest_hit and not cues.partner.search(local)):
                continue
            # 「新たにA、BとCが共同で設立したファンド「D」、Eが参画」: only who set up the fund together partner
            founders = {p.entity.id for p in parties if lang == "ja"
                        and _JA_SET_UP_FUND.match(text, _after_name(text, p.mention.end), sent.end)}
            for a, b, conf in self._symmetric(text, sent.start, [p for p in parties if id(p) not in described],
                                              ctx, cues, rel, local):
                if in_venture and rel == "partners_with" and ("Service" in (a.kind, b.kind) or (
                        found_venture is not None and found_venture[0].id in (a.id, b.id))):
                    # "Matlantis is provided by X, our joint venture with ENEOS", 「NTTとスカパーJSATは合弁会社
                    # 「Space Compass」を設立」: the owners partner, not each of them with the venture
                    continue
                if rel == "partners_with" and founders and not {a.id, b.id} <= founders:
                    continue
                if rel == "partners_with" and only_cloud_partner and \
                        frozenset((self.family(a), self.family(b))) in served:
                    continue  # "our primary cloud partner" is the cloud contract, not another relation
                make(rel, a, b, conf)

        # ---- "it signed a 10-year agreement with Sony Group": an agreement of no kind above is a partnership
        agreement = _AGREEMENT_WITH.search(local) if lang == "en" and not facts and not invest_hit \
            and not acquire_hit and not supply_hit and not cues.cloud.search(local) else None
        if agreement is not None:
            agents = [p for p in parties if p.mention.end <= sent.start + agreement.start() and p.role in ("agent", "none")]
            partners = [p for p in parties if p.mention.start >= sent.start + agreement.end()][:1]
            for a in agents[:1]:
                for b in partners:
                    if self.family(a.entity) != self.family(b.entity) and b.entity.kind == "Organization":
                        make("partners_with", a.entity, b.entity, CONF_WEAK)

        # "the largest home-grown cloud provider and competes directly with Amazon Web Services": whom a company
        # competes with in a sentence is not its cloud in it
        rivals = {frozenset((self.family(f.subject), self.family(f.object))) for f, _ in facts
                  if f.relation == "competes_with"}
        if rivals:
            facts = [(f, aside) for f, aside in facts if not (
                f.relation == "provides_cloud_to"
                and frozenset((self.family(f.subject), self.family(f.object))) in rivals)]
        # ---- outage_affects
        facts.extend((f, False) for f in self._outages(text, sent, index, parties, cues, ctx, date, sentences))
        return facts

    def _sale(self, text: str, sent: Sentence, orgs: Sequence[Party], lang: str) -> list[tuple[Party, Party]]:
        """(buyer, what is sold) of a sale: "sell VMware's EUC division to KKR", 「アルテラの株式をシルバーレイクに売却」."""
        local, base = sent.text, sent.start
        if lang == "en":
            m = re.search(r"\b(?:sell|sells|selling|sold)\b(" + _IN_CLAUSE + r"{0,100}?)\bto\s+", local)
            if m is None:
                return []
            sold = [p for p in orgs if base + m.start(1) <= p.mention.start < base + m.end(1)]
            # "sell part of Altera … to outside investors, and … Mobileye": the buyer is named right after "to"
            buyer = next((p for p in orgs if 0 <= p.mention.start - (base + m.end()) <= 25
                          and re.fullmatch(r"(?:(?:the|a|an)\s+)?(?:[\w\-]+\s+){0,3}",
                                           text[base + m.end():p.mention.start])), None)
            sold = [p for p in sold if p.role != "gen"] or sold
        else:
            m = re.search(r"([^。]{0,40}?)に(?:[^。、をにが]{1,14}で)?(?:売却|譲渡)", local)  # 「…連合に約2兆円で売却」
            if m is None:
                return []
            buyer = next((p for p in reversed(orgs) if p.mention.end <= base + m.end(1)
                          and (text.startswith("に", _after_name(text, p.mention.end))
                               or _JA_LED_GROUP_TO.match(text, _after_name(text, p.mention.end)))), None)
            sold = [p for p in orgs if buyer is not None and p.mention.end <= buyer.mention.start
                    and re.match(r"[」』]?(?:の(?:株式|事業|全株式|株)|を)", text[p.mention.end:])]
        if buyer is None or not sold or buyer.entity.id == sold[-1].entity.id:
            return []
        return [(buyer, sold[-1])]

    def _made_by(self, text: str, sent: Sentence, orgs: Sequence[Party], products: Sequence[Mention], lang: str,
                 ctx: Context) -> list[tuple[Entity, Entity]]:
        """(maker, customer) of chips said to be made by a chipmaker for someone: a foundry's supply."""
        local, base = sent.text, sent.start
        chips = bool(_MADE_OF.search(local))
        if not chips and not (lang == "en" and re.search(r"\b(?:manufactured|fabbed|fabricated)\s+by\b|"
                                                         r"\b(?:mak|build|manufactur|assembl)\w*\b" + _IN_CLAUSE + r"{0,50}\bfor\b", local)):
            return []
        out: list[tuple[Entity, Entity]] = []
        for p in orgs:
            if not self.is_chip(p.entity):
                continue
            if lang == "en":
                made = _MADE_BY.search(text, max(base, p.mention.start - 40), p.mention.start)
                if made is None or not (chips or re.match(r"manufactured|fabbed|fabricated", made.group(), re.I)):
                    continue
            elif not (p.role == "agent" and _JA_MADE.match(text, _after_name(text, p.mention.end))
                      or p.role in ("gen", "agent") and _JA_MADE_FOR.match(text, _after_name(text, p.mention.end))):
                continue
            # whose chips: the possessor before the verb ("Groq's current chips"), a product's maker, else the
            # company the article is about ("Each wafer-scale engine is cut from a wafer made by TSMC")
            # (in Japanese the possessor may follow the maker: 「TSMCはエヌビディアのGPUの製造を担う」)
            owners = [q.entity for q in orgs if q.role == "gen" and q is not p
                      and (lang == "ja" or q.mention.end <= p.mention.start)
                      and self.family(q.entity) != self.family(p.entity)]
            owners += [parent for m in products if m.end <= p.mention.start
                       for parent in [self.gazetteer.entities.get(m.entity.parent or "")]
                       if parent is not None and self.family(parent) != self.family(p.entity)]
            # "its chips … made by TSMC": the company just told about; with no pronoun, the article's own
            its = re.search(r"\b(?:its|their)\b", text[base:p.mention.start])
            about = (ctx.topic or ctx.main) if its else (ctx.main or ctx.topic)
            if not owners and lang == "en" and about is not None and about.kind == "Organization" \
                    and self.family(about) != self.family(p.entity) \
                    and not any(q.mention.end <= p.mention.start and q.entity.kind == "Organization" for q in orgs):
                owners = [about]
            out.extend((p.entity, o) for o in owners[-1:])
        if lang == "en":
            # "Foxconn, Quanta and Wistron build most of them, making the compute trays for Nvidia"
            for q in orgs:
                if q.entity.kind != "Organization" or not _MAKES_FOR.search(text, max(base, q.mention.start - 60),
                                                                             q.mention.start):
                    continue
                makers = [p for p in orgs if p.mention.end <= q.mention.start and p.role in ("agent", "list")
                          and self.is_chip(p.entity) and self.family(p.entity) != self.family(q.entity)]
                out.extend((p.entity, q.entity) for p in makers)
        return out

    def _runs_workloads(self, text: str, sent: Sentence, orgs: Sequence[Party], lang: str,
                        ctx: Context) -> list[tuple[Entity, Entity]]:
        """A cloud said to run a customer's workloads: no deal, but who depends on whom."""
        local, base = sent.text, sent.start
        out: list[tuple[Entity, Entity]] = []
        pattern = _RUNS_WORKLOADS if lang == "en" else _JA_RUNS_ON
        for m in pattern.finditer(local):
            at, end = base + m.start(), base + m.end()
            if lang == "en":
                customers = [p.entity for p in orgs if at <= p.mention.start < end and p.role in ("gen", "target")
                             and not self.is_cloud(p.entity) and not self.is_chip(p.entity)]
                if not customers and m.group("ref") and ctx.topic is not None and not self.is_cloud(ctx.topic):
                    customers = [ctx.topic]  # "the start-up's workloads"
                on = [p for p in orgs if end <= p.mention.start <= end + 25 and self.is_cloud(p.entity)
                      and re.match(r"\s+on\s+(?:its\s+|their\s+)?$", text[end:p.mention.start])]
                before = [p for p in orgs if p.mention.end <= at and self.is_cloud(p.entity)]
                provider = (on or before[-1:] or [None])[0]
            else:
                customers = [p.entity for p in orgs if p.mention.end <= at and not self.is_cloud(p.entity)
                             and re.match(r"[」』]?の(?:サービス|システム|モデル|アプリ|基盤|業務)", text[p.mention.end:])]
                provider = next((p for p in orgs if at <= p.mention.start < end and self.is_cloud(p.entity)), None)
            if provider is None:
                continue
            unit = self.cloud_unit(provider.entity)
            out.extend((unit, c) for c in customers if self.family(c) != self.family(unit))
        if lang == "ja" and not out:
            # 「推論環境はGoogle Cloud上で運用しています」: a named cloud runs the work of the one who tells (a press
            # release), or of the company named before it as whose the work is
            for p in orgs:
                if not self.is_cloud(p.entity) or not _JA_ON_CLOUD.match(text, _after_name(text, p.mention.end)):
                    continue
                users = [q.entity for q in orgs if q.mention.end <= p.mention.start and not self.is_cloud(q.entity)
                         and q.entity.kind == "Organization" and re.match(r"[」』]?(?:は|が|の)", text[q.mention.end:])]
                user = users[-1] if users else ctx.publisher if not any(
                    q.mention.end <= p.mention.start for q in orgs if q is not p) else None
                unit = self.cloud_unit(p.entity)
                if user is not None and self.family(user) != self.family(unit):
                    out.append((unit, user))
        if lang == "en":
            # "OpenAI, which trains its models on Azure supercomputers": the one whose models they are
            for m in _TRAINS_ON.finditer(local):
                at, end = base + m.start(), base + m.end()
                cloud = next((p for p in orgs if end <= p.mention.start <= end + 4 and self.is_cloud(p.entity)), None)
                user = next((p for p in reversed(orgs) if p.mention.end <= at and not self.is_cloud(p.entity)
                             and p.entity.kind == "Organization"), None)
                if cloud is not None and user is not None and at - user.mention.end <= 40:
                    unit = self.cloud_unit(cloud.entity)
                    if self.family(unit) != self.family(user.entity):
                        out.append((unit, user.entity))
        return out

    def _cloud_deal(self, orgs: Sequence[Party], local: str, base: int, cues: Cues, cloud_article: bool,
                    money_or_term: bool, supply_hit: bool, make_all: Any) -> None:
        """Who provides the cloud to whom in ``local`` (a sentence, or one clause of it)."""
        if _MARKETPLACE.search(local):
            return  # "sells its software through the marketplaces of AWS, Azure and Google Cloud": a sales channel
        cloud_words = bool(cues.cloud.search(local))
        cloud_services = [p for p in orgs if p.entity.kind == "Service" and CLOUD_SECTORS & set(p.entity.sectors)]
        if not ((cloud_words or cloud_services) and (cues.deal.search(local) or cues.use.search(local)
                                                       or cues.provide.search(local) or _CLOUD_PARTNER.search(local))
                or (cues.deal.search(local) and money_or_term and not supply_hit)):
            return
        # "Huawei Technologies Co.'s Huawei Cloud": the owner named as possessor of the cloud is neither side
        owners = {a for p in orgs for a in self.gazetteer.ancestors(p.entity)}
        orgs = [p for p in orgs if not (p.entity.id in owners and _possessor(local, p.mention.end - base))]
        providers = [p for p in orgs if self.is_cloud(p.entity)]
        customers = [p for p in orgs if not self.is_cloud(p.entity) and p.entity.kind == "Organization"
                     and not self.is_chip(p.entity)]
        # "HashiCorp Cloud Platform, the company's managed service, runs on AWS": a company's own service (named
        # after it in this article) runs on the cloud for its owner
        customers += [Party(replace(p.mention, entity=self.owner(p.entity)), p.role, p.list_id) for p in orgs
                      if p.entity.kind == "Service" and not p.entity.known and p.entity.parent in self.gazetteer.entities
                      and p not in providers and not self.is_chip(self.owner(p.entity))]
        # "Equinix teamed up with PGIM Real Estate on a $600 million JV to develop data centers": a partner
        customers = [p for p in customers if not _TEAMED_WITH.search(local, 0, max(0, p.mention.start - base))]
        if cues is JA:
            # 「オラクルは富士通や野村総合研究所と組み、…OCIを動かす」: those it teams up with offer the cloud with it
            allied = {p.list_id for p in orgs if _JA_TEAMS_UP.match(local, _after_name(local, p.mention.end - base))}
            providers = [p for p in providers if p.list_id not in allied or p.role == "agent"]
            customers = [p for p in customers if p.list_id not in allied]
        provide = cues.provide.search(local)
        if not customers and provide and len({self.family(p.entity) for p in providers}) >= 2 \
                and all(p.entity.known for p in providers):
            # "IREN signed a contract to provide Microsoft with computing capacity": two clouds, one served
            agents = [p for p in providers if p.role == "agent" and p.mention.start - base < provide.start()]
            served = [p for p in providers if p not in agents and p.mention.start - base > provide.start()]
            if len({self.family(p.entity) for p in agents}) == 1 and served:
                providers, customers = agents, [p for p in served if p.entity.kind == "Organization"]
        if not customers and len({self.family(p.entity) for p in providers}) >= 2 \
                and all(p.entity.known for p in providers):
            agents = [p for p in providers if p.role == "agent"]
            direct = [p for p in providers if self.sells_cloud(p.entity)]
            if cues.use.search(local) and len(agents) == 1 and (not provide or cues is JA):
                # 「デジタル庁は、AWS、グーグル…を提供事業者に選んだ」: who chooses or uses is the customer
                customers = [a for a in agents if a.entity.kind == "Organization"]
                providers = [p for p in providers if p not in agents]
            elif direct and len({self.family(p.entity) for p in providers if p not in direct}) == 1:
                # "Microsoft signed an agreement with Lambda": the neocloud serves the company that also has a cloud
                customers = [p for p in providers if p not in direct and p.entity.kind == "Organization"]
                providers = direct
        if not customers and any(p.entity.known for p in providers):
            # a company merely named like a cloud ("Fluxion Compute") buying from a known one
            customers = [p for p in providers if not p.entity.known and p.entity.kind == "Organization"]
            providers = [p for p in providers if p.entity.known]
        explicit = cloud_words or bool(cloud_services)
        if not explicit and not cloud_article:
            providers = []  # a bare "contract" in an article that never speaks of the cloud
        best_provider: dict[str, Party] = {}
        for pp in providers:
            unit = self.cloud_unit(pp.entity)
            if not self._names(unit):
                unit = pp.entity  # the article speaks of Oracle, not of Oracle Cloud Infrastructure
            fam = self.family(unit)
            if fam not in best_provider or (unit.kind == "Service" and best_provider[fam].entity.kind != "Service"):
                best_provider[fam] = Party(replace(pp.mention, entity=unit), pp.role, pp.list_id)
        conf = CONF_SECTOR if explicit else CONF_WEAK
        pairs = [(pp, cp, conf) for pp in best_provider.values() for cp in customers]
        if len(best_provider) > 1 and len({self.family(c.entity) for c in customers}) > 1:
            # "OpenAI would spend $38 billion with AWS, and Meta signed a deal with CoreWeave": clause by clause
            spans = _clauses(local)

            def clause(p: Party) -> int:
                at = p.mention.start - base
                return next((i for i, (a, b) in enumerate(spans) if a <= at < b), -1)

            pairs = [(pp, cp, c) for pp, cp, c in pairs if clause(pp) == clause(cp)] or pairs
        if cues is JA:
            # 「ソフトバンクやさくらインターネットがGPUを調達」: names listed with や do the same, not a deal together
            pairs = [(pp, cp, c) for pp, cp, c in pairs if not (pp.list_id == cp.list_id and _JA_YA_LIST.search(
                local[min(pp.mention.end, cp.mention.end) - base:max(pp.mention.start, cp.mention.start) - base]))]
        make_all("provides_cloud_to", pairs)

    def _directed(
        self,
        parties: Sequence[Party],
        lang: str,
        *,
        agent_roles: tuple[str, ...],
        target_roles: tuple[str, ...],
        prefer_subject: Any,
        local: str,
        base: int,
        cue: re.Pattern[str],
    ) -> list[tuple[Party, Party, float]]:
        """Subject/object pairs for a directed relation from roles, else order."""
        if lang == "en":
            parties = _en_roles_around_cue(parties, local, cue, base)
        subjects = [p for p in parties if p.role in agent_roles]
        # 「当社は当社の子会社を通じて…取得」: the agent's own name again is no target
        objects = [p for p in parties if p.role in target_roles and p not in subjects
                   and not (p.role == "gen" and any(q.entity.id == p.entity.id for q in subjects))]
        out: list[tuple[Party, Party, float]] = []
        if subjects and objects:
            for s in subjects:
                for o in objects:
                    out.append((s, o, CONF_EXPLICIT))
            return out
        if prefer_subject is not None and len(parties) == 2:
            preferred = [p for p in parties if prefer_subject(p.entity)]
            others = [p for p in parties if not prefer_subject(p.entity)]
            if len(preferred) == 1 and others:
                return [(s, o, CONF_SECTOR) for s in preferred for o in others]
        if subjects and not objects:
            named = {p.entity.id for p in subjects}  # 「大日本印刷株式会社（以下「DNP」）が」: itself again, no other party
            rest = [p for p in parties if p not in subjects and p.role not in ("gen", "rel") and p.entity.id not in named]
            # "Amazon remains Anthropic's largest investor"
            rest = rest or [p for p in parties if p not in subjects and p.role == "gen" and p.entity.id not in named and not (
                lang == "ja" and re.search(r"[(（]$", local[:max(0, p.mention.start - base)]))]  # 「(三菱商事の子会社)」
            if len(rest) != 1:
                return out  # who is the other party is anybody's guess
            return [(s, o, CONF_WEAK) for s in subjects for o in rest]
        if objects and not subjects:
            rest = [p for p in parties if p not in objects and p.role not in ("gen", "rel")]
            if lang == "ja" and len(rest) > 1 and len([p for p in rest if p.role != "co"]) == 1:
                # 「当社子会社の英Armに加え、米Ampereを買収」: what the deal comes on top of is no party to it
                rest = [p for p in rest if p.role != "co"]
            if len(rest) != 1:
                return out
            return [(s, o, CONF_WEAK) for s in rest for o in objects]
        return out

    def _symmetric(
        self, text: str, sent_start: int, parties: Sequence[Party], ctx: Context, cues: Cues, rel: str, local: str
    ) -> list[tuple[Entity, Entity, float]]:
        out: list[tuple[Entity, Entity, float]] = []
        cue = cues.partner if rel == "partners_with" else cues.compete
        if cues is JA:
            # 「「AWS Outposts」を正式に提供し始めたAWSや」: what a relative clause says the next name offers is no party
            # 「ソフトバンクグループの子会社であるソフトバンクロボティクスグループと提携」: the owner named to
            # describe the partner is none
            parties = [p for p, q in zip(parties, [*parties[1:], None]) if q is None
                       or not (_JA_OBJECT_OF_NEXT.fullmatch(text, p.mention.end, q.mention.start)
                               or _JA_OWNER_OF_NEXT.fullmatch(text, _after_name(text, p.mention.end), q.mention.start))]
        if rel == "competes_with" and parties:
            # 「競合する米アンソロピックには…」, "Its crosstown rival Samsung Electronics has …": a rival (or the list of
            # them) of the company the article is telling about
            first = parties[0]
            topic = ctx.told_about() or ctx.main
            opens = _JA_RIVAL_OPENS if cues is JA else _EN_RIVAL_OPENS
            if opens.fullmatch(text, sent_start, first.mention.start) and topic is not None:
                out.extend((topic, p.entity, CONF_COREF) for p in parties
                           if p.list_id == first.list_id and self.family(topic) != self.family(p.entity))
                return out
            against = _JA_COMPETES_WITH_LIST.search(local) if cues is JA else None
            rivals = [p for p in parties if against is not None and p.mention.end <= sent_start + against.start()]
            if rivals and topic is not None and len(rivals) == len(parties) and not any(
                    p.role == "agent" or _JA_SUBJECT_AFTER.match(text, _after_name(text, p.mention.end)) for p in rivals) \
                    and all(self.family(topic) != self.family(p.entity) for p in rivals):
                # 「SiCでは独インフィニオンや欧州STマイクロ、ロームなどと競合しており」: the subject left out competes
                # with each of them
                return [(topic, p.entity, CONF_COREF) for p in rivals]
        if rel == "competes_with":
            for p, q in zip(parties, parties[1:]):
                between = text[p.mention.end:q.mention.start]
                if _RIVAL_OF.fullmatch(between) and self.family(p.entity) != self.family(q.entity):
                    # 「オープンAIの競合であるアンソロピック」, 「KDDIと競合するNTTドコモやソフトバンク」
                    for r in parties:
                        if (r is q or (r.list_id == q.list_id and r.mention.start > q.mention.start)) \
                                and self.family(p.entity) != self.family(r.entity):
                            out.append((p.entity, r.entity, CONF_EXPLICIT))
            if out:
                return out
        if rel == "competes_with" and cues is EN:
            them = _COMPETE_WITH_THEM.search(local)
            first = [p for p in parties if p.list_id == parties[0].list_id and p.mention.source != "coref"] \
                if parties else []
            us = next((p for p in parties if them is not None and p.mention.source == "coref"
                       and sent_start + them.start() <= p.mention.start < sent_start + them.end()), None)
            if them is not None and len(first) >= 2 and first[-1].mention.end <= sent_start + them.start():
                # "AT&T, Verizon and T-Mobile each compete with a network …, and we don't intend to compete with
                # them": "we" against each of the list, which compete with no one here
                return [(us.entity, p.entity, CONF_COREF) for p in first
                        if us is not None and self.family(us.entity) != self.family(p.entity)]
            # "Groq competes head-on with Nvidia, whose GPUs …, and with fellow specialists Cerebras and SambaNova":
            # the subject against every name after the verb, outside the side clauses, the product not its owner
            verb = _COMPETES_WITH.search(local)
            subject = next((p for p in reversed(parties) if verb and p.mention.end <= sent_start + verb.start()
                            and p.role != "gen"), None)
            if verb is not None and subject is None and not _COMPETE_EACH_OTHER.search(local) and not any(
                    p.mention.end <= sent_start + verb.start() for p in parties):
                # "The Chocolate Factory's cloud arm competes with AWS and Azure": whoever it is, the two it
                # competes with are not said to compete with each other
                return out
            if verb is not None and subject is not None:
                side = [(sent_start + m.start(), sent_start + m.end()) for m in _EN_ASIDE.finditer(local)]
                also = _AS_DO.search(local, verb.end())  # "…, as do smaller rivals such as Lambda and Crusoe"
                # "Samsung competes with TSMC for orders, but chip designers such as Nvidia …": another clause
                but = _CONTRAST_CLAUSE.search(local, verb.end())
                cut = sent_start + min(also.start() if also else len(local), but.start() if but else len(local))
                rivals = [p for p in parties if sent_start + verb.end() <= p.mention.start < cut and p.role != "gen"
                          and not _possessor(text, p.mention.end)
                          and not any(a <= p.mention.start < b for a, b in side)
                          and self.family(p.entity) != self.family(subject.entity)]
                out.extend((subject.entity, p.entity, CONF_EXPLICIT) for p in rivals)
                if also is not None and rivals:
                    out.extend((p.entity, rivals[0].entity, CONF_SECTOR) for p in parties
                               if p.mention.start >= cut and self.family(p.entity) != self.family(rivals[0].entity))
                if out:
                    return out
            for i, (p, q) in enumerate(zip(parties, parties[1:])):
                # "Rival carriers BCE Inc. and Telus Corp., which compete with Rogers": every one of the list
                if _WHICH_COMPETE.fullmatch(text[p.mention.end:q.mention.start]):
                    if q.role == "gen" and i + 2 < len(parties):
                        q = parties[i + 2]  # "which competes with Amazon.com Inc's AWS and Microsoft Corp's Azure"
                    out.extend((r.entity, t.entity, CONF_EXPLICIT) for r in parties if r.list_id == p.list_id
                               for t in parties if t.list_id == q.list_id
                               and self.family(r.entity) != self.family(t.entity))
            if out:
                return out
            for p, q in zip(parties, parties[1:]):
                # "Sony, Microsoft's chief rival in consoles,"; "Jio's main rival, Bharti Airtel,"
                rival_of_p = _GEN_RIVAL.match(text, p.mention.end)
                if (re.fullmatch(r",\s+", text[p.mention.end:q.mention.start]) and _GEN_RIVAL.match(text, q.mention.end)
                        or rival_of_p and re.fullmatch(r"(?:\s+\w+)?,\s+", text[rival_of_p.end():q.mention.start])) \
                        and self.family(p.entity) != self.family(q.entity):
                    out.append((p.entity, q.entity, CONF_EXPLICIT))
            if out:
                return out
            for p, q in zip(parties, parties[1:]):
                # "while Google and Meta, which compete fiercely for advertising dollars,": the two, each other
                if p.list_id == q.list_id and _WHICH_COMPETE_EACH.match(text, q.mention.end) \
                        and not any(r.list_id == p.list_id for r in parties if r is not p and r is not q) \
                        and self.family(p.entity) != self.family(q.entity):
                    out.append((p.entity, q.entity, CONF_EXPLICIT))
            if out:
                return out
            out = self._en_rival_list(text, sent_start, parties, local, ctx)
            if out:
                return out
        distinct: dict[str, Party] = {}
        if cues is EN:
            parties = _en_roles_around_cue(parties, local, cue, sent_start)
            # "a joint venture with BlackRock's Global Infrastructure Partners": the owner only says whose
            parties = [p for p, q in zip(parties, [*parties[1:], None]) if q is None or not (
                re.fullmatch(r"['’]s?\s+", text[p.mention.end:q.mention.start]) and q.entity.kind == "Organization")]
        else:  # 「日本郵政傘下の日本郵便と楽天が」: the owner only says whose the partner is
            parties = [p for p, q in zip(parties, [*parties[1:], None]) if q is None or not re.fullmatch(
                r"(?:社)?(?:傘下|子会社|グループ会社)の" + COUNTRY_PREFIX_RX, text[p.mention.end:q.mention.start])]
        for p in _near_cue(parties, local, cue, sent_start):
            distinct.setdefault(self.family(p.entity), p)
        items = list(distinct.values())
        lists = {p.list_id for p in items}
        listed = cues.compete_list.search(local)
        if rel == "competes_with" and listed:
            # "MicrosoftやGoogleといった競合他社", "we compete with specialists such as CoreWeave and Nebius": rivals of
            # the one the sentence is about, or of the article's current topic, not of each other
            at = sent_start + listed.start()
            # the list after the words in English, the one right before them in Japanese
            near = [p for p in items if p.mention.start >= at] if cues is EN else \
                [p for p in reversed(items) if p.mention.end <= at]
            rivals = [p for p in items if near and p.list_id == near[0].list_id]
            others = [p for p in items if p not in rivals]
            topic = others[0].entity if len(others) == 1 else (ctx.publisher or ctx.topic) if not others else None
            if topic is None or not rivals:
                return out
            for p in rivals:
                if self.family(p.entity) != self.family(topic):
                    out.append((topic, p.entity, CONF_COREF))
            return out
        if cues is JA and items and len({p.list_id for p in items}) == 1 and not any(
                p.role == "agent" for p in items) and _JA_WITH_END.match(text, _after_name(text, items[-1].mention.end)):
            # 「同分野では東京応化工業や信越化学工業とも競合しており」: one list of whom the subject left out is
            # with; that subject is the company the article is telling about
            topic = ctx.told_about()
            if topic is not None and all(self.family(p.entity) != self.family(topic) for p in items):
                return [(topic, p.entity, CONF_COREF) for p in items]
            return out
        rivals = [p for p in items if p.role == "agent"]
        if rel == "competes_with" and len(rivals) >= 3 and not any(p.role == "with" for p in items) and (
                len({p.list_id for p in rivals}) == 1 or len({p.mention.start for p in rivals}) == 1):
            # "SK Hynix, Samsung and Micron compete fiercely", 「3社は…激しく競い合っている」: each with each
            return [(a.entity, b.entity, CONF_SECTOR) for i, a in enumerate(rivals) for b in rivals[i + 1:]]
        if len(items) == 2:
            a, b = items
            coref = a.mention.source == "coref" or b.mention.source == "coref"
            out.append((a.entity, b.entity, CONF_COREF if coref else CONF_SECTOR))
        elif len(items) > 2:
            # only the parties coordinated in one list with each other, or with the agent
            agents = [p for p in items if p.role == "agent"]
            # 「ガバメントクラウドでは、さくらインターネットが…と競合する」: where, not who
            scope = [p for p in agents if text.startswith("では", _after_name(text, p.mention.end))]
            if scope and len(scope) < len(agents):
                items = [p for p in items if p not in scope]
                agents = [p for p in agents if p not in scope]
            # 「両社が…テスラやBYDに対抗」: 両社 stands for one list of two, the target is the rival
            against = rel == "competes_with" and cues is JA and bool(_JA_AGAINST.search(local))
            agent_lists = {("両社", p.mention.start) if p.mention.source == "coref" and against else p.list_id
                           for p in agents}
            withs = [p for p in items if p not in agents and (p.role == "with" or (
                len(agent_lists) == 1 and p.list_id not in {q.list_id for q in agents}
                and (p.role != "target" or against)))]
            for a in agents:
                for w in withs:
                    out.append((a.entity, w.entity, CONF_WEAK))
            if not out and rel == "partners_with" and len({p.list_id for p in agents}) == 1 and len(agents) >= 3 \
                    and _FORMS_VENTURE.search(local):
                # "Crusoe, Blue Owl Capital and Primary Digital Infrastructure formed a $15 billion joint venture":
                # each with each
                return [(a.entity, b.entity, CONF_SECTOR) for i, a in enumerate(agents) for b in agents[i + 1:]]
            if not out:
                for lid in lists:
                    group = [p for p in items if p.list_id == lid]
                    if len(group) == 2:
                        out.append((group[0].entity, group[1].entity, CONF_WEAK))
        return out

    def _joint_venture(self, text: str, sent: Sentence, orgs: Sequence[Party]) -> tuple[Entity, bool] | None:
        """The company a sentence sets up as a joint venture: 「合弁会社「SB OpenAI Japan」」, "a joint venture
        called Stargate", "Stargate, the joint venture of …"."""
        for m in _JOINT_VENTURE.finditer(sent.text):
            at, end = sent.start + m.start(), sent.start + m.end()
            after = [p for p in orgs if 0 <= p.mention.start - end <= 14
                     and re.fullmatch(r"[\s「『,、:：]*(?:called|named)?\s*", text[end:p.mention.start])]
            # "Preferred Computational Chemistry, Inc., our joint venture with ENEOS": the name before, not "our"
            before = [p for p in orgs if p.mention.source != "coref" and 0 <= at - p.mention.end <= 40
                      and re.fullmatch(r"(?:\s?[(（][^()（）]{1,20}[)）])?,?\s*(?:the|a|our|its|their)?\s*",
                                       text[p.mention.end:at])]
            found = after[:1] or before[-1:]
            if found and sum(1 for p in orgs if p.entity.id != found[0].entity.id) >= 1:
                # a project (計画「スターゲート」, "the venture it announced") joins partners; a company they own
                project = "計画" in m.group() or m.group().lower().startswith("the")
                return found[0].entity, not project
        return None

    def _round_company(self, text: str, orgs: Sequence[Party], ctx: Context, local: str) -> Entity | None:
        """The company whose funding round the sentence lists investors of, when it does not name it."""
        if not _ROUND.search(local) or not orgs:
            return None
        elided = next((p for p in orgs if p.mention.source == "coref" and not p.mention.surface), None)
        if elided is not None and _ROUND_INVESTORS.search(local) and not _RAISE.search(local):
            return elided.entity  # 「本ラウンドには、A、B…にご参加いただきました」: the round of the company left out
        if _RAISE.search(local) and any(p.role == "agent" for p in orgs):
            if not any(p.role in ("source", "co") for p in orgs):
                return None  # "Mistral has now raised €2.8 billion": who raised is named, and no one gave
            # "Databricks raised $10 billion in a Series J, led by Thrive Capital": the round is the raiser's
            return next(p.entity for p in orgs if p.role == "agent")
        if re.match(r"\s*(?:Its|Their)\s+(?:[\w\-]+\s+){0,3}(?:round|raise|funding)\b", local) and ctx.topic is not None \
                and not any(self.family(p.entity) == self.family(ctx.topic) for p in orgs):
            return ctx.topic  # "Its last private round, a $250 million Series F, was led by Alpha Wave Ventures"
        for p in orgs:  # "Mistral's previous round, a €600 million raise, was led by General Catalyst"
            if p.role == "gen" and _GEN_ROUND.match(text, p.mention.end) and ctx.main is not None:
                return p.entity
        if any(p.role in ("target",) or p.mention.source == "coref" for p in orgs):
            return None  # "invested in X's round" / 同社: the ordinary rules know
        # the company that raised the money the article has been reporting, else its current topic
        last = ctx.last_investment
        for company in ((last.object if last is not None else None), ctx.round_company, ctx.topic):
            if company is not None and not any(self.family(p.entity) == self.family(company) for p in orgs):
                return company
        return None

    def _en_rival_list(
        self, text: str, sent_start: int, parties: Sequence[Party], local: str, ctx: Context
    ) -> list[tuple[Entity, Entity, float]]:
        """"CrowdStrike's rivals, including SentinelOne and Microsoft" / "X competes with Y, as do rivals such as A
        and B" / "Vantaa competes with larger clouds such as Nebius" / "shares of rivals SentinelOne and …"
        (the rivals of the company the article is about)."""
        # "X competes with Y" alone is for the ordinary rule
        m = next((x for x in _EN_RIVAL_LIST.finditer(local) if not x.group().lower().startswith("compet")
                  or re.search(r"such as|like|including", x.group(), re.I)), None)
        if m is None:
            return []
        at = sent_start + m.start()
        listed = [p for p in parties if p.mention.start >= sent_start + m.end()]
        if listed:
            first = listed[0].list_id
            rest = [p for p in listed if p.list_id != first]
            listed = [p for p in listed if p.list_id == first]
            # "rivals such as Nebius Group NV, which this month signed a deal with Microsoft …, and Oracle Corp.":
            # the list goes on after a relative clause on its last item
            while rest:
                last = listed[-1].mention.end
                after = next((q for q in rest if q.mention.start > last and _AFTER_RELATIVE.fullmatch(
                    text, last, q.mention.start)), None)
                if after is None or after.entity.kind != "Organization":
                    break
                listed += [q for q in rest if q.list_id == after.list_id and q.mention.start >= after.mention.start]
                rest = [q for q in rest if q.mention.start > listed[-1].mention.end and q.list_id != after.list_id]
        before = [p for p in parties if p.mention.end <= at]
        owner = [p for p in before if p.role == "gen" and not text[p.mention.end:at].strip(" '’s")]
        withs = [p for p in before if p.role == "with"]
        anchor = (owner or withs or [p for p in before if p.role == "agent"] or [None])[-1]
        out: list[tuple[Entity, Entity, float]] = []
        if not listed:
            return out
        if anchor is None:
            if not re.search(r"(?:\bof|\bfrom|\band|\bwith|^)\s*$", local[:m.start()], re.I) or \
                    re.search(r"such as|like|including", m.group(), re.I):
                return out  # "Scale's rivals, including …" with a possessor the sentence does not name
            topic = ctx.topic
            if topic is None or any(self.family(p.entity) == self.family(topic) for p in listed):
                return out
            return [(topic, p.entity, CONF_COREF) for p in listed]
        for p in listed:
            if self.family(p.entity) != self.family(anchor.entity):
                out.append((anchor.entity, p.entity, CONF_SECTOR))
        agents = [p for p in before if p.role == "agent" and p is not anchor]
        for a in agents:
            for w in withs:
                if self.family(a.entity) != self.family(w.entity):
                    out.append((a.entity, w.entity, CONF_SECTOR))
        return out

    def _operates(self, text: str, parties: Sequence[Party], lang: str) -> list[tuple[Entity, Entity, float]]:
        out: list[tuple[Entity, Entity, float]] = []
        if lang == "en":
            # "Our subsidiary Preferred Elements, Inc.": the publisher's (or the company just told about)
            for p, q in zip(parties, parties[1:]):
                if p.mention.source == "coref" and q.mention.source != "coref" \
                        and p.mention.surface.lower() in ("our", "its", "their") and q.entity.kind == "Organization" \
                        and _OUR_SUBSIDIARY.fullmatch(text[p.mention.end:q.mention.start]):
                    out.append((p.entity, q.entity, CONF_SECTOR))
        real = [p for p in parties if p.mention.source != "coref" or p.mention.surface in ("同社", "the company")]
        for i, p in enumerate(real):
            for q in real[i + 1:]:
                x, y = p.entity, q.entity
                if (p.mention.source == "coref" or q.mention.source == "coref") and y.parent != x.id \
                        and x.parent != y.id:
                    continue  # 同社のクラウド「Azure」: only what the gazetteer confirms
                # 'Reliance Jio ("Jio"), a subsidiary of …': the gloss, before or around the name, is not the gap
                gloss = (PAREN_ALIAS.match(text, p.mention.end) or re.compile(r"[\"”’]?\)").match(text, p.mention.end)) \
                    if lang == "en" else None
                after_gloss = gloss.end() if gloss else p.mention.end
                reach = 70 + after_gloss - p.mention.end \
                    if lang == "en" and re.match(r",\s+(?:the|a|an)\s", text[after_gloss:after_gloss + 6]) \
                    else 24  # an apposition ", the mobile money platform run by …" is longer
                if q.mention.start - p.mention.end > reach:
                    break  # parties are in order: the rest are further still
                between = text[p.mention.end:q.mention.start]
                if re.search(r"[。.!?]", _LEGAL_TAIL.sub("", between) if lang == "en" else between):
                    continue  # … but "Huawei Technologies Co.'s Huawei Cloud" is one phrase
                if lang == "ja":
                    # Xの(クラウドサービス)「Y」 / X傘下のY / Xが開発したY
                    if re.fullmatch(r"(?:\s?[(（][^()（）]{0,30}[)）])?(?:の|傘下の|が(?:開発|運営|提供|展開)(?:する|した))"
                                    r"[^、,。]{0,14}?[「『]?", between):
                        if self._owns(x, y, quoted="「" in between or "『" in between):
                            out.append((x, y, CONF_EXPLICIT if y.parent == x.id else CONF_WEAK))
                    # 「東芝を傘下に置く投資ファンドの日本産業パートナーズ」: Y owns X
                    elif re.fullmatch(r"[」』]?を(?:傘下に(?:置|持|収め)|子会社に持)(?:く|つ|る|ている|つ)"
                                      r"(?:[^、,。「」]{0,12}の)?" + COUNTRY_PREFIX_RX, between) and y.kind == "Organization":
                        out.append((y, x, CONF_SECTOR))
                    # 「エヌビディアは、創薬向けAIサービス「BioNeMo」も提供する」: the topic provides what it names
                    elif re.fullmatch(r"(?:は|が)、?[^。「」]{0,20}[「『]", between) and _JA_PROVIDES_IT.match(
                            text, q.mention.end) and not any(p.mention.end <= r.mention.start < q.mention.start
                                                             for r in real if r is not p and r is not q):
                        if self._owns(x, y, quoted=True):
                            out.append((x, y, CONF_EXPLICIT if y.parent == x.id else CONF_WEAK))
                    # Yを開発するX
                    # (「「Azure Stack」を持つマイクロソフト」, 「「AWS Outposts」を正式に提供し始めたAWS」)
                    elif re.fullmatch(r"[)）]?[」』]?(?:(?:を|の)(?:[^、,。「」]{0,6}?)(?:開発|運営|提供|手が|手掛|持)[^、,。]{0,8}?"
                                      r"(?:する|した|ける|けている|つ|元の?|の|始めた|始める)"
                                      r"|で知られる(?:[^、,。「」]{0,10}の)?)" + COUNTRY_PREFIX_RX, between):
                        if self._owns(y, x, quoted=True):
                            out.append((y, x, CONF_EXPLICIT if x.parent == y.id else CONF_WEAK))
                else:
                    # "Shopify's storefronts and Feedly": a list goes on, no possessive phrase names Feedly
                    if re.fullmatch(f"(?:{EN_LEGAL_TAIL_RX})?['’]s\\s+(?:(?!(?:and|or)\\s)[A-Za-z\\-]+\\s+){{0,3}}", between) \
                            and self._owns(x, y, quoted=False):
                        out.append((x, y, CONF_EXPLICIT if y.parent == x.id else CONF_WEAK))
                    elif re.fullmatch(r",?\s+(?:which|that)\s+(?:operates|runs|owns|makes|develops|built)\s+", between) \
                            and self._owns(x, y, quoted=True):
                        out.append((x, y, CONF_SECTOR))
                    elif re.fullmatch(r"\s+(?:maker|developer|creator|owner|operator|parent)\s+", between) \
                            and self._owns(y, x, quoted=True):
                        out.append((y, x, CONF_EXPLICIT if x.parent == y.id else CONF_SECTOR))
                    elif re.fullmatch(r",\s+(?:owned|operated|run|developed|made)\s+by\s+", between) \
                            and self._owns(y, x, quoted=True):
                        out.append((y, x, CONF_SECTOR))
                    elif re.fullmatch(r",\s+", between) and (m := _APPOS_POSSESSOR.match(text, q.mention.end)) \
                            and self._owns(y, x, quoted=bool(m.group(1))):
                        # "SK Hynix, SK Group's chipmaker,", "Google DeepMind, Alphabet's AI research lab": a unit
                        # word says so for any name; another noun only for what the gazetteer has Y own
                        out.append((y, x, CONF_EXPLICIT if x.parent == y.id else CONF_SECTOR))
                    elif _APPOS_OWNER.fullmatch(between) and self._owns(y, x, quoted=True):
                        # "Kestrel Ventures, the investment arm of Kestrel Cloud"; "M-Pesa, the platform run by
                        # Vodacom and Safaricom": every owner listed
                        out.extend((r.entity, x, CONF_EXPLICIT) for r in real if r.list_id == q.list_id
                                   and r.mention.start >= q.mention.start and r.entity.id != x.id
                                   and (r is q or self._owns(r.entity, x, quoted=True)))
        return out

    def _its_products(self, text: str, parties: Sequence[Party], mentions: Sequence[Mention],
                      ctx: Context) -> list[tuple[Entity, Entity]]:
        """A product the gazetteer does not know, named with a possessive pronoun: "its GreenLake cloud platform",
        "Skerry Cloud, its self-service GPU platform", "our AI cloud service, Crusoe Cloud". "our" is the
        publisher's; "its" the company the clause is about (its agent, else the last company named, else the
        article's topic)."""
        out = []
        for i, q in enumerate(parties):
            cue = q.mention.owner_cue
            if cue is None or cue[0] == "their" or q.entity.kind != "Service" or (
                    q.entity.known and q.entity.parent is None):
                continue
            pronoun, at = cue
            if pronoun == "our":
                owner = ctx.publisher
            else:
                # the subject of the clause: "Akamai said its Edge DNS service", "Tesla, which is developing its own
                # Optimus humanoid"; "HashiCorp's Terraform … and its Vault product": the possessor of the list;
                # not "with BMW Manufacturing, the German carmaker's U.S. subsidiary, to put its Figure 01 robots"
                before = [p for p in parties[:i] if p.entity.kind == "Organization" and p.mention.end <= q.mention.start]
                subject = next((p for p in reversed(before) if (p.role in ("agent", "source") or re.match(
                    r",?\s+(?:which|who|that)\s", text[p.mention.end:p.mention.end + 8])) and not re.match(
                    r"['’]s?\s", text[p.mention.end:p.mention.end + 3])), None)
                # "Adobe said its Spark design tool was among the services affected": the one who says so
                sayer = next((x for x in mentions if x.end <= at and x.entity.kind == "Organization" and re.fullmatch(
                    r"\s+(?:said|says|added)\s+(?:that\s+)?", text[x.end:at])), None) if subject is None else None
                if sayer is not None:
                    subject = Party(sayer, "agent")
                if before and re.fullmatch(r"\s+(?:has|have|had|will|would|also|then)?\s*(?:agreed|decided|plans|"
                                           r"planned|wants|intends)\s+to\s+\w+\s+", text[before[-1].mention.end:at]):
                    subject = before[-1]  # "…, and Ansys has agreed to sell its PowerArtist product": this clause's
                if subject is None and before and re.match(r"['’]s?\s", text[before[-1].mention.end:]) \
                        and re.search(r"\band\s+its\s", text[before[-1].mention.end:q.mention.start]):
                    subject = before[-1]
                owner = subject.entity if subject is not None else (ctx.topic if ctx.stale <= 1 else None)
            if owner is not None and owner.kind == "Organization" and owner.id != q.entity.id and (
                    not q.entity.known or owner.id in self.gazetteer.ancestors(q.entity)):
                # a service the gazetteer knows only for the owner it gives: "GroqCloud, its developer platform"
                out.append((owner, q.entity))
        return out

    def _owned_nearby(self, text: str, parties: Sequence[Party]) -> list[tuple[Entity, Entity, int]]:
        """A parent and what the gazetteer says it owns, named close together ("Amazon-owned Twitch",
        「SBG傘下のアーム」, "TikTok, owned by China's ByteDance")."""
        named = [p for p in parties if p.mention.source != "coref" and not self.is_product(p.entity)]
        by_id: dict[str, list[Party]] = {}
        for p in named:
            by_id.setdefault(p.entity.id, []).append(p)
        out = []
        for q in named:
            for p in by_id.get(q.entity.parent or "", ()):
                a, b = sorted((p.mention, q.mention), key=lambda m: m.start)
                between = text[a.end:b.start]
                if len(between) <= _OWNED_GAP and not re.search(r"[。.!?;]", between):
                    out.append((p.entity, q.entity, b.start))
        for q in parties:
            # 「ソニーフィナンシャルグループ傘下の同行」: the bank 同行 stands for, under the owner named right before
            if q.mention.source == "coref" and q.entity.parent:
                for p in by_id.get(q.entity.parent, ()):
                    if p.mention.end < q.mention.start and re.fullmatch(r"(?:の)?傘下の", text[p.mention.end:q.mention.start]):
                        out.append((p.entity, q.entity, q.mention.start))
        return out

    def _purchases_of(self, text: str, sent: Sentence, orgs: Sequence[Party],
                      ctx: Context) -> list[tuple[Entity, Party]]:
        """The buyer and what it bought when the purchase is a noun: "X's purchase of Y", "its acquisition of Y"."""
        out = []
        for m in _PURCHASE_IS.finditer(text, sent.start, sent.end):
            # "OpenAI's largest purchase by far is io, the device startup …": the possessor bought what follows
            buyer = next((p for p in orgs if p.mention.end == m.start()), None)
            bought = next((p for p in orgs if p.mention.start == m.end()), None)
            if buyer is not None and bought is not None and buyer.entity.id != bought.entity.id:
                out.append((buyer.entity, bought))
        for m in _PURCHASE_OF.finditer(text, sent.start, sent.end):
            bought = next((p for p in orgs if 0 <= p.mention.start - m.end() <= 20), None)
            if bought is None:
                continue
            who: Entity | None
            if m.group(1) and m.group(1).lower().startswith("our"):
                who = ctx.publisher  # "when we closed our $1.4 billion acquisition of Boost Mobile"
            elif m.group(1):
                # "its": the company named last before it that is not what a verb acts on, else the one the
                # sentence is about ("It closed its $4.9 billion purchase of ZT Systems")
                before = [p for p in orgs if p.mention.end <= m.start()]
                buyer = next((p for p in reversed(before) if p.role != "object"), before[-1] if before else None)
                who = buyer.entity if buyer is not None else (ctx.topic if ctx.stale <= 1 else None)
            else:
                buyer = next((p for p in orgs if p.mention.end == m.start()), None)
                who = buyer.entity if buyer is not None else None
            for item in (p for p in orgs if p.list_id == bought.list_id and p.mention.start >= bought.mention.start):
                if who is not None and who.id != item.entity.id:
                    out.append((who, item))  # "its purchases of Instagram and WhatsApp"
        # "the $6.9 billion Mellanox acquisition it closed in 2020", "Nvidia's Mellanox takeover": the name is what
        # was bought; who bought it is the possessor before, or "it" after, the company the sentence is about
        for bought in orgs:
            m = _NAME_PURCHASE.match(text, bought.mention.end)
            if m is None or bought.entity.kind != "Organization":
                continue
            before = [p for p in orgs if p.mention.end <= bought.mention.start and p.entity.kind == "Organization"
                      and p.entity.id != bought.entity.id]
            possessor = next((p for p in reversed(before) if re.fullmatch(
                r"['’]s\s+(?:(?:US)?[$€£][\d.,]+\s+(?:billion|million|bn)\s+)?", text[p.mention.end:bought.mention.start])), None)
            subject = next((p for p in before if p.role == "agent"), None)
            buyer = possessor or (subject if m.group(1) else None)
            if buyer is not None:
                out.append((buyer.entity, bought))
        return out

    def _run_of_purchases(self, text: str, sent: Sentence, orgs: Sequence[Party],
                          terms: SentenceTerms) -> list[tuple[Entity, Entity, MoneyMatch | None, str | None]]:
        """What a company bought, listed after its purchases: "a run of acquisitions by Palo Alto Networks,
        including Talon Cyber Security and Dig Security in 2023, IBM's QRadar SaaS assets in 2024 for
        $500 million, and Protect AI": each item with the date and money told after it."""
        out: list[tuple[Entity, Entity, MoneyMatch | None, str | None]] = []
        for m in _RUN_OF_PURCHASES.finditer(text, sent.start, sent.end):
            buyer = next((p for p in orgs if p.mention.start >= m.end("by") and p.mention.end <= m.start("list")
                          and p.entity.kind == "Organization") if m.group("by") else
                         (p for p in orgs if p.mention.end == m.start()), None)
            if buyer is None:
                continue
            items = [p for p in orgs if p.mention.start >= m.end() and p.mention.source != "coref"
                     and not re.match(r"['’]s\s", text[p.mention.end:p.mention.end + 3])
                     and p.entity.id != buyer.entity.id]
            for i, item in enumerate(items):
                nxt = items[i + 1].mention.start - sent.start if i + 1 < len(items) else len(sent.text)
                at = item.mention.end - sent.start
                money = next((x for x in terms.deal_money if at <= x.start < nxt), None)
                when = next((t.value for t in terms.times if t.kind == "date" and t.value and t.start >= at), None)
                out.append((buyer.entity, item.entity, money, when))
        return out

    def _subsidiaries(self, text: str, sent: Sentence, parties: Sequence[Party],
                      ctx: Context, lang: str) -> list[tuple[Entity, Entity]]:
        """Ownership said in words: 「子会社のSB Intuitions」, 「連結子会社である株式会社X」, "its cloud arm, AWS",
        「同社の「Microsoft 365」」 (what the gazetteer says the company owns), 「AはBの子会社」."""
        out: list[tuple[Entity, Entity]] = []
        named = [p for p in parties if p.mention.source != "coref"]
        for i, q in enumerate(named):
            before = text[max(sent.start, q.mention.start - 30):q.mention.start]
            after = text[q.mention.end:min(sent.end, q.mention.end + 12)]
            if _PARENT_BEFORE.search(before) and q.entity.kind == "Organization":
                # 「ドコモは…親会社のNTTによる…」, "its parent company, Alphabet": the name owns the subject
                subject = next((p.entity for p in named[:i] if p.role == "agent" and p.entity.kind == "Organization"),
                               None)
                if subject is None and ctx.told_about() is not None and ctx.told_about().parent == q.entity.id:
                    subject = ctx.told_about()  # 「親会社のSBGが進める…」: whose parent, the gazetteer agrees
                if subject is not None and subject.id != q.entity.id:
                    out.append((q.entity, subject))
            elif _SUBSIDIARY_BEFORE.search(before):
                owners = [p for p in parties if p.role == "agent" and p.entity.id != q.entity.id
                          and p.mention.start < q.mention.start and p.entity.kind == "Organization"]
                owner = owners[-1].entity if owners else ctx.topic
                # 「しろくま電力株式会社の子会社であるしろくまエナジーベンチャーズ」: the name right before の子会社
                named_owner = next((p for p in reversed(parties) if p.mention.end <= q.mention.start
                                    and _JA_OWNER_OF_NEXT.match(text, _after_name(text, p.mention.end))
                                    and p.entity.id != q.entity.id), None)
                if named_owner is not None:
                    owner, owners = named_owner.entity, [named_owner]
                if q.entity.parent in self.gazetteer.entities and not owners:
                    owner = self.gazetteer.entities[q.entity.parent]  # whose subsidiary, the gazetteer knows
                if owner is not None and self.family(owner) != self.family(q.entity) or (
                        owner is not None and q.entity.parent == owner.id):
                    out.append((owner, q.entity))
            elif lang == "ja" and _JA_KIND_QUOTE_BEFORE.search(before) and q.entity.parent is not None and any(
                    p.role == "agent" and p.entity.id == q.entity.parent and p.mention.end <= q.mention.start
                    for p in parties):
                # 「同社はクラウド「Azure」を通じ」: the subject's own service, as the gazetteer knows
                out.append((self.gazetteer.entities.get(q.entity.parent, q.entity), q.entity))
            elif _POSSESSED_BEFORE.search(before) and q.entity.parent in self.gazetteer.entities:
                # "its cloud arm, AWS", 「同社の「Microsoft 365」や「Xbox Live」」: the gazetteer knows whose
                owner = self.gazetteer.entities[q.entity.parent]
                while (owner.id not in self._named or owner.kind != "Organization") \
                        and owner.parent in self.gazetteer.entities:
                    owner = self.gazetteer.entities[owner.parent]  # "its Azure OpenAI Service" is Microsoft's
                if owner.id in self._named:
                    out.append((owner, q.entity))
            if lang == "en":
                # "Deutsche Bank, which also controls fund manager DWS", "Jio Platforms, the Reliance unit that owns
                # telecom operator Reliance Jio": the name the clause is about owns the one after it
                head = next((p for p in reversed(named[:i]) if _WHICH_OWNS.fullmatch(text, p.mention.end, q.mention.start)
                             and p.entity.kind == "Organization"), None)
                if head is not None and head.entity.id != q.entity.id:
                    out.append((head.entity, q.entity))
            if _ITS_UNIT_AFTER.match(text, q.mention.end):
                # "Intel still plans to sell part of Altera, its programmable-chip unit,": the subject's unit
                subs = [p for p in named[:i] if p.role == "agent" and p.entity.kind == "Organization"
                        and self.family(p.entity) != self.family(q.entity)]
                if subs:
                    out.append((subs[-1].entity, q.entity))
            last_of_list = i + 1 == len(named) or named[i + 1].list_id != q.list_id
            if lang == "ja" and last_of_list and q.entity.kind == "Organization":
                # 「日本郵政は傘下にゆうちょ銀行やかんぽ生命保険を抱え」, 「楽天にはA、B、Cなどの子会社がそろう」:
                # every item of the list (its last item says what follows it) belongs to the topic of the sentence
                items = [x for x in named if x.list_id == q.list_id]
                rest = _after_name(text, q.mention.end)
                held = _JA_HOLDS_UNDER.match(text, rest) and "傘下に" in text[
                    max(sent.start, items[0].mention.start - 4):items[0].mention.start]
                # 「XはYの子会社」 (one name) is for the rule below
                listed = len(items) >= 2 and _JA_LISTED_SUBS.match(text, rest)
                owner = next((x for x in named if x.mention.end <= items[0].mention.start
                              and x.entity.kind == "Organization" and x.list_id != q.list_id
                              and re.match(r"(?:に)?は", text[_after_name(text, x.mention.end):])), None) \
                    if held or listed else None
                for x in items if owner is not None else []:
                    if self.family(owner.entity) != self.family(x.entity) or x.entity.parent == owner.entity.id:
                        out.append((owner.entity, x.entity))
            if _SUBSIDIARY_AFTER.match(after):
                # 「しらさぎ通信は、中国地方の電力会社せとうち電力の子会社。」
                subs = [p for p in named[:i] if p.role == "agent" and p.entity.id != q.entity.id]
                if subs and q.entity.kind == "Organization":
                    out.append((q.entity, subs[-1].entity))
        return out

    def _victims(self, text: str, parties: Sequence[Party], provider: Entity) -> list[Entity]:
        """The services named as down: not the provider's own parts, not who said so ("…, Microsoft said"),
        and not the owner named with its service (「ウォルト・ディズニーの…「ディズニープラス」」)."""
        # the vendor's own products listed as down together are victims ("lost access to Jira Software, Confluence,
        # Opsgenie …"); one named alone is the part that failed (CrowdStrike's Falcon sensor)
        sizes: dict[int, int] = {}
        for p in parties:
            sizes[p.list_id] = sizes.get(p.list_id, 0) + 1
        found = [p for p in parties if not _WATCHDOG.search(p.entity.name) and (self._victim(p.entity, provider) or (
                    sizes[p.list_id] >= 3 and p.entity.parent == provider.id and not self.is_product(p.entity)
                    and not CLOUD_SECTORS & set(p.entity.sectors)))
                 and not _SAID_AFTER.match(text, p.mention.end)
                 # "DBS confirms on Facebook that its digital services are down": where it said so
                 and not _SAID_ON_BEFORE.search(text, max(0, p.mention.start - 30), p.mention.start)
                 # "League of Legends, the online game made by Tencent-owned Riot Games": whose it is
                 and not _MADE_BY_BEFORE.search(text, max(0, p.mention.start - 40), p.mention.start)
                 and not (p.mention.source == "coref" and text.startswith("の", p.mention.end))]  # 同社の「Eight」
        runs = {p.list_id for p in parties if _JA_RUNS_NEXT.match(text, p.mention.end)}
        found = [p for p in found if p.list_id not in runs]  # 「ファーストリテイリングが展開する「ユニクロ」」
        # "FirstNet, the public-safety network that AT&T built and runs under a contract with the First Responder
        # Network Authority": who the side clause names is no victim
        asides = [(q.mention.end + m.start(), q.mention.end + m.end()) for q in parties
                  if (m := _EN_ASIDE.match(text[q.mention.end:q.mention.end + 240]))]
        found = [p for p in found if not any(a <= p.mention.start < b for a, b in asides)]
        owners: set[str] = set()
        for p in found:  # every owner up the chain: "Sony's PlayStation Network" is no outage of Sony Group's
            parent = p.entity.parent
            while parent and parent not in owners:
                owners.add(parent)
                parent = self.gazetteer.entities[parent].parent if parent in self.gazetteer.entities else None
        # an owner named as the possessor of its service is no victim; one listed beside it is
        # (「名刺管理のSansanと同社の「Eight」」)
        return [p.entity for p in found if p.entity.id not in owners
                or not re.match(r"(?:の|['’]s\b|傘下|-owned)", text[_after_name(text, p.mention.end):])]

    def _operators_of_victims(self, text: str, parties: Sequence[Party], victims: list[Entity], local: str,
                              out: list[Fact], cues: Cues) -> list[Entity]:
        """「良品計画は…「無印良品ネットストア」の受注を停止」: the company that stops its own service named in quotes
        runs it; the service is the victim, the company is not."""
        if cues is not JA:
            return victims
        ids = {v.id for v in victims}
        drop: set[str] = set()
        for i, p in enumerate(parties):
            q = next((q for q in parties[i + 1:] if q.entity.id in ids and q.entity.kind == "Service"), None)
            if q is not None and p.entity.id in ids and p.role == "agent" and p.entity.kind == "Organization" \
                    and not q.entity.known and q.entity.parent is None \
                    and text.startswith("「", q.mention.start - 1) and q.mention.start - p.mention.end <= 40:
                drop.add(p.entity.id)
                out.append(Fact(article="", relation="operates", subject=p.entity, object=q.entity, evidence=local,
                                confidence=CONF_WEAK))
        return [v for v in victims if v.id not in drop]

    def _victim(self, entity: Entity, provider: Entity) -> bool:
        """A service that can go down with ``provider``: anything but the provider and its owners."""
        if entity.id == provider.id or self.is_product(entity):
            return False
        if entity.parent == provider.id and (CLOUD_SECTORS & set(entity.sectors) or provider.kind == "Service" or (
                _OUTAGE_VENDOR_SECTORS & set(provider.sectors) and "InternetServices" not in provider.sectors)):
            return False  # the provider's own components (DynamoDB in an AWS outage) are the outage itself
        owner = self.gazetteer.entities.get(entity.parent or "")
        if owner is not None and owner.kind == "Service" and self.is_cloud(owner) and owner.id != provider.id \
                and owner.id not in self.gazetteer.ancestors(provider):
            return False  # "took down Amazon Web Services' S3 …, and a 2019 configuration error at Cloudflare": AWS's
        # … but a company's consumer services are its outage's victims ("Gmail, YouTube … went dark")
        return entity.id not in self.gazetteer.ancestors(provider)

    def _owns(self, owner: Entity, owned: Entity, *, quoted: bool) -> bool:
        if owner.kind != "Organization" or self.is_product(owned):
            return False
        if owned.parent:
            # "Microsoft's Azure OpenAI Service", "Alphabet's Google Cloud": the owner of its owner too
            return owner.id in self.gazetteer.ancestors(owned)
        if owned.kind == "Service":
            return True
        return quoted and not owned.known

    def _outage_provider(self, p: Party) -> bool:
        ent = p.entity
        if self.is_cloud(ent):
            return True
        if p.role not in ("gen", "target", "none", "agent", "source"):
            return False
        if "InternetServices" in ent.sectors:
            return p.role != "agent"  # "Snapchat went down" is a victim
        # a software vendor whose faulty update took others down (CrowdStrike), a carrier whose network failed
        return ent.known and ent.kind == "Organization" and bool(
            (_OUTAGE_VENDOR_SECTORS | {"Telecommunications"}) & set(ent.sectors))

    def _outages(
        self,
        text: str,
        sent: Sentence,
        index: int,
        parties: Sequence[Party],
        cues: Cues,
        ctx: Context,
        date: str | None,
        sentences: Sequence[Sentence],
    ) -> list[Fact]:
        local = sent.text
        out: list[Fact] = []
        # a name in a list with others ("knocked Roku, Flickr, 1Password and Autodesk offline") is a victim,
        # unless it is a cloud
        candidates = [p for p in parties if not _regulator(p.entity) and (self._outage_provider(p) or (
            # 「全銀システムの障害」, "the Zengin System outage": the outage is the named system's own
            p.entity.kind == "Service" and p.entity.known and p.mention.source != "coref"
            and (_OUTAGE_OF_NAME_JA if cues is JA else _OUTAGE_OF_NAME_EN).match(
                text, _after_name(text, p.mention.end) if cues is JA else p.mention.end)) or (
            p.entity.kind in ("Organization", "Service") and p.mention.source != "coref"
            and (_ATTACKED.match(text, _after_name(text, p.mention.end) if cues is JA else p.mention.end)
                 or cues is EN and _ATTACK_ON.search(text, max(sent.start, p.mention.start - 40), p.mention.start)))) and (
            self.is_cloud(p.entity) or sum(q.list_id == p.list_id for q in parties) == 1)]
        cue_at = [sent.start + m.start() for m in cues.outage.finditer(local)]
        # the provider is the one named nearest to the word for the outage ("a faulty update from CrowdStrike …,
        # Microsoft said"); a cloud merely named by the way ("updates through Google Docs") starts no new outage
        near_cue = [p for p in candidates if any(abs(p.mention.start - c) <= _OUTAGE_REACH for c in cue_at)
                    and not (ctx.outage is not None and p.mention.source == "coref")]  # 同社 starts no new outage
        if ctx.outage is not None and (not near_cue or _THE_OUTAGE.match(local)):
            candidates = []  # "The outage also knocked out Shopify's online storefronts": the outage told before
        candidates.sort(key=lambda p: min((abs(p.mention.start - c) for c in cue_at), default=0))
        providers = [p.entity for p in candidates]
        if not providers and cues is JA and cue_at:
            # 「米Metaが運営するSNS「Facebook」「Instagram」…で障害が発生した」: the operator's outage
            providers = [p.entity for p in parties if p.entity.kind == "Organization" and p.mention.source != "coref"
                         and _JA_RUNS_NEXT.match(text, _after_name(text, p.mention.end))][:1]
        if not providers and ctx.outage is None and cue_at and not _NO_IMPACT.search(local):
            # "For some of them the outage lasted up to 14 days": in a provider's own report, or an article about
            # one provider's outage, the outage named without its provider is theirs
            own = ctx.publisher or (ctx.main if self._outage_article else None)
            if own is not None and own.kind == "Organization":
                providers = [own]
        own_system = None
        if cues is JA and providers and providers[0].kind == "Service" and not providers[0].known:
            # 「東京証券取引所は1日、株式売買システム「arrowhead」の障害により…売買を停止した」: the company whose
            # system failed is the one whose outage it is, and it runs the system
            system = next((p for p in parties if p.entity.id == providers[0].id), None)
            runner = next((p for p in parties if system is not None and p.role == "agent"
                           and p.mention.end <= system.mention.start
                           and p.entity.kind == "Organization" and p.mention.source != "coref"
                           and _JA_OWN_SYSTEM.search(text, max(sent.start, system.mention.start - 12),
                                                     system.mention.start)), None)
            if runner is not None and system is not None:
                out.append(Fact(article="", relation="operates", subject=runner.entity, object=system.entity,
                                evidence=local, confidence=CONF_SECTOR))
                providers = [runner.entity]
                own_system = system.entity.id
        if cues.outage.search(local) and providers and not _NO_IMPACT.search(local):
            provider = providers[0]
            parent = self.gazetteer.entities.get(provider.parent or "")
            if parent is not None and parent.kind == "Service" and self.is_cloud(parent) \
                    and any(p.entity.id == parent.id for p in parties):
                provider = parent  # 「AWSの東京リージョンで…同社のサービス「AWS Direct Connect」に障害」: AWS's outage
            unit = self.cloud_unit(provider) if self.is_cloud(provider) else provider
            provider = unit if self._names(unit) else provider
            victims = [v for v in self._victims(text, parties, provider) if v.id != own_system]
            victims = self._operators_of_victims(text, parties, victims, local, out, cues)
            if victims and cues.impact.search(local):
                for v in victims:
                    out.append(Fact(article="", relation="outage_affects", subject=provider, object=v,
                                    evidence=local, confidence=CONF_SECTOR, date=date))
            if ctx.outage is not None and ctx.outage[0].id == provider.id and (date is None or ctx.outage[1]) \
                    and not _SEPARATE.search(local):
                date = ctx.outage[1]  # 「AWSの障害により」, 「2017年の障害以来」: the outage already dated
            ctx.outage = (provider, date, index)
            ctx.first_outage = ctx.first_outage or ctx.outage
            return out
        if ctx.outage is None:
            return out
        provider, odate, oi = ctx.outage
        bullet = local.lstrip().startswith(("・", "-", "*", "•", "●"))
        near = index - oi <= 1 or (bullet and index - oi <= 12) or (
            index - oi <= 4 and not any(text[s.start:s.end].count("\n") for s in sentences[oi:index])
            and "\n" not in text[sentences[oi].end:sent.start].strip(" ")[:-1])
        if self._outage_article and ctx.first_outage is not None:
            if not near:
                # an article about an outage lists its victims anywhere: those of the outage it is about
                provider, odate, _ = ctx.first_outage
                near = True
        elif any(_SECTION.match(x.text) for x in sentences[oi + 1:index + 1]):
            near = False  # a new section of the article
        if not near or _NO_IMPACT.search(local):
            return out
        if not (cues.impact.search(local) or bullet or cues.outage.search(local)):
            return out
        victims = self._victims(text, parties, provider)
        victims = self._operators_of_victims(text, parties, victims, local, out, cues)
        evidence = text[sentences[oi].start:sent.end] if index - oi == 1 and not bullet else local
        for v in victims:
            out.append(Fact(article="", relation="outage_affects", subject=provider, object=v,
                            evidence=evidence, confidence=CONF_WINDOW,
                            date=date if date and (_SEPARATE.search(local) or (
                                odate and date[:7] != odate[:7] and len(date) == 10)) else odate or date))
        if bullet or victims:
            ctx.outage = (provider, odate, index if not bullet else oi)
        return out


#: a joint venture being set up
_JOINT_VENTURE = _rx(r"合弁(?:会社|企業)?|(?:データセンター|インフラ|AIインフラ)?計画(?=「[^」]{1,20}」を(?:立ち上げ|打ち出|発表|始動))|\bjoint[- ]venture(?:\s+(?:company|called|named))?\b|"
                    r"\bthe\s+(?:[\w\-]+\s+){0,2}venture\b(?=\s+(?:that\s+)?(?:it|they|\w+)\s+(?:announced|formed|set up|created|launched))")
#: a kind of service right before its quoted name: 「クラウド「Azure」」
_JA_KIND_QUOTE_BEFORE = re.compile(r"(?:クラウド|サービス|アプリ|基盤|プラットフォーム|ブランド)[「『]$")
#: "the Reliance unit": the name before says whose part the head is
_UNIT_WORD_AFTER = _rx(r"\s+(?:unit|arm|subsidiary|division|affiliate|business|venture)\b")
#: ", which also controls fund manager", ", the Reliance unit that owns telecom operator": who owns what follows
_WHICH_OWNS = _rx(r"(?:,\s+(?:the|a|an)\s+[^,;.]{0,40}?)?,?\s+(?:that|which)\s+(?:also\s+)?(?:owns|controls)\s+"
                  r"(?!(?:a\s+|an\s+)?(?:[\w\-]+\s+)?(?:stake|shares?|interest|percent|per cent)\b)"
                  r"(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}")
#: the owner named next: 「親会社のNTT」, "its parent company, Alphabet"
_PARENT_BEFORE = _rx(r"(?:親会社(?:の|である|、)|\b(?:its|their) (?:corporate )?parent(?: company)?,?\s)\s*"
                     + COUNTRY_PREFIX_RX + r"[「『]?$")
#: the kinds of Japanese subsidiary: 完全子会社, 連結子会社, 100％子会社, 100％出資の子会社
#: and a company's arm abroad: 「ASMLの日本法人であるASMLジャパン」
_JA_SUB = r"(?:(?:完全|連結|上場|(?:100|１００)\s?[%％](?:出資の)?|日本|米国|中国|欧州|韓国|台湾|現地)?子会社|(?:日本|米国|中国|欧州|韓国|台湾|現地)法人)"
#: "a subsidiary" said of the name that follows, or after it
_SUBSIDIARY_BEFORE = _rx(r"(?:" + _JA_SUB + r"(?:の|である|、|\s?[:：]|で[^。、「」]{0,24}?(?:する|している|した|を手がける))|"
                         r"(?:その|同社の)" + _JA_SUB + r"|"  # 「その日本子会社ユナイテッド・セミコンダクター・ジャパン」
                         r"\b(?:wholly[- ]owned\s+|majority[- ]owned\s+)?(?:subsidiary|unit|arm)\s+(?:called|named)\s|\bits (?:[\w\-]+ )?(?:wholly[- ]owned )?(?:subsidiary|unit|arm|division)"
                         r"(?:,)?\s)(?:株式会社)?\s*" + COUNTRY_PREFIX_RX + r"[「『]?$")
_ITS_UNIT_AFTER = _rx(r",\s+(?:its|their)\s+(?:[\w\-]+\s+){0,3}?(?:wholly[- ]owned\s+|majority[- ]owned\s+)?"
                      r"(?:subsidiary|unit|division|arm|business)\b")
_SUBSIDIARY_AFTER = _rx(r"^[」』]?(?:社)?の" + _JA_SUB + r"(?!化)|^,\s+(?:a|its)\s+(?:wholly[- ]owned\s+)?subsidiary\b")
#: a possessive pronoun right before a name: "its …", 「同社の」, 「自社の」
_POSSESSED_BEFORE = _rx(r"(?:\bits|\btheir|同社の|自社の|自前の)\s?(?:[\w\-]+\s){0,3}[,、]?\s?[「『]?$|"
                        r"(?:同社の|自社の|(?:^|[、,]\s?)傘下の)[^。、]{0,12}[「『]$|」や[^。、「」]{0,10}[「『]$")
#: a backer named inside an apposition or relative clause: no cue of the sentence it stands in
_BACKED_APPOSITION = _rx(r",\s+(?:(?:a|an|the)\s+[^,;]{0,60}?|(?:which|who)\s+(?:is|are|was|were|has been)\s+"
                         r"(?:also\s+|already\s+)?)(?:backed|funded|owned)\s+by\s+[^,;.]{1,40}(?:,|(?=\.))")
#: 「アンペアの大株主である米オラクル」: the name after it holds shares of the name before
_JA_HOLDER = re.compile(r"^(?:社)?の(?:大|筆頭|主要|最大の)株主(?:である|の|、)\s*" + COUNTRY_PREFIX_RX + r"$")
_JA_HOLDER_OF_TOPIC = re.compile(r"(?:^|[、。]|(?<=[^\u3040-\u30ff\u4e00-\u9fffA-Za-z0-9」』）)]))(?:大|筆頭|主要)?株主で(?:ある|もある)"
                                 + COUNTRY_PREFIX_RX + r"$")
#: 「…が共同出資する」 right before a name: those named before hold stakes in it
_JA_CO_OWNED = re.compile(r"^が(?:共同|折半|合同)?(?:で)?出資(?:する|している|した|し合う)" + COUNTRY_PREFIX_RX + r"[「『]?$")
#: 「…が展開する」「…が共同出資する」 after a name: it runs (or owns) what follows, and is no victim of an outage
_JA_RUNS_NEXT = re.compile(r"が(?:共同|折半|合同)?(?:出資|展開|運営|提供|開発)(?:する|している|した)|が(?:手がけ|手掛け)(?:る|ている|た)")
#: "Magnetar, the company's largest outside shareholder": a holder of the company the article is about
_EN_HOLDER_OF_TOPIC = _rx(r",\s+(?:the company['’]s|its)\s+(?:largest|biggest|main|second-largest|top)?\s*"
                          r"(?:outside\s+|existing\s+|early\s+)?(?:shareholder|investor|backer)\b")
#: who backs whom, said in passing: "Nvidia-backed CoreWeave", "OpenAI, which is backed by Microsoft,"
_BACKED_BY = _rx(r"^,\s+(?:(?:a|an|the)\s+[^,;]{0,60}?|(?:which|who)\s+(?:is|are|was|were|has been)\s+"
                 r"(?:also\s+|already\s+)?)(?:backed|funded)\s+by\s+$")
_X_BACKED = _rx(r"^-backed\s+(?:[\w\-]+\s+){0,3}$")
#: between "Y" and "X": "OpenAI backer Microsoft"
_BACKER_NAMED = _rx(r"\s+(?:(?:largest|biggest|main|major|top|early|key)\s+)?(?:backer|investor|shareholder)\s+")
#: the same two, as words to take out of the sentence's cues
_BACKER_ASIDE = _rx(r",\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}['’]s\s+(?:[\w\-]+\s+){0,2}?(?:backer|investor|shareholder),|"
                    r"(?<=\w)\s+(?:(?:largest|biggest|main|major|top|early|key)\s+)?backer\s+(?=[A-Z])|"
                    r"\b[A-Z][\w.]*-(?:co-)?led\s+(?:[\w\-]+\s+){0,2}?round\b")
#: "SoftBank-led funding round"
_X_LED_ROUND = _rx(r"-(?:co-)?led\s+(?:(?:US)?[$€£][\d.,]+\s*(?:billion|million|bn|m)\s+)?(?:[\w\-]+\s+){0,2}?"
                   r"(?:(?:funding|financing|investment|equity|fundraising)\s+|Series\s+[A-H]\s+)?round\b")
#: "X-backed": a backer named in passing, no cue of the sentence
_X_BACKED_WORD = re.compile(r"\b[\w.]+-backed\b")
#: "Nvidia and AMD came in as strategic investors": investors of a round the sentence does not name
_JOINED_AS_INVESTORS = _rx(r"\b(?:came in|joined|signed on|took part|participated)\s+as\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}"
                           r"(?:investors?|backers?|shareholders?)\b|\binvested\s*,\s+as did\b|\bcame back for more\b|"
                           r"\b(?:also\s+)?(?:participated|took part|joined|chipped in|put in money)(?:\s+in\s+(?:the|that)\s+"
                           r"(?:round|raise|financing))?\s*[.,;]|"
                           r"\b(?:are|were|is)\s+(?:also\s+)?(?:investors|backers|shareholders)\b|"
                           r"\b(?:took|take)\s+part\s+in\s+(?:that|the)\s+round\b|"
                           # "Joining them are Burda Principal Investments, …; SAP": more investors in the round just told
                           r"^\s*Joining\s+(?:them|it|the\s+round|the\s+leads)\s+(?:are|were|is|was)\b")
#: words that say a round had more investors than those named
_ROUND_OF_MANY = _rx(r"\b(?:co-)?led by\b|\bfrom\s+(?:[\w\-]+\s+){0,3}?(?:investors|backers)\s*,?\s+(?:including|such as|like)\b|\bamong the (?:participants|investors|backers)\b|\bparticipat|主導|など")
#: 「ほかの7社が10億円ずつ」: the share of each investor not named
_JA_REST_EACH = re.compile(r"(?:ほかの|他の|残りの|残る)[0-9０-９一二三四五六七八九十]+社(?:は|が)")
#: the round the sentence before reported
_SAME_ROUND = _rx(r"同ラウンド|そのラウンド|\b(?:the same|that|the) round\b")
#: 「XとYが主導したラウンド」: the names before it led (or took part in) a funding round
_JA_LED_ROUND = re.compile(r"が(?:共同で)?(?:主導|リード|引き受け|参加)(?:した|する|している)[^。、]{0,12}(?:ラウンド|増資|調達|シリーズ)")
#: 「米IVPが主導したシリーズBで」「エヌビディアが出資する新興企業」: the subject of a relative clause, no topic
_JA_RELATIVE_SUBJECT = re.compile(r"が(?:共同で)?(?:主導|リード|出資|展開|運営|提供|開発|手がけ|手掛け|率い)"
                                  r"(?:する|した|している|る|た)(?=[^。、と\s])")
#: 「…などが出資しています」: investors whose investee the sentence leaves out
#: 「(鴻海精密工業)と中国信託金融控股(CTBC)が共同で設立したファンド「…」」: who set up the fund named next
_JA_SET_UP_FUND = re.compile(r"(?:と[^。、「」]{1,30}?)?が(?:共同で)?(?:設立|組成|運営|立ち上げ)(?:した|する|している)"
                             r"(?:投資)?(?:ファンド|会社|組合|ビークル)")
_JA_INVESTED_ELIDED = re.compile(r"(?:など|も|ら)?(?:が|も)(?:引き続き|新たに|追加で|あわせて)?(?:出資|参加|資金を(?:出|拠出))(?:した|している|しています|しました|する|し、|し|(?=。|$))|"
                                 # a timeline of rounds: 「AとBが共同リード」「ThriveのリードにAccelが続き」
                                 r"(?:が|も)(?:共同)?リード|リードに[^。]{0,40}が続|(?:が|も)出資に(?:加わ|参加)|"
                                 # 「米マイクロソフトと米エヌビディアも出資を協議しており」: talks to join
                                 r"(?:が|も)(?:出資|参加)を(?:協議|検討|交渉|調整)|"
                                 + _JA_ALSO_LISTED + r"|"
                                 r"(?:社|など)(?:が|も)、?[^。]{0,30}?(?:株式|株)を引き受け|"
                                 r"(?:調達|増資|ラウンド)に(?:も)?参加(?:した|している|しています|しました|する)")
#: "X counts Y among its shareholders"
#: a description of the party just named: ", the start-up founded by former OpenAI executives,"
_DESCRIPTION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,6}(?:founded|started|created|led|run|spun off)\s+"
                          r"(?:by|from)\s+(?:former\s+|ex-)?(?:[\w\-]+\s+){0,2}|"
                          r"(?:[\"”’]?\))?(?:\s?\([^()\n]{1,40}\))?,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}(?:arm|unit|division|"
                          r"subsidiary|affiliate)\s+of\s+(?:the\s+)?|"
                          r",\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,5}(?:owned|controlled)\s+by\s+(?:[\w\-]+['’]s\s+)?")
#: a description going on from one name to the next: "… of Lidl owner Schwarz Group", "… of Lidl's parent X"
_DESCRIBED_ON = re.compile(r"(?:['’]s)?\s+(?:owner|parent|parent company|unit|arm|maker|operator)\s+")
#: a sale: who sells is not investing in the buyer
#: a character of a sale's clause: not past a full stop, nor past a comma that opens a side clause (", as …")
_IN_SALE_CLAUSE = r"(?:[^.;,]|(?<=\d)[.,](?=\d)|,(?!\s+(?:as|while|when|after|because|since|which|who)\b))"
_SELLS = _rx(r"売却|譲渡|\bsell(?:s|ing)?\b" + _IN_SALE_CLAUSE + r"{0,100}\bto\b|\bsold\b" + _IN_SALE_CLAUSE
             + r"{0,100}\bto\b")
#: "agreed to sell a 49 percent stake in the joint venture that owns Fab 34 … to Apollo Global Management"
_STAKE_SALE = _rx(r"\b(?:sell|sells|selling|sold)\s+(?:a|an|its|their|the|part\s+of\s+(?:a|its|the))\s+"
                  r"(?:[\w\-%.]+\s+){0,4}?stake\b(?P<what>" + _IN_SALE_CLAUSE + r"{0,100}?)\bto\s+")
#: a spending plan
_JA_PLAN = re.compile(r"投じる(?:計画|方針|構想)|投資する(?:計画|方針|構想)|を投じ[^。]{0,20}(?:整備|建設)")
#: a release's section on one company: 「5．ルネサス エレクトロニクスについて」, "About Tempus"
_ABOUT_HEADING = re.compile(r"^\s*(?:[0-9０-９]+[.．、)）]\s*)?(?:[^。.\n]{1,40}について|About\s+[^\n]{1,60}?|【[^】\n]{1,40}について】)\s*$")
#: 「2．本SoCの概要」: another numbered section
_NUMBERED_HEADING = re.compile(r"^\s*[0-9０-９]+[.．、)）](?![0-9０-９])\s*[^。.\n]{1,40}$")
#: a heading line: 「■アマゾン：金額では最大の出資者」, 「【国内】」, "## Timeline"
_HEADING = re.compile(r"^\s*(?:[■□◆◇●▼#][^。.!?]{0,60}$|【[^】]{0,40}】\s*$|\*\*[^*]{0,60}\*\*\s*$)")
_HOLDS_OF = _rx(r"\b(?:holds?|held|owns?|owned|stake of|holding of)\b" + _IN_CLAUSE + r"{0,30}%\s+(?:stake\s+)?of\b|"
                r"%\s+of\b" + _IN_CLAUSE + r"{0,30}\b(?:shares|stock|equity)")
#: a sentence whose subject is "It" followed by a verb of a deal
_IT_SUBJECT = re.compile(r"\s*(?:(?:In|On|By|Last|Earlier|Later)\s+[\w\s.]{1,20}?,?\s+|(?:Rather than|Instead of|Unlike|"
                         r"After|Before|Since|Besides|Beyond)\s+[^,.;]{1,50}?,\s+|"
                         # "Founded by Klaba in Roubaix in 1999, it is … and competes with"
                         r"(?:Founded|Based|Headquartered|Started|Created|Backed|Owned)\s+[^,.;]{1,60}?,\s+)?"
                         r"(It|it)\s+(?:also\s+|has\s+|had\s+|will\s+|would\s+|then\s+)*(?:(?:is|was)\s+[^.;]{1,80}?\s+and\s+(?=competes))?(?:raised|signed|agreed|named|"
                         r"picked|chose|bought|acquired|invested|struck|said|announced|plans|expects|took|received|"
                         r"uses|runs|rents|pays|paid|committed|selected|backed|bought|acquired|invested|supplies|"
                         r"supplied|ships|shipped|sells|sold|provides|provided|competes|partnered|teamed)\b")
#: a clause that tells about something else than the deal before it
_EN_SIDE_CLAUSE = re.compile(r",\s+(?:when|while|whereas|although|though|who|where)\b|;\s")
_EMPTY_MATCH = re.compile("").match("")
#: "since it agreed to buy", "after it invested": a pronoun inside the sentence, before a verb of a deal
#: "… are among its cloud partners", "is one of its biggest investors"
_FROM_INVESTORS_INCLUDING = _rx(r"\bfrom\s+(?:a\s+group\s+of\s+|a\s+slate\s+of\s+)?(?:[\w\-]+\s+){0,3}?(?:investors|backers|"
                                r"firms|funds|shareholders|venture\s+capitalists)\s*,?\s+(?:including|such\s+as|like|"
                                r"among\s+them)\s+$")
#: a takeover approach: "had approached Intel about a takeover", "made an offer for Arm"
_APPROACHED = _rx(r"\b(?:approached|approaching|approach|courted|courting|pursued|pursuing|sounded\s+out)\s+"
                  r"(?=" + _IN_CLAUSE + r"{0,60}?\b(?:about|over|regarding|for)\s+(?:a|an|the|possible|potential)\s+"
                  r"(?:[\w\-]+\s+){0,2}?(?:takeover|acquisition|merger|purchase|deal|bid|sale)\b)")
#: money spread over companies the sentence does not name: "invested more than $125 million across a dozen AI
#: companies", 「国内のスタートアップ20社に出資」
#: "raised a further $433 million through a SAFE note, without naming the investors": no one's money we know
_INVESTORS_UNNAMED = _rx(r"\bwithout (?:naming|identifying|disclosing) (?:the |its |any )?(?:investors|backers)\b|"
                         r"\b(?:did|does) not (?:name|identify|disclose) (?:the |its |any )?(?:investors|backers)\b|"
                         r"\b(?:unnamed|undisclosed) (?:investors|backers)\b|投資家名は(?:明らかにしていない|非公表|公表していない)")
_UNNAMED_INVESTEES = _rx(r"\b(?:across|in|into|among)\s+(?:a\s+dozen|dozens\s+of|several|many|various|more\s+than\s+\d+|"
                         r"\d+|some|other)\s+(?:[\w\-]+\s+){0,2}?(?:companies|start-?ups|firms|businesses|ventures)\b|"
                         r"(?:スタートアップ|新興企業|企業|社)[0-9０-９一二三四五六七八九十数]+社(?:に|へ)")
_EN_SUPPLY_VERB = _rx(r"\bsuppl(?:y|ies|ied|ying)\s+(?!chain)|\b(?:buy(?:s|ing)?|bought|sourc(?:e|es|ed|ing)|order(?:s|ed)?)\b"
                     + _IN_CLAUSE + r"{0,40}\bfrom\b|\bprovid(?:e|es|ed|ing)\s+" + _IN_CLAUSE + r"{0,30}\bwith\b|\bsell(?:s|ing)?\b" + _IN_CLAUSE + r"{0,40}"
                     r"\bto\b|\bsold\b" + _IN_CLAUSE + r"{0,40}\bto\b|\bmakes?\s+" + _IN_CLAUSE + r"{0,60}\bfor\b|"
                     r"\b(?:ship(?:s|ped|ping)?|suppl(?:y|ies|ied|ying)|production of|deliver(?:s|ed|ing)?)\s+"
                     r"(?:[\w\-]+\s+){0,4}?for\s+(?=\S+['’]s?\s)")
_COMPETES_WITH_IT = _rx(r"\b(?:compet(?:es|e|ed|ing)\s+(?:directly\s+|head-on\s+)?with|rivals?)\s+(it|them)\b")
_NEGATED_BEFORE = _rx(r"(?:\bnot|n[’']t|\bnever|\bno\s+longer)\s+(?:(?:really|directly|yet|truly|even|much|a)\s+)*$")
#: money spent on things, not put into a company: "will invest $1.5 billion over the next decade in cloud services"
_EN_INVEST_IN_THINGS = re.compile(
    r"\b[Ii]nvest(?:s|ed|ing)?\s+(?:(?:about|around|roughly|more\s+than|up\s+to|some|nearly|another|an\s+additional)\s+)?"
    r"(?:(?:US)?[$€£¥][\d.,]+\s*(?:billion|million|trillion|bn|m)?\s+)?(?:over\s+(?:the\s+)?[\w\s]{0,25}?\s+)?"
    r"in\s+(?:(?:the|its|their|new|more)\s+)?(?!the\s+(?:company|firm|start-?up|group)\b)[a-z][\w\-]*")
_MADE_BY_BEFORE = _rx(r"\b(?:made|owned|run|operated|developed|published|built|created)\s+by\s+(?:[\w\-]+\s+){0,3}$|"
                      r"-owned\s+$")
_KNOCKS_OFFLINE = _rx(r"\bknock(?:s|ed|ing)?\s+" + _IN_CLAUSE + r"{0,60}?\boffline\b|\b(?:takes|took|brings|brought)\s+down\b")
_THE_OUTAGE = re.compile(r"\s*(?:The|That|This)\s+(?:(?:same|latest|global|massive|widespread)\s+)?(?:outage|disruption|"
                         r"failure|glitch)\s+(?:also\s+|further\s+)?(?:knocked|took|hit|affected|disrupted|brought|left|"
                         r"caused|halted|crippled|downed)\b")
#: the deal told before: "The acquisition puts …", "the purchase would be"
_INVESTMENT_KIND = re.compile(r"\binvestment\s+(?:firm|company|vehicle|arm|manager|group|house|bank|fund|boutique)s?\b", re.I)
_THE_DEAL_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:proposed|planned|pending|latest|whole)\s+)?$")
_NOUN_OF = _rx(r"\b(?:acquisition|purchase|takeover)s?\s+(?:of|by)\b")
#: a rival bidder is not what was bought: "agreed to buy Mellanox …, outbidding Intel Corp."
_OUTBID_BEFORE = _rx(r"\b(?:outbid(?:ding|s)?|beating(?:\s+out)?|edging\s+out|topping\s+(?:a\s+bid\s+from|an\s+offer\s+from))\s+$")
#: "Cognition … counts Founders Fund among its backers": the one who counts, right before the verb
_COUNTER_BEFORE = re.compile(_IN_CLAUSE + r"{0,80}?\b(?:counts|counted|lists|listed|numbers|includes)\s+(?!among\b)")
_ITS_NOUN = r"(?P<noun>partners|investors|backers|shareholders|owners|customers|clients|suppliers|rivals|competitors)"
_ITS_RELATION = re.compile(r"\b(?:(?:among|one of|two of)\s+(its|our)\s+(?:[\w\-]+\s+){0,2}?" + _ITS_NOUN + r"\b|"
                           r"((?<![\w,] )\b[Ii]ts|\b[Oo]ur)\s+(?:[\w\-]+\s+){0,2}?" + _ITS_NOUN.replace("noun", "noun2")
                           + r"\s+(?:include|included|are|were)\b)")
#: which relation "its partners" and the like state (customers: whose, the rule decides)
_ITS_RELATIONS = {"partners": "partners_with", "investors": "invests_in", "backers": "invests_in",
                  "shareholders": "invests_in", "owners": "invests_in", "suppliers": "supplies",
                  "rivals": "competes_with", "competitors": "competes_with"}
_IT_AFTER_CONJ = re.compile(r"\b(?:since|after|when|because|before|until|as|and|but)\s+(it)\s+"
                            r"(?:(?:also|has|had|will|would|then|first|later)\s+)*(?:agreed|bought|acquired|invested|"
                            r"signed|struck|paid|purchased|took)\b")
#: a company named by its kind: "the chipmaker", "the cloud provider", "the software maker"
_TYPED_COREF = re.compile(r"\b[Tt]he (?:(?P<chip>chipmaker|chip maker|chip designer|GPU maker|semiconductor company)|"
                          r"(?P<cloud>cloud provider|cloud company|neocloud|GPU cloud provider|cloud operator)|"
                          r"(?P<software>software maker|software company|software giant))\b")
_TYPED_SECTORS = {"chip": frozenset({"Semiconductors"}), "cloud": frozenset({"CloudComputing"}),
                  "software": frozenset({"Software"})}
#: "supplies computing power to": a cloud deal, not hardware
_SUPPLIES_COMPUTE = _rx(r"\bsuppl(?:y|ies|ied|ying)\s+(?:\w+\s+){0,2}(?:computing power|compute|computing capacity|"
                        r"cloud (?:capacity|services|computing))\b")
#: a deal that did not happen
_CALLED_OFF = _rx(r"\band lost\b|\blost out\b|\blost the (?:bid|bidding|auction)\b|\bcollapsed\b|\bfell apart\b|\bwas blocked\b|\bblocked by\b|\bterminated\b|まとまらな|破談|頓挫|決裂|合意に至らな|\bwalked away\b|\bcalled off\b|\babandon(?:ed|s)?\b|\bscrapp(?:ed|ing)\b|\bfell through\b|"
                  r"\bpulled out of\b|断念|白紙|撤回|見送|(?:買収|TOB|提案)(?:案)?に(?:反対|抵抗)|(?:買収|TOB)(?:提案)?を(?:拒否|拒ん|退け)")
#: a failure told of an earlier attempt, in a side clause: "…, reviving a deal that fell apart a year ago"
_RELATIVE_PAST = _rx(r"\b(?:reviving|revives|revive|after|following|months after|a year after)\s+(?:an?\s+|the\s+|its\s+)?"
                     r"(?:earlier\s+|previous\s+|prior\s+|similar\s+)?(?:deal|talks|bid|attempt|effort|approach)\s+"
                     r"(?:that|which)\s+[^,.;]{0,40}")
#: a purchase as a noun: "X's $32 billion purchase of", "its acquisition of"
_PURCHASE_OF = re.compile(r"(?:(\b(?:[Ii]ts|[Oo]ur)\s)|['’]s\s)(?:[$€£][\d.,]+\s+(?:billion|million|bn)\s+|[\w\-]+\s+){0,3}?"
                          r"(?:purchases?|acquisitions?|takeovers?|buyouts?)\s+of\s+(?:(?:the|a|an)\s+)?"
                          r"(?:[\w\-]+\s+){0,3}?")
#: "a run of acquisitions by Palo Alto Networks, including", "Cisco's string of purchases, such as"
_RUN_OF_PURCHASES = re.compile(r"(?:(?P<by>\b(?:acquisitions|purchases|takeovers|buyouts)\s+by\s+)[^.;]{2,60}?|['’]s\s+"
                               r"(?:[\w\-]+\s+){0,3}?(?:acquisitions|purchases|takeovers|buyouts)(?:\s+[\w\-]+){0,4}?)"
                               r"(?P<list>,\s+(?:including|such\s+as|among\s+them)\s+)")
_PURCHASE_IS = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:[\w\-]+\s+){0,3}?(?:purchase|acquisition|takeover|buy)\s+(?:(?:by far|yet|to date|"
                          r"ever|so far|of all)\s+)?(?:is|was|remains|has been)\s+(?:(?:the|its)\s+)?")
#: a Japanese subject or topic of a sentence: 「資金は」, 「サーバーが」 (not では, には, とは, もは)
_JA_SUBJECT = re.compile(r"(?<![でにとへもか])[はが](?![いあけ])")  # not 手がける
#: a sentence that opens with when it happened: 「9月30日には、」「昨年7月には」「今月は」
_JA_LEAD_ADVERBIAL = re.compile(r"^[^、。]{0,12}?(?:年|月|日|週|期|今回|今後|同日|当日)[^、。]{0,4}?(?:には|は|に)?、?")
#: another outage than the one before: "a separate failure", 「別の障害」
_SEPARATE = _rx(r"\bseparate\b|\banother\b|\bearlier\b|別の|別途")
#: who said so is no victim
_SAID_ON_BEFORE = _rx(r"\b(?:confirm(?:s|ed)?|sa(?:id|ys)|post(?:s|ed)|wr(?:ote|ites)|announc(?:es|ed))\s+(?:on|via)\s+$")
_SAID_AFTER = re.compile(r"\s+(?:later\s+|also\s+|has\s+|had\s+)?(?:said|says|told|estimated|estimates|reported|confirmed|noted|wrote)\b(?! (?:its|their|that its|it was|it had))"
                         # "NSW Health said some of its call centers could not take calls": the sayer was hit
                         r"(?!" + _IN_CLAUSE + r"{0,80}?\b(?:its|their)\s+(?:[\w\-]+\s+){0,3}?(?:services|lines|systems|network|"
                         r"hospitals|call cent(?:er|re)s|stores|sites?|apps?|flights|trains|terminals)\b"
                         r"|" + _IN_CLAUSE + r"{0,100}?\b(?:failure|outage)\b" + _IN_CLAUSE + r"{0,40}?\b(?:stopped|halted|disrupted|took down|"
                         r"knocked out|cut off|taken down|knocked offline)\b)|"
                         # 「ストーン氏はX（旧Twitter）で、…と説明し」: where it was said
                         r"(?:\s?[(（][^)）]{0,20}[)）])?(?:上)?で[、,]?[^。]{0,70}?と(?:説明|投稿|発表|明らかに|謝罪|述べ|コメント)")
#: how far (in characters) from the word for an outage its provider is named
_OUTAGE_REACH = 60
#: how far apart (in characters) a parent and what it owns may be named
_OWNED_GAP = 45


def _with_seen_aliases(facts: list[Fact], mentions: Sequence[Mention]) -> list[Fact]:
    """Give each party the aliases this article used for it, and only those."""
    seen: dict[str, set[str]] = {}
    for m in mentions:
        if m.source in ("gazetteer", "alias", "ner", "pattern"):
            seen.setdefault(m.entity.id, set()).add(" ".join(m.surface.split()))

    def local(entity: Entity) -> Entity:
        surfaces = sorted(seen.get(entity.id, set()) - {entity.name})
        return replace(entity, aliases=tuple(surfaces))

    return [replace(f, subject=local(f.subject), object=local(f.object)) for f in facts]


_DEAL_TERMS = _rx(r"契約額|契約総額|総額|金額|規模|投資額|出資額|買収額|取引額|取得価額|譲渡価額|額は|額が|企業価値として|"
                  r"\bworth\b|\bvalued?\b|\bvalues\b|\btotal\b|\bthe price\b|"
                  r"\b(?:the|a) (?:deal|contract|agreement|investment|acquisition|purchase|takeover|transaction)\b")


def duration_of(times: Sequence[TimeMatch]) -> str | None:
    return next((t.value for t in times if t.kind == "duration" and t.value), None)


def date_of(times: Sequence[TimeMatch]) -> str | None:
    return next((t.value for t in times if t.kind == "date" and t.value), None)


def _en_roles_around_cue(parties: Sequence[Party], local: str, cue: re.Pattern[str], offset: int) -> list[Party]:
    """In English, an unmarked party before the cue verb is its agent, after it its object
    (``offset``: where the sentence ``local`` starts in the article)."""
    match = cue.search(local)
    if match is None:
        return list(parties)
    # "a string of deals by Broadcom, which bought CA Technologies": the verb of the relative clause
    match = next((m for m in cue.finditer(local)
                  if re.search(r",\s+(?:which|who)\s+(?:(?:also|has|had|later|then|itself)\s+)*$|"
                               # "GIP, the infrastructure manager that BlackRock bought": the object's clause
                               r",\s+(?:(?:the|a|an)\s+(?:[\w\-]+\s+){0,4}?)?(?:that|which)\s+(?:[A-Z][\w&.\-]*\s+){1,4}"
                               r"(?:(?:also|has|had|later|then)\s+)*$", local[:m.start()])),
                 match)
    if re.search(r"(?:^|\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+)$", local[:match.start()]):
        # "The purchase would be Nvidia's biggest since it agreed to buy Mellanox": the noun opens the
        # sentence; the verb after it says who bought what
        match = next((m for m in cue.finditer(local, match.end()) if m.start() > match.end()), match)
    cue_at = offset + match.start()
    approach = _APPROACHED.search(local)
    if approach is not None and approach.start() < match.start():
        cue_at = offset + approach.start()  # "Qualcomm had approached Intel about a takeover": who approached whom
    # "…against Microsoft, which has invested $10 billion in OpenAI": the antecedent is the agent
    rel = None
    # "…, which", and "GIP, the infrastructure manager that BlackRock bought": a relative clause on the name before
    for m in re.finditer(r",\s+(?:(?:the|a|an)\s+(?:[\w\-]+\s+){0,4}?(?:that|which)|which|who)\b", local[:match.start()]):
        rel = offset + m.start()
    antecedent = None
    if rel is not None:
        antecedent = next((p for p in parties if 0 <= rel - p.mention.end <= 1 or (
            0 < rel - p.mention.end <= 24 and re.fullmatch(r"\s?\([^()]{1,20}\)", local[p.mention.end - offset:rel - offset]))), None)
        after = re.match(r",\s+(?:(?:the|a|an)\s+(?:[\w\-]+\s+){0,4}?)?(?:which|who|that)\s+", local[rel - offset:])
        agent = next((p for p in parties if after and p.mention.start == rel + after.end()), None)
        if antecedent is not None and agent is not None:
            # "VMware, which Broadcom acquired in 2023": the relative clause has its own subject
            # "YouTube, which Google bought in 2006, posted on Twitter": no one else is a party of the clause
            return [Party(p.mention, "agent" if p is agent else "object" if p is antecedent else "none", p.list_id)
                    for p in parties]
    out = []
    for p in parties:
        role = p.role
        if p is antecedent and antecedent.mention.end <= cue_at:
            role = "agent"  # "deals by Broadcom, which bought …": whatever preposition came before it
        elif role in ("agent", "object"):
            role = "agent" if p.mention.end <= cue_at else "object"
            if antecedent is not None and role == "agent" and p is not antecedent:
                role = "none"
        out.append(Party(p.mention, role, p.list_id))
    return out


#: ", the publisher of ", ", maker of the ", ", which owns "
_MAKER_OF = _rx(r",\s+(?:(?:the|its)\s+)?(?:[\w\-]+\s+){0,2}?(?:publisher|maker|developer|creator|owner|operator)\s+of\s+"
                r"(?:the\s+|popular\s+|hit\s+)*[\"“]?|,\s+which\s+(?:also\s+)?(?:owns|makes|runs|operates|publishes)\s+")
_ITEM_GAP = re.compile(r"[\"”]?(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?[\"“]?")


def _maker_appositives(text: str, parties: Sequence[Party]) -> list[tuple[Party, Party]]:
    """(maker, made) for the names listed in an appositive after a name: "Activision Blizzard, the
    publisher of Call of Duty, World of Warcraft and Candy Crush," """
    out: list[tuple[Party, Party]] = []
    for i, p in enumerate(parties):
        m = _MAKER_OF.match(text, p.mention.end)
        if m is None:
            continue
        at = m.end()
        for q in parties[i + 1:]:
            if q.mention.start != at or q.mention.source == "coref":
                break  # "Amazon Web Services, which makes us … the first carrier": no product of its
            out.append((p, q))
            gap = _ITEM_GAP.match(text, q.mention.end)
            if gap is None:
                break
            at = gap.end()
    return out


def _reporter(text: str, m: Mention, lang: str, floor: int = 0) -> bool:
    """Whether ``m`` names who reports the news rather than a party of it (``floor``: where its sentence starts)."""
    if _CITED_BEFORE.search(text[max(floor, m.start - 30):m.start]) or _CITED_AFTER.match(text, m.end) or (
            lang == "ja" and _JA_PAPER_BEFORE.search(text, max(floor, m.start - 6), m.start)):
        return True  # "according to the Financial Times", 「関係者によると」: a source, not a party
    if lang == "ja":
        employer = bool(_JA_PERSON_OF.match(text, m.end)) \
            and not _JA_CLAUSE_BEFORE.search(text, max(floor, m.start - 6), m.start)
    else:  # "Microsoft CEO Satya Nadella said" keeps Microsoft: only a former employer or a founder's company
        employer = bool(_EN_PERSON_OF.match(text, m.end)) and bool(
            _EN_FORMER_BEFORE.search(text, max(floor, m.start - 8), m.start) or _EN_FOUNDER.match(text, m.end))
    if employer:
        return True  # 「元GitHub CEOのナット・フリードマン氏」, "Amazon founder Jeff Bezos": a person's employer
    line_start = text.rfind("\n", 0, m.start) + 1
    # 「[ニューヨーク 18日 ロイター]」, "(Reuters) -": who reports it
    return bool(_DATELINE_BEFORE.fullmatch(text[line_start:m.start]) and _DATELINE_AFTER.match(text, m.end))


#: 「アサヒGHDがランサムウェア攻撃を受け」, "Acme was hit by a ransomware attack": a company whose own systems failed
_ATTACKED = _rx(r"(?:が|は)[^。、]{0,12}?(?:ランサムウ[ェエ]ア|サイバー)(?:による)?(?:攻撃を受け|の被害に遭|に感染)|"
                r"(?:が|は)[^。、]{0,6}?ランサムウ[ェエ]アに感染|"
                r"の(?:システム)?(?:停止|障害|ダウン)(?:で|により|によって|を受け|の影響)|"
                r"\s+(?:was|were|has been|had been)\s+(?:hit|struck|crippled)\s+by\s+(?:a\s+)?(?:ransomware|cyber)")
_HYPHEN_OWNED = re.compile(r"-(?:owned|controlled)\s+")
#: "a cyberattack on CDK Global", "the ransomware attack on Change Healthcare": whose systems went down
_ATTACK_ON = _rx(r"\b(?:cyber-?\s?attack|(?:ransomware|cyber)\s+attack|ransomware)\s+(?:on|against|at)\s+"
                 r"(?:(?:the\s+)?[\w\-]+\s+){0,2}?$")
#: 「…に対抗する」: the names before are rivals of the subject
_JA_AGAINST = re.compile(r"(?:に|へ)(?:対抗|挑|勝)")
#: 「…からDellに供給され」, and 「Dellが組み上げたサーバをGMOが」: the next link of a supply chain
_JA_DELIVERED_TO = re.compile(r"(?:に|へ)(?:[^。、]{0,8}?)(?:供給|納入|出荷|納品)(?:され|し|する|した)")
_JA_BUILT_FOR = re.compile(r"が(?:組み上げ|組み立て|製造|構築|納入|納品)(?:た|る)[^。、]{0,12}?を")
#: "investors also participating in the round include": the names after are investors
_INVESTORS_INCLUDE = _rx(r"\b(?:investors|backers|participants)\b" + _IN_CLAUSE + r"{0,60}?\binclude[sd]?\s+")
#: 「…と組み、」: the names before are partners of the subject
_JA_TEAMS_UP = re.compile(r"(?:など)?と(?:組み|組んで|手を組|提携し|協力し|共同で)")
#: a verb that makes what comes before it a relative clause of the next name
_JA_RELATIVE_VERB = re.compile(r"(?:運営|開発|提供|展開|製造|販売|傘下に持)(?:する|している|した|つ)(?![。、,])|(?:手が|手掛)け(?:る|ている|た)(?![。、,])")


def _ja_role(text: str, m: Mention) -> str:
    if m.source == "coref":
        tail = text[m.end:m.end + 4]
    else:
        skip = _SKIP_AFTER.match(text, m.end)
        tail = text[skip.end() if skip else m.end:][:4]
        counted = _JA_N_COMPANIES.match(text, skip.end() if skip else m.end)
        if counted is not None:  # 「米アップル、…、TSMCの4社が」: the list's count, then its particle
            tail = text[counted.end():counted.end() + 4]
    for particle in _JA_PARTICLES:
        if tail.startswith(particle):
            after = (skip.end() if m.source != "coref" and skip else m.end) + len(particle)
            if particle == "を" and _JA_RELATIVE_VERB.match(text, after):
                return "rel"  # 「「Ponta」を運営する株式会社ロイヤリティ マーケティング」: what the next name runs
            return {
                "は": "agent", "が": "agent", "も": "agent", "では": "agent", "とは": "with", "とも": "with",
                "に": "target", "へ": "target", "には": "target", "への": "target", "に対し": "target",
                "に対して": "target", "に対する": "target",
                "と": "with", "との": "with", "を": "object", "の": "gen", "から": "source",
                "に加えて": "co", "に加え": "co", "のほか": "co", "とともに": "co", "と共に": "co",
                "や": "list", "、": "list", "・": "list", "で": "none", "といった": "list",
            }[particle]
    return "none"


#: a cloud running someone's work: "runs most of the start-up's workloads", "runs OpenAI's models on Azure"
_RUNS_WORKLOADS = _rx(r"\b(?:runs?|running|hosts?|hosting|powers?|powering)\s+(?:[\w\-]+\s+){0,5}?"
                      r"(?:(?P<ref>the (?:start-?up|company|firm|lab|developer|chatbot maker|ChatGPT maker|"
                      r"Claude maker))|\S+)['’]s\s+(?:[\w\-]+\s+){0,2}(?:workloads|models|model training|training|"
                      r"services|applications|apps)\b")
_TRAINS_ON = _rx(r"\b(?:(?:trains?|trained|training|runs?|ran|hosts?|hosted|serves?|served)\s+(?:its|their|all of its|most of its)\s+"
                 r"(?:[\w\-]+\s+){0,2}(?:models|workloads|services|applications|apps|chatbot|training|inference)\s+"
                 r"(?:[\w\-]+\s+){0,3}|whose\s+(?:[\w\-]+\s+){1,3}(?:runs?|is hosted|are hosted)\s+"
                 r"(?:largely\s+|mostly\s+|entirely\s+|primarily\s+)?)on\s+(?:the\s+)?")
#: 「Xのサービスは同社のクラウド上で動いており」
_JA_RUNS_ON = re.compile(r"(?:は|が)[^。]{0,15}?(?:[^。]{0,25}の)?クラウド(?:上|基盤上)?で(?:動|稼働|運用|提供)")
_WHICH_COMPETE = _rx(r",?\s+(?:which|who|that)\s+(?:also\s+|both\s+|directly\s+)?compete[sd]?\s+"
                     r"(?:head-on\s+|directly\s+)?with\s+")
#: ", which compete fiercely for …" after a pair: they compete with each other
_WHICH_COMPETE_EACH = _rx(r",\s+(?:which|who)\s+(?:also\s+)?compete\b(?!\s+(?:\w+\s+)?with\b)")
#: "… is Nvidia's main supplier of": the possessor buys from the subject
_IS_WHOSE = _rx(r"(?:,\s+[^,]{0,40},)?\s+(?:is|was|has become|became|remains|is now|is also)\s+(?:also\s+)?")
_GEN_SUPPLIER = _rx(r"(?:['’]s|(?<=s)['’])\s+(?:(?:main|largest|biggest|key|sole|only|primary|leading|top|chief|"
                    r"exclusive|preferred|major|second-largest)\s+){0,2}(?:[\w\-]+\s+)?(?:supplier|foundry|chipmaker|"
                    r"manufacturer|maker)\b")
#: "Microsoft's chief rival": the name before is its rival
_GEN_RIVAL = _rx(r"['’]s\s+(?:(?:chief|main|biggest|closest|fiercest|longtime|long-time|largest|nearest|top)\s+)?"
                 r"(?:arch-?)?(?:rival|competitor)\b")
#: an agreement of no other kind: "it signed a similar 10-year agreement with Sony Group"
_AGREEMENT_WITH = _rx(r"\b(?:signed|struck|reached|inked|agreed)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}"
                      r"(?:agreement|deal|pact|accord|partnership|memorandum of understanding|MOU)s?\s+with\b")
#: "ByteDance's U.S. investors, among them": the names after hold stakes in the possessor
_GEN_INVESTORS = _rx(r"['’]s\s+(?:[\w.\-]+\s+){0,2}(?:investors|backers|shareholders),?\s+(?:among them|including|such as|"
                     r"like|include|are)\s+")
#: a possessive before its funding round: "Mistral's previous round"
_GEN_ROUND = _rx(r"['’]s\s+(?:[\w\-€$.]+\s+){0,3}(?:round|raise|funding|Series [A-H])\b")
#: a possessive before the word for who holds its shares
_GEN_HOLDER = _rx(r"['’]s\s+(?:(?:largest|biggest|single largest|second-largest|main|top|lead|leading|major|"
                  r"outside|existing|early|new|strategic)\s+){0,2}(?:shareholder|investor|backer|stakeholder)s?\b")


_POSSESSIVE_GAP = re.compile(r"(?:,?\s+(?:Inc|Corp|Co|Ltd|Group Holding Ltd|Holdings)\.?)?(?:['’]s|(?<=s)['’])\s+")


_TEAMED_WITH = _rx(r"\b(?:teamed|teams|team|teaming) up with\s+(?:[\w\-]+\s+){0,3}$|\b(?:partnered|partnering|joined "
                   r"forces) with\s+(?:[\w\-]+\s+){0,3}$|\b(?:joint venture|JV) with\s+(?:[\w\-]+\s+){0,3}$")
_JA_PROVIDES_IT = re.compile(r"(?:[(（][^()（）]{0,20}[)）])?[」』](?:を|も)(?:(?:提供|運営|開発|展開)(?:する|した|している|"
                             r"しています|しており|します|しました|し)|(?:手が|手掛)け(?:る|た|ている|ており|ています))"
                             r"(?=[。、]|$)")  # not 「「ニコニコ」を運営するドワンゴ」: whose it is, the name after says
_JA_ON_CLOUD = re.compile(r"[」』]?(?:上|基盤上|の上)で(?:動|稼働|運用|構築)")
_JA_INVESTS_IN_NEXT = re.compile(r"が[^。、「」]{0,12}?出資(?:する|している|した)[^。、「」]{0,12}?(?:である|の)?"
                                 + COUNTRY_PREFIX_RX)
#: "with Nvidia providing its GH200 Grace Hopper Superchips": a product provided is supplied
_PROVIDES_GOODS = _rx(r"\bprovid(?:e|es|ed|ing)\s+(?:its|the|their)\s+")
#: "which Microsoft backed", "which Nvidia has invested in": who the name before is backed by
_BACKED_AFTER = _rx(r"\s+(?:also\s+)?(?:has\s+|had\s+)?(?:backed|backs|funded|funds|bankrolled|invested\s+in|invests\s+in)\b")
#: "a 49% stake in a new fuel-retailing joint venture with": a share of a venture with the one named next
_STAKE_IN_VENTURE_WITH = _rx(r"\bstake\s+in\s+(?:a|an|the)\s+(?:new\s+)?(?:[\w\-]+\s+){0,3}(?:joint venture|JV)\s+with\s+")
#: "the Nebius group includes", "Nebius's group of companies includes": the companies a group is made of
_GROUP_INCLUDES = _rx(r"(?:['’]s)?\s+group(?:\s+of\s+companies)?\s+(?:also\s+)?(?:includes?|comprises?|is made up of)\b:?\s+")
#: where an item of a list begins: the list's start, or after "," / ";" / "and"
_ITEM_START = re.compile(r"(?:^|[,;:]|\band|\bincludes?|\bcomprises?|\bof)\s*$")
#: 「その最初の顧客として」, 「同サービスの初の顧客は」: the customer of what was just told
_JA_ITS_CUSTOMER = re.compile(r"(?:その|同サービスの|同社の)(?:最初の|初の|第1号の|第一号の)(?:顧客|導入企業|利用企業)")
#: a sentence that opens on a rival: 「競合する米アンソロピックには」, 「ライバルの米AMDも」
#: the outage of the system just named: 「全銀システムの障害」, "Zengin System outage", "'s outage"
_OUTAGE_OF_NAME_JA = re.compile(r"(?:の|で)(?:大規模|システム|通信|接続)?(?:障害|トラブル|不具合|停止)")
_OUTAGE_OF_NAME_EN = re.compile(r"(?:['’]s)?\s+(?:(?:global|nationwide|major|massive|widespread)\s+)?"
                                r"(?:outage|failure|disruption)\b")
#: "our radio units come from", "the open RAN software that drives them comes from": who makes a company's gear
_COMES_FROM = re.compile(r"\b(?:([Oo]ur|[Ii]ts|[Tt]heir|the)\s+)(?:[\w\-]+\s+){0,4}?(?:units|radios|chips|servers|equipment|"
                         r"hardware|software|gear|components|processors|GPUs|memory|modems?|antennas|switches)\s+"
                         r"(?:(?:that|which)\s+[\w\-]+\s+(?:them|it)\s+)?comes?\s+from\s+")
#: "and we don't intend to compete with them": the one who speaks against the names listed before
_COMPETE_WITH_THEM = _rx(r"\b(?:we|it)\s+(?:(?:also|don't|do not|won't|will not|doesn't|does not|intend to|plan to|"
                         r"want to|will)\s+)*compete\s+(?:head-on\s+|directly\s+)?with\s+them\b")
#: "spun out of bitcoin miner": the company something was spun out of
_SPUN_OUT_OF = _rx(r"\b(?:spun|spin|spins|carved)\s+(?:out|off)\s+(?:of|from)\s+(?:[\w\-]+\s+){0,3}$")
#: an analyst's target for a share price
_PRICE_TARGET = _rx(r"\bprice targets?\b|目標株価")
#: 「ふくおかFG傘下の」「ソフトバンクグループの子会社である」: the owner before the name of its company
_JA_OWNER_BEFORE = re.compile(r"(?:の)?(?:傘下の|グループの|" + _JA_SUB + r"(?:である|の|、))" + COUNTRY_PREFIX_RX)
#: 「…ロームなどと競合しており」: a list of rivals of a subject left out
_JA_COMPETES_WITH_LIST = re.compile(r"(?:など|ら)?と(?:[^。、]{0,6})?(?:競合|競争|競い合|しのぎを削)")
_JA_RIVAL_OPENS = re.compile(r"\s*(?:[^。、「」]{0,8}、)?(?:競合する|競合の|ライバルの|競合相手の)" + COUNTRY_PREFIX_RX)
#: "Its crosstown rival Samsung", "Their main competitors, Nvidia and AMD,": the rivals of the one told about
_EN_RIVAL_OPENS = re.compile(r"\s*(?:\*\*[^*\n]{1,40}?\*\*:?\s*)?(?:(?:Its|Their)\s+(?:[\w\-]+\s+){0,2}(?:rivals?|competitors?)|"
                             r"Rivals|Competitors)(?:,\s+|\s+)")
#: a particle that makes the name before it the subject
_JA_SUBJECT_AFTER = re.compile(r"[」』]?(?:は|が)")


def _text_after(sent: Sentence, m: Mention) -> str:
    """The words of ``sent`` right after the mention ``m``."""
    return sent.text[m.end - sent.start:m.end - sent.start + 8]


#: 「」を正式に提供し始めた」 between a name and the next: the first is the object of a clause on the second
_JA_OBJECT_OF_NEXT = re.compile(r"(?:[(（][^()（）]{0,20}[)）])?[」』]を[^、。「」]{0,20}?(?:する|した|つ|ている|始めた|始める)"
                                + COUNTRY_PREFIX_RX)
#: 「JICキャピタルが80％、」: the share a holder has, right after its name
_JA_SHARE_AFTER = re.compile(r"が(?:約)?([0-9０-９]+(?:[.．][0-9０-９]+)?)\s?[%％](?:ずつ)?(?:、|を|,)?")
#: what the list of shares ends with: 「…を出資する会社です」, 「…を出資する合弁会社」
_JA_SHARES_OF = re.compile(r"(?:を)?(?:出資|保有)(?:する|している|した)(?:[^。、]{0,10}?(?:会社|企業|新会社|合弁会社)"
                           r"(?:で(?:す|ある)|だ)?)?")


def _shares(text: str, parties: Sequence[Party]) -> dict[int, float]:
    """The share each holder has, by ``id`` of its party: 「JICキャピタルが80％、DNPが15％」; 「AとBが50％ずつ」 gives
    both 50 (the list shares its last item's figure)."""
    out: dict[int, float] = {}
    for p in parties:
        m = _JA_SHARE_AFTER.match(text, _after_name(text, p.mention.end))
        if m is not None:
            for q in parties:
                if q is p or (q.list_id == p.list_id and q.mention.start < p.mention.start and id(q) not in out):
                    out[id(q)] = _number(m.group(1))
    return out
#: several companies setting up one venture together: "formed a $15 billion joint venture", 「合弁会社を設立」
_FORMS_VENTURE = _rx(r"\b(?:form|forms|formed|forming|set up|sets up|setting up|create|creates|created|launch|launched|"
                     r"establish|established)\b[^.;]{0,40}?\b(?:joint venture|JV|alliance|consortium)\b|"
                     r"合弁(?:会社)?を(?:設立|立ち上げ|つく|作)|共同出資会社を(?:設立|立ち上げ)|連合を(?:結成|組)")


def _en_role(text: str, sent: Sentence, m: Mention, possessor: Mention | None = None) -> str:
    # "from Laurene Powell Jobs' Emerson Collective": what is possessed stands where its possessor stands
    at = possessor.start if possessor is not None else m.start
    before = text[max(sent.start, at - 40):at]
    legal = _LEGAL_TAIL.match(text, m.end)  # "Huawei Technologies Co.'s Huawei Cloud"
    after = text[legal.end() if legal and text.startswith(("'s", "’s"), legal.end()) else m.end:][:3]
    # the preposition nearest the name: "in Nebius alongside Accel" is "alongside" for Accel
    prep = next((p for n in range(3) if (p := _EN_PREP_NEAREST[n].search(before))), None)
    if prep is not None and _EN_TIME_WORD.search(prep.group(0)):
        prep = None  # "On Tuesday the ChatGPT maker said": the preposition is the date's
    if after.startswith(("'s", "’s")) or text[m.end - 1] == "s" and after.startswith(("' ", "’ ")):
        # "making it Mistral's largest shareholder": whose shares are held; "Laurene Powell Jobs' Emerson Collective"
        if _GEN_HOLDER.match(text, m.end):
            return "target"
        # "which bought CA Technologies for $18.9 billion and Symantec's security business": another thing bought
        wide = text[max(sent.start, m.start - 90):m.start]
        if re.search(r"\band\s+$", wide) and _EN_BOUGHT_EARLIER.search(wide):
            return "object"
        return "gen"
    if prep and prep.group(1).lower() == "and" and _EN_BOUGHT_EARLIER.search(
            text[max(sent.start, m.start - 90):m.start]) and _EN_FOR_MONEY.match(text, m.end):
        return "object"  # "bought Tableau for $15.7bn in 2019 and MuleSoft for $6.5bn": another thing bought
    if prep:
        word = prep.group(1).lower()
        return {
            "in": "target", "into": "target", "to": "target", "with": "with", "from": "source", "by": "source",
            "of": "object", "for": "target", "between": "with", "and": "list", "at": "none", "on": "target",
            "including": "list", "like": "list", "as": "none",
            # "took part in the round alongside Accel": another investor, as the agent is
            "alongside": "co", "along with": "co", "together with": "co", "joined by": "co",
        }[word]
    if _EN_VERB_BEFORE.search(before):
        return "object"  # "It bought code-sharing platform GitHub for $7.5 billion": what the verb acts on
    return "agent" if m.start - sent.start < len(sent.text) / 2 else "object"


def _unknown_product(entity: Entity) -> bool:
    """A product of an English article that the gazetteer does not know ("its GreenLake cloud platform")."""
    return entity.kind == "Service" and not entity.known


def _unknown_products_owned(facts: list[Fact]) -> list[Fact]:
    """Such a product is known only as what its owner runs and what went down: it takes part in no deal."""
    return [f for f in facts if not (_unknown_product(f.subject) or (
        _unknown_product(f.object) and f.relation not in ("operates", "outage_affects")))]


def _possessor(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` owns what follows: "Tencent Holdings Ltd.'s Tencent Cloud"."""
    legal = _LEGAL_TAIL.match(text, end)
    return text.startswith(("'s ", "’s "), legal.end() if legal else end)


_LEGAL_TAIL = re.compile(EN_LEGAL_TAIL_RX)
_EN_TIME_WORD = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                           r"May|June|July|August|September|October|November|December|today|yesterday|\d{4})\s*$")
_EN_FOR_MONEY = re.compile(r"\s+for\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?(?:US)?[$€£]")
_EN_BOUGHT_EARLIER = re.compile(r"\b(?:bought|acquired|purchased|took over)\b(?:" + _IN_CLAUSE + r"|\.(?=\d))*$")
#: a transitive verb of the deal kinds shortly before a name, with no clause break between them
_EN_VERB_BEFORE = re.compile(
    r"\b(?:bought|buys?|buying|acquired|acquires?|acquiring|purchased|purchases?|purchasing|took over|backed|backs|"
    r"hired|picked|chose|selected|supplies|supplied|hosts|hosted|knocked|took down|disrupted)\b"
    r"(?:\s+(?:a|an|the|its|their|rival|[\w\-]+))?(?:\s+[\w\-]+){0,3}\s*$")


def _specificity(f: Fact) -> tuple[int, int, int, float]:
    return (
        int(f.amount is not None and f.amount.value is not None),
        len(f.date or ""),
        int(f.duration is not None),
        f.confidence,
    )


def _compatible(a: Fact, b: Fact) -> bool:
    if a.amount and b.amount and a.amount.value is not None and b.amount.value is not None:
        if a.amount.currency == b.amount.currency and a.amount.value != b.amount.value:
            return False
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    if a.duration and b.duration and a.duration != b.duration:
        return False
    return True


#: a deal said to be done
_DONE = _rx(r"\bsigned\b|\bcompleted\b|\bclosed\b|\bfinali[sz]ed\b(?! )|締結した|締結しました|結んだ|完了|正式に合意")


#: 「ベイン・キャピタルが率いる日米韓連合に売却」: the group a company leads is the buyer it leads
_JA_LED_GROUP_TO = re.compile(r"(?:が率いる|を中心とする|が主導する|が主導した|などの)[^。、にをが]{0,15}?"
                              r"(?:連合|陣営|コンソーシアム|企業連合|グループ|ファンド)に")
_JA_HOLDS_AS = re.compile(r"(?:が|も)(?:大|筆頭|主要|最大の)?株主(?:に名を連ね|として名を連ね|に入っ|になっ|となっ|である)")
_EN_SUBORDINATE = re.compile(r"\b(?:when|after|before|while|because|since|until|although|though|whereas)\s+"
                             r"(?:[\w\-.'’]+\s+){0,4}$")
_THIS_DEAL = re.compile(r"本(?:公開買付け?|公開買い付け|TOB|取引|件取引|買収|株式取得)")
_JA_EACH_OF_THEM = re.compile(r"(?:いずれも|いずれの(?:企業|会社|社)も|各社とも|[0-9０-９一二三四五六七八九]社とも)")
#: 「ペルミラに約53億ドルで買収されて」: the one named with に bought the subject
#: "was bought by", "agreed to be acquired by", ", acquired by", "was bought in 2022 by"
_EN_BOUGHT_BY = _rx(r"\b(?:(?:is|was|were|been|being|be|get|got)\s+(?:(?:formally|officially|finally|later)\s+)?|,\s+)"
                    r"(?:acquired|bought|purchased|taken\s+over|snapped\s+up)"
                    r"(?:\s+(?:in|last|earlier|this|for|on)\s+[^,.;]{1,30}?)?\s+by\s+")  # "was bought in 2022 by"
_ADOPTS = _rx(r"採用|搭載|導入|使っ|使う|使い|活用|\badopt(?:s|ed|ing)?\b|\bdeploy(?:s|ed|ing)?\b|\buses\b|\bused\b|\busing\b|"
              r"\bpowered by\b|\bbuilt (?:on|with)\b")
_JA_HELD_ROUND = re.compile(r"が(?:[^。、がをは]{0,15}?に)?(?:実施|実行|発表)(?:した|する)[^。、]{0,25}?(?:資金調達|ラウンド|増資|第三者割当)")
_JA_N_OF_THEM = re.compile(r"\s*(?:この|これら|同)?([2-9２-９二三四五六七八九])社(?=は|が|とも)")
#: the end of a Japanese list whose last item is no company the text names: 「…や、ジェフ・ベゾス氏も」
_JA_LIST_TAIL = re.compile(r"(?:や|、|と|・)、?[^。「」]{0,30}?(?:氏|ら|投資家|ファンド|各社|企業|銀行)(?:など|ら)?(?:も|が|は)")
#: chips made by a chipmaker for someone else
_MADE_OF = _rx(r"\b(?:chips?|processors?|CPUs?|GPUs?|accelerators?|wafers?|silicon|dies|engines?|modems?|SoCs?)\b|"
               r"GPU|CPU|チップ|半導体|プロセッサー|ウエハー")
_MADE_BY = _rx(r"\b(?:manufactured|made|fabbed|fabricated|produced|built|packaged)\s+(?:\w+\s+)?by\s+(?:the\s+)?$")
_JA_MADE = re.compile(r"(?:が|は)[^。、]{0,4}(?:製造|生産|受託生産)(?:して|する|した|を担|を請け負)")
_JA_MADE_FOR = re.compile(r"(?:が|は)?[^。]{0,12}の(?:[^。、]{0,10}の)?(?:製造|生産)(?:から[^。]{0,10}まで)?を(?:一手に)?(?:担|請け負|受託)")
#: a company that only says where a person works or worked
_JA_PERSON_OF = re.compile(r"(?:\s?[(（][^()（）\n]{0,30}[)）])?\s?(?:の)?(?:元|前)?(?:CEO|COO|CTO|CFO|社長|会長|副社長|創業者|"
                           r"共同創業者|創業メンバー|幹部|最高経営責任者|最高技術責任者|出身|元社員|研究者)(?:で|の|、)?"
                           r"[^。、「」]{0,15}?氏")
_EN_PERSON_OF = re.compile(r"['’]?s?\s+(?:co-?founder|founder|CEO|chief executive|president|chairman|executive)\s+"
                           r"[A-Z][a-z]+\s+[A-Z][a-z]+")
#: 「グーグルが2014年に買収した英ディープマインドの共同創業者…氏」: a company told about in its own right
_JA_CLAUSE_BEFORE = re.compile(r"(?:した|する|いる|された|される)(?:米|英|独|仏|中|韓|台|日)?$")
_EN_FOUNDER = re.compile(r"['’]?s?\s+(?:co-?founder|founder)\s")
_EN_FORMER_BEFORE = re.compile(r"\b(?:former|ex-)\s*$")
#: "our subsidiary X", "its wholly owned unit X"
_OUR_SUBSIDIARY = re.compile(r"\s+(?:(?:wholly[- ]owned|new|majority[- ]owned)\s+)?(?:subsidiary|unit|affiliate|division|arm)\s+")
#: "the startup, better known as SSI"
_KNOWN_AS = re.compile(r",?\s+(?:(?:better|also|now|formerly|widely|commonly)\s+)?known\s+as\s+")
#: money that is a whole round: "as part of a $2 billion round"
_WHOLE_ROUND = _rx(r"\s*(?:[\w\-]+\s+){0,2}?(?:round|raise|funding|Series [A-H])\b")
_PART_OF = _rx(r"\b(?:part of|in|joined|during)\s+(?:a|an|the|its|their)\s*$")
#: ", which put in $500 million on its own", ", which committed up to $30 billion of the total"
_OWN_SHARE = _rx(r"(?:\s+Inc\.?|\s+Corp\.?|\s+Ltd\.?)?,\s+(?:which|who)\s+(?:[\w\-]+\s+){0,2}?(?:put|puts|invested|committed|"
                 r"contributed|provided|pledged|added|wrote a check for|chipped in)\s+(?:up to\s+|about\s+|roughly\s+|"
                 r"nearly\s+|more than\s+|some\s+|in\s+)?(?:US)?[$€£¥]|"
                 # 「イメージ・フレーム・インベストメントから約657億円、ウォルマートから約166億円の出資を受ける」
                 r"[」』]?(?:社)?(?:から|が)(?:約|最大|計|総額)?[0-9０-９]")
#: "making the compute trays for Nvidia": what a hardware maker builds for a buyer
_MAKES_FOR = _rx(r"\b(?:mak(?:e|es|ing)|build(?:s|ing)?|manufactur(?:e|es|ing)|assembl(?:e|es|ing)|fab(?:s|bing)?)\s+"
                 r"(?:[\w\-]+\s+){0,5}?for\s+(?:the\s+)?$")
#: a takeover named by what was bought: "Mellanox acquisition it closed", "Mellanox deal"
_NAME_PURCHASE = _rx(r"\s+(?:acquisition|takeover|purchase|buyout)\b(?:\s+(it|that it|which it)\s+"
                     r"(?:closed|completed|announced|agreed|made|struck)\b)?")
#: 「JIPが率いる国内企業連合」: the leader of a buying group
_JA_LEADS_GROUP = re.compile(r"(?:が率いる|を中心とする|が主導する|が主導した)[^。、]{0,15}?(?:連合|陣営|コンソーシアム|グループ|ファンド)")
_JA_N_COMPANIES = re.compile(r"の(?:[0-9０-９]+|[一二三四五六七八九十]+|数)社(?=[はがもを])")
_JA_OUTSOURCE = re.compile(r"委託|発注|注文")
_JA_SHARE_TRANSFER = re.compile(r"(?:株式|株)[^。]{0,20}(?:譲渡|売却)|出資")
_JA_BOUGHT_BEFORE = re.compile(r"(?:買収|子会社化|完全子会社化)した[^、。「」はがを]{0,15}[「『]?$")
_JA_EACH_INTO_VENTURE = re.compile(r"(?:それぞれ|折半|双方が)[^。]{0,15}出資[^。]{0,10}合弁")
_JA_INVESTED_COMPANY_BEFORE = re.compile(r"(?:折半|共同|共同で)?出資(?:する|した|している|して設立した)"
                                         r"[^、。「」はがを]{0,25}?(?:会社|企業|合弁会社|新会社|合弁)(?:の|である)\s*$")
#: 「NTTによる約4兆2500億円のTOB」: the name before it makes the takeover
_JA_TAKEOVER_BY = re.compile(r"(?:による|が(?:実施|行)(?:した|う|っ[たて]))[^。、]{0,20}?(?:買収|TOB|株式公開買い付け|公開買い付け|子会社化)"
                             r"(?!話|計画|構想|提案|案)(?![^。]{0,12}(?:反対|拒否|阻止|断念|撤回|拒ん|退け))")
_JA_BOUGHT_BY = re.compile(r"(?:買収|子会社化|完全子会社化)(?:され|される)")
_JA_OWNER_OF_NEXT = re.compile(r"の?" + _JA_SUB + r"(?:である|の|、)")
#: 「日本郵政は傘下にAやBを抱え」: a list of what the topic owns
_JA_HOLDS_UNDER = re.compile(r"(?:など|といった)?を(?:傘下に)?(?:抱え|抱える|持つ|持ち|持って|擁し|擁する|置く|置き|置いて)")
#: 「SBGの孫正義会長兼社長は」: the company's head as the subject of a sentence
_JA_HEAD_OF = re.compile(r"の[^。、はがをに]{0,12}?(?:会長|社長|CEO|最高経営責任者|首脳|トップ|創業者|頭取)"
                         r"(?:兼[^。、はがをに]{0,10}?)?(?:氏)?は")
#: 「楽天グループにはA、B、Cなどの金融子会社がそろう」
_JA_LISTED_SUBS = re.compile(r"(?:など|といった)?(?:の[^。、「」]{0,8}?)?" + _JA_SUB + r"(?!化)(?:が|を|も|は|として)")
_AS_DO = _rx(r",\s+as\s+(?:do|does|did)\b")
_JA_THROUGH_UNIT = re.compile(r"を通じ(?:て)?")
_JA_UNIT_BEFORE = re.compile(r"(?:傘下|子会社)の" + COUNTRY_PREFIX_RX + r"$")
_THROUGH_ITS = _rx(r"\b(?:through|via)\s+(?:its|their)\s+(?:[\w\-]+\s+){0,2}$")
#: the end of whom a Japanese symmetric verb is with: 「…とも競合」, 「…と激しく競合して」, 「…と提携」
_JA_WITH_END = re.compile(r"[」』]?と(?:も|は)?(?:[^。、がをは]{0,6})?(?:競合|競争|競い|争|提携|協業|連携|組)")
#: 「…インプリアも完全子会社にしている」, 「…も約100億円で買収した」: what is bought, named with も
_JA_ALSO_BOUGHT = re.compile(r"も[^。、がをは]{0,14}?(?:完全子会社化|子会社化|完全子会社に|子会社に|買収)(?:し|する|した|して)")
#: 「株式売買システム「arrowhead」」: a system or service the sentence's subject runs, named in quotes
_JA_OWN_SYSTEM = re.compile(r"(?:システム|基盤|サービス)[「『]$")
_EN_COUNTS_AS_BACKER = _rx(r"\b(?:counts?|counted|counting|with)\s+(?P<names>[^.;]{2,120}?)\s+(?:as\s+(?:a|an|its|one\s+of\s+its|"
                           r"the)?\s*|among\s+(?:its|their)\s+)(?:(?:founding|early|largest|biggest|main|major|"
                           r"anchor|key)\s+)?(?:backers?|investors?|shareholders?)\b")
_EN_CHIPS_BOUGHT_BY = _rx(r"(?:\b(its|their)|['’]s?)\s+(?:[\w\-]+\s+){0,3}?(?:chips|GPUs|processors|accelerators|"
                          r"servers|systems|memory|semiconductors)\s+(?:are|were|is|was|have\s+been|has\s+been)\s+"
                          r"(?:\w+\s+)?(?:bought|used|purchased|deployed|snapped\s+up)\s+by\s+")
_JA_CUSTOMERS_ARE = re.compile(r"\s*(?:[^。、]{0,12}[、,]\s*)?(?:主な|主要な|主要)?(?:顧客|取引先|納入先|供給先)(?:に|として)?は[、,]?")
_JA_FOR_PRODUCT = re.compile(r"の[^。、をがは]{0,16}?向け")
_JA_YA_LIST = re.compile(r"^[」』]?(?:や|など)")
#: 「エラストマー事業をENEOSに売却」: a business, not a company the text names, sold to a buyer
_JA_UNIT_SOLD_TO = re.compile(r"(?:事業|部門|工場|拠点|ブランド)を(?P<buyer>[^。、をにが]{1,30}?)に(?:[^。、をにが]{1,14}で)?(?:売却|譲渡)")
_CONTRAST_CLAUSE = _rx(r",\s+(?:but|while|whereas|although|though|yet)\s|;\s")
_COMPETE_EACH_OTHER = _rx(r"\b(?:each other|one another)\b")
_COMPETES_WITH = _rx(r"\bcompetes?\s+(?:head-on\s+|directly\s+|fiercely\s+|hard\s+|at\s+home\s+|abroad\s+|globally\s+|"
                     r"mainly\s+|mostly\s+|increasingly\s+)?with\b|\b(?:goes|go|going|went)\s+up\s+against\b|"
                     r"\bin\s+(?:direct\s+|head-on\s+|head-to-head\s+|open\s+)?competition\s+(?:with|against)\b")
#: a side clause: ", which raised $900 million in a round led by Thrive Capital last month,"
_EN_RELATIVE = _rx(r",\s+(?:which|whose|who|where)\b[^,;]*(?:,|$)")
#: … and an apposition that goes on as one: ", the Paris startup that raised €385 million in a round led by …"
_EN_ASIDE = _rx(r",\s+(?:which|whose|who|where|(?:the|a|an)\s+(?:[\w\-]+\s+){0,4}?(?<!given\s)(?<!provided\s)(?<!so\s)"
                r"(?<!such\s)(?<!now\s)(?:that|which))\b[^,;]*(?:,|$)")  # (not ", a remarkable deal given that …")
_VENUE = re.compile(r"Stock Exchange|Stock Market|^Nasdaq|^NYSE|^Tokyo Stock|Exchange$|取引所")
_MARKETPLACE = _rx(r"\bmarketplaces?\b|マーケットプレイス")
#: a verb of backing with its investee as object: "it backed Ampere Computing" (not "backed by")
_BACKED_VERB = _rx(r"\b(?:backed|backs|funded|funds|financed|bankrolled)\s+(?!by\b)")
#: who receives filings or rules on them, never an outage's victim ("said in filings with the Securities and
#: Exchange Commission"); a ministry or a department whose services went down can be one
_WATCHDOG = _rx(r"\b(?:Commission|Committee|Regulator|Court|Tribunal)\b|委員会|裁判所")
#: words that name a regulator, a court or a ministry rather than a state investor
_REGULATOR_NAME = _rx(r"\b(?:Commission|Committee|Bureau|Agency|Administration|Regulator|Court|Tribunal|Ministry|"
                      r"Department|Office)\b|委員会|(?<!投資)庁|省$|裁判所|局$")


def _regulator(entity: Entity) -> bool:
    """A government body whose name says it regulates (SEC, CFIUS, 公正取引委員会), not a fund."""
    return "Government" in entity.sectors and bool(
        _REGULATOR_NAME.search(entity.name) or any(_REGULATOR_NAME.search(t) for _, t in entity.labels))


def _fact_key(f: Fact) -> tuple[str, str, str]:
    s, o = f.subject.id, f.object.id
    return (f.relation, *sorted((s, o))) if f.relation in SYMMETRIC else (f.relation, s, o)


#: the price line of a Japanese disclosure: 「（3）取得価額　ミズナラAIの普通株式　2,450百万円」
_PRICE_LINE = re.compile(r"^[^\n]{0,12}(?:取得価額|取得価格|譲受価額|買収価額|買付代金)[^\n]*", re.M)


def _price_from_terms_table(text: str, facts: list[Fact], who: Entity) -> list[Fact]:
    """A disclosure by the publisher (当社) on a purchase gives its price in a table far from the sentence
    that reports it; the purchase with no amount of its own takes the price line's first money."""
    bought = [i for i, f in enumerate(facts) if f.relation == "acquires" and f.subject.id == who.id
              and f.amount is None]
    found = next((m for line in (_PRICE_LINE.finditer(text) if len(bought) == 1 else ())
                  for m in [find_money(line.group())] if m), [])
    if not found or found[0].amount.value is None:
        return facts
    out = list(facts)
    out[bought[0]] = replace(out[bought[0]], amount=found[0].amount)
    return out


_PARENTHESES = re.compile(r"\([^()\n]*\)")


def _heads_of_items(text: str, sent: Sentence, parties: list[Party]) -> list[Party]:
    """In a list whose items are set off by semicolons ("A (Ipai), the campus bankrolled by the foundation of Lidl
    owner …; Bosch Ventures, the venture arm of Bosch; and Schwarz Group"), only the first name of each item: the
    rest describe it."""
    local = _PARENTHESES.sub(lambda m: " " * len(m.group()), sent.text)  # ('"Nebius"; NASDAQ: NBIS' is no list)
    if ";" not in local:
        return parties
    starts = [0, *(m.end() for m in re.finditer(r"[:;]\s*(?:and\s+)?", local))]
    out, seen = [], set()
    for p in parties:
        at = p.mention.start - sent.start
        item = max(i for i, s in enumerate(starts) if s <= at)
        if item not in seen and (item == 0 or re.fullmatch(r"\s*(?:[a-z][\w\-]*\s+){0,3}", local[starts[item]:at])):
            out.append(p)
            seen.add(item)
    return out


def _new_talks(talks: Fact, done: Fact, published: dt.date | None) -> bool:
    """「…も出資を協議しており」 (undated talks) beside 「2019年以降…投じてきた」: talks of a new deal, not the one
    done in a year before the article's."""
    return bool(talks.status and not done.status and done.date and not talks.date and not talks.amount
                and published is not None and done.date[:4] < str(published.year))


def merge_facts(facts: Iterable[Fact], weak_dates: Sequence[str | None] | None = None, *,
                published: dt.date | None = None) -> list[Fact]:
    """One fact per deal: mentions of the same (relation, parties) whose amount,
    date and duration agree are merged, keeping the most specific of each and
    the evidence of the most specific mention; conflicting ones stay separate
    deals. Repeated mentions raise the confidence a little.

    ``weak_dates`` (aligned with ``facts``) holds a date that an undated mention only borrows from the
    sentence before it: it dates the deal when no mention gives a date of its own, and it keeps two
    undated mentions apart when the dates they borrow disagree (a timeline of rounds, one per line).
    ``published``: the article's date; undated talks are no mention of a deal done in an earlier year."""
    facts = list(facts)
    weak = list(weak_dates) if weak_dates is not None else [None] * len(facts)

    def compatible(i: int, j: int) -> bool:
        a, b = facts[i], facts[j]
        if not _compatible(a, b) or _new_talks(a, b, published) or _new_talks(b, a, published):
            return False
        da, db = a.date or weak[i], b.date or weak[j]
        if da and db and (a.date is None or b.date is None):
            # a borrowed date keeps a bare mention ("A, B and C also joined") apart from another deal; a mention
            # that brings the deal's money borrowed its date from a sentence that may be about something else
            bare = any(f.date is None and f.amount is None for f in (a, b))
            return bool(da.startswith(db) or db.startswith(da) or not bare)
        return True

    groups: dict[tuple[str, str, str], list[list[int]]] = {}
    for i, f in enumerate(facts):
        clusters = groups.setdefault(_fact_key(f), [])
        for cluster in clusters:
            if all(compatible(i, j) for j in cluster):
                cluster.append(i)
                break
        else:
            clusters.append([i])
    out: list[Fact] = []
    for clusters in groups.values():
        # undated, amount-less mentions belong to the most specific deal
        plain = [c for c in clusters if all(_specificity(facts[i])[:3] == (0, 0, 0) and not weak[i] for i in c)]
        rich = [c for c in clusters if c not in plain]
        if rich and plain:
            best = max(rich, key=lambda c: max(_specificity(facts[i]) for i in c))
            kept = []
            for c in plain:
                if any(_new_talks(facts[i], facts[j], published) for i in c for j in best):
                    kept.append(c)
                else:
                    best.extend(c)
            clusters = rich + kept
        for indices in clusters:
            cluster = [facts[i] for i in indices]
            best_fact = max(cluster, key=_specificity)
            amount = next((f.amount for f in sorted(cluster, key=_specificity, reverse=True)
                           if f.amount and f.amount.value is not None), None) or next(
                (f.amount for f in cluster if f.amount), None)
            date = max((f.date for f in cluster if f.date), key=len, default=None) \
                or next((weak[i] for i in indices if weak[i]), None)
            duration = next((f.duration for f in cluster if f.duration), None)
            # talks reported once stay talks unless another mention says the deal was done
            talks = [f for f in cluster if f.status]
            status = talks[0].status if talks and not any(
                _DONE.search(f.evidence) for f in cluster if not f.status) else None
            confidence = min(0.99, max(f.confidence for f in cluster) + 0.02 * (len(cluster) - 1))
            out.append(replace(best_fact, amount=amount, date=date, duration=duration, status=status,
                               confidence=round(confidence, 3)))
    return out


def _number(digits: str) -> float:
    """「８０」 or 「51.5」 as a number.

    >>> _number("８０"), _number("51.5")
    (80.0, 51.5)
    """
    return float(unicodedata.normalize("NFKC", digits))
