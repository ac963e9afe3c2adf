/// The romanization table: words and phrases with their Revised Romanization, each worked out by hand from the
/// standard pronunciation (표준 발음법, the article named per group) and the romanization rules (로마자 표기법
/// 제3장 제1항). Examples marked "RR" are the romanization rules' own, "SP" the standard pronunciation's own,
/// "book" from the shipped Content/. Forms the rules cannot see (ㄴ-insertion, compounds) are not here: they are
/// the known limits of Documentation/Pronunciation.md, which ``KoreanRomanizerTests`` pins down separately.
enum KoreanRomanizationCases {
    /// Vowels and consonants without sound changes (RR 제2장, 제3장 제1항 examples).
    static let plain: [(String, String)] = [
        ("구미", "gumi"), ("영동", "yeongdong"), ("호법", "hobeop"), ("구리", "guri"), ("임실", "imsil"),
        ("칠곡", "chilgok"), ("옥천", "okcheon"), ("합덕", "hapdeok"), ("한밭", "hanbat"), ("월곶", "wolgot"),
        ("벚꽃", "beotkkot"), ("울산", "ulsan"), ("팔당", "paldang"), ("여자", "yeoja"), ("외교", "oegyo"),
        ("위원회", "wiwonhoe"), ("돼지", "dwaeji"), ("웨딩", "weding"), ("얘기", "yaegi"), ("예절", "yejeol"),
    ]

    /// ㅢ is always `ui`, even where it is pronounced ㅣ or ㅔ (RR 제2장 1 붙임 1).
    static let ui: [(String, String)] = [
        ("광희문", "gwanghuimun"), ("의사", "uisa"), ("희망", "huimang"), ("무늬", "munui"), ("주의", "juui"),
        ("띄어쓰기", "ttuieosseugi"), ("저희가", "jeohuiga"), ("최고의", "choegoui"),
    ]

    /// Finals before a consonant or at the end of a word: the seven final sounds (SP 9–11항).
    static let finals: [(String, String)] = [
        ("닦다", "dakda"), ("키읔", "kieuk"), ("옷", "ot"), ("웃다", "utda"), ("있다", "itda"), ("젖", "jeot"),
        ("빚다", "bitda"), ("꽃", "kkot"), ("솥", "sot"), ("뱉다", "baetda"), ("앞", "ap"), ("덮다", "deopda"),
        ("넋", "neok"), ("넋과", "neokgwa"), ("앉다", "anda"), ("여덟", "yeodeol"), ("넓다", "neolda"),
        ("외곬", "oegol"), ("핥다", "halda"), ("값", "gap"), ("없다", "eopda"), ("밟다", "bapda"), ("닭", "dak"),
        ("읽고", "ilgo"), ("맑다", "makda"), ("늙지", "neukji"), ("삶", "sam"), ("젊다", "jeomda"),
        ("읊고", "eupgo"), ("읊다", "eupda"), ("맑게", "malge"), ("묽고", "mulgo"), ("얽거나", "eolgeona"),
    ]

    /// Tensification is not written (RR 제3장 제1항 붙임): the consonant keeps its plain letter.
    static let tensification: [(String, String)] = [
        ("압구정", "apgujeong"), ("낙동강", "nakdonggang"), ("죽변", "jukbyeon"), ("낙성대", "nakseongdae"),
        ("합정", "hapjeong"), ("샛별", "saetbyeol"), ("날짜", "naljja"), ("끝까지", "kkeutkkaji"),
        ("약속하지", "yaksokaji"), ("쉽게", "swipge"),
    ]

    /// Liaison: a final before a vowel is said as the next initial; of a cluster, the second letter (SP 13–14항).
    static let liaison: [(String, String)] = [
        ("깎아", "kkakka"), ("옷이", "osi"), ("있어", "isseo"), ("낮이", "naji"), ("꽂아", "kkoja"),
        ("꽃을", "kkocheul"), ("쫓아", "jjocha"), ("밭에", "bate"), ("앞으로", "apeuro"), ("덮이다", "deopida"),
        ("넋이", "neoksi"), ("앉아", "anja"), ("닭을", "dalgeul"), ("젊어", "jeolmeo"), ("곬이", "golsi"),
        ("핥아", "halta"), ("읊어", "eulpeo"), ("값을", "gapseul"), ("없어", "eopseo"), ("백암", "baegam"),
        ("설악", "seorak"), ("확인", "hwagin"), ("필요", "piryo"), ("직원이", "jigwoni"),
        ("변함없이", "byeonhameopsi"),
    ]

    /// Palatalization: ㄷ ㅌ (ㄾ) before 이 (and 여, 이 + 어 run together) are ㅈ ㅊ; ㄷ + 히 (혀) is 치 (쳐)
    /// (SP 17항; RR 제3장 제1항 3).
    static let palatalization: [(String, String)] = [
        ("해돋이", "haedoji"), ("같이", "gachi"), ("굳히다", "guchida"), ("곧이듣다", "gojideutda"),
        ("굳이", "guji"), ("미닫이", "midaji"), ("땀받이", "ttambaji"), ("밭이", "bachi"),
        ("벼훑이", "byeohulchi"), ("닫히다", "dachida"), ("묻히다", "muchida"), ("닫힌 질문", "dachin jilmun"),
        ("같은", "gateun"), ("붙여", "buchyeo"), ("닫혀", "dachyeo"), ("붙여서", "buchyeoseo"),
    ]

    /// Aspiration: ㄱ ㄷ ㅂ ㅈ beside ㅎ make ㅋ ㅌ ㅍ ㅊ (SP 12항 1; RR 제3장 제1항 4).
    static let aspiration: [(String, String)] = [
        ("좋고", "joko"), ("놓다", "nota"), ("잡혀", "japyeo"), ("낳지", "nachi"), ("좋던", "joteon"),
        ("쌓지", "ssachi"), ("많고", "manko"), ("않던", "anteon"), ("닳지", "dalchi"), ("각하", "gaka"),
        ("먹히다", "meokida"), ("밝히다", "balkida"), ("좁히다", "jopida"),
        ("넓히다", "neolpida"), ("꽂히다", "kkochida"), ("앉히다", "anchida"), ("특히", "teuki"),
        ("기록해", "girokae"), ("격해진", "gyeokaejin"), ("침착하게", "chimchakage"), ("이렇게", "ireoke"),
        ("옳더라도", "olteorado"), ("밝히지 않고", "balkiji anko"),
        // A final ㅊ is said as ㄷ first, and makes ㅌ with ㅎ (SP 12항 붙임 2).
        ("꽃하고", "kkotago"), ("빛하고", "bitago"), ("몇호", "myeoto"), ("꽃향기", "kkotyanggi"),
    ]

    /// ㅎ dropped before a vowel; ㅎ + ㅅ is ㅆ; ㅎ + ㄴ is ㄴ (ㅀ + ㄴ: ㄹㄹ) (SP 12항 2–4).
    static let hDropping: [(String, String)] = [
        ("좋아요", "joayo"), ("낳은", "naeun"), ("놓아", "noa"), ("쌓이다", "ssaida"), ("많아", "mana"),
        ("않은", "aneun"), ("닳아", "dara"), ("싫어도", "sireodo"), ("좋은", "joeun"), ("닿소", "dasso"),
        ("놓는", "nonneun"), ("않네", "anne"), ("않는", "anneun"), ("뚫네", "ttulle"), ("뚫는", "ttulleun"),
        ("괜찮으시겠어요", "gwaenchaneusigesseoyo"),
    ]

    /// Nasalization: ㄱ ㄷ ㅂ (and what is said as them) before ㄴ ㅁ are ㅇ ㄴ ㅁ (SP 18항; RR 제3장 제1항 1).
    static let nasalization: [(String, String)] = [
        ("합니다", "hamnida"), ("감사합니다", "gamsahamnida"), ("백마", "baengma"), ("먹는", "meongneun"),
        ("국물", "gungmul"), ("깎는", "kkangneun"), ("키읔만", "kieungman"), ("몫몫이", "mongmoksi"),
        ("긁는", "geungneun"), ("흙만", "heungman"), ("닫는", "danneun"), ("짓는", "jinneun"),
        ("옷맵시", "onmaepsi"), ("있는", "inneun"), ("맞는", "manneun"), ("쫓는", "jjonneun"), ("붙는", "bunneun"),
        ("잡는", "jamneun"), ("밥물", "bammul"), ("앞마당", "ammadang"), ("밟는", "bamneun"), ("읊는", "eumneun"),
        ("없는", "eomneun"), ("고객님", "gogaengnim"), ("반갑습니다", "bangapseumnida"),
        ("알겠습니다", "algetseumnida"), ("씁니다", "sseumnida"),
    ]

    /// ㄹ after ㅁ ㅇ is ㄴ; after ㄱ ㄷ ㅂ it is ㄴ and the final becomes nasal (SP 19항; RR 제3장 제1항 1).
    static let rToN: [(String, String)] = [
        ("종로", "jongno"), ("왕십리", "wangsimni"), ("담력", "damnyeok"), ("침략", "chimnyak"),
        ("강릉", "gangneung"), ("항로", "hangno"), ("대통령", "daetongnyeong"), ("막론", "mangnon"),
        ("석류", "seongnyu"), ("협력", "hyeomnyeok"), ("법리", "beomni"), ("동료가", "dongnyoga"),
        ("종료할", "jongnyohal"),
    ]

    /// Lateralization: ㄴ and ㄹ side by side are ㄹㄹ, written `ll` (SP 20항; RR 제3장 제1항 1).
    static let lateralization: [(String, String)] = [
        ("연락", "yeollak"), ("신라", "silla"), ("별내", "byeollae"), ("난로", "nallo"), ("천리", "cheolli"),
        ("광한루", "gwanghallu"), ("대관령", "daegwallyeong"), ("칼날", "kallal"), ("물난리", "mullalli"),
        ("줄넘기", "julleomgi"), ("할는지", "halleunji"), ("닳는", "dalleun"), ("핥네", "halle"),
        ("설날", "seollal"), ("울릉", "ulleung"), ("몰라요", "mollayo"), ("빨리", "ppalli"),
    ]

    /// A hyphen between ㅇ and a following vowel, where `ng` would otherwise run into it (RR 제3장 제2항).
    static let hyphen: [(String, String)] = [
        ("중앙", "jung-ang"), ("영어", "yeong-eo"), ("경우", "gyeong-u"), ("동의", "dong-ui"),
        ("감정을", "gamjeong-eul"), ("내용은", "naeyong-eun"),
    ]

    /// Phrases of the shipped book, with their spaces, punctuation, digits, Latin letters and placeholders.
    static let book: [(String, String)] = [
        ("안녕하세요", "annyeonghaseyo"),
        ("고객님, 안녕하십니까!", "gogaengnim, annyeonghasimnikka!"),
        ("무엇을 도와드릴까요?", "mueoseul dowadeurilkkayo?"),
        ("잠시만 기다려 주십시오.", "jamsiman gidaryeo jusipsio."),
        ("네, 맞아요.", "ne, majayo."),
        ("네, 알겠어요. 이제 돼요.", "ne, algesseoyo. ije dwaeyo."),
        ("죄송합니다", "joesonghamnida"),
        ("고객님 마음 잘 압니다.", "gogaengnim maeum jal amnida."),
        ("네, 말씀하세요.", "ne, malsseumhaseyo."),
        ("규정이 그래서 안 돼요.", "gyujeong-i geuraeseo an dwaeyo."),
        ("고객 확인", "gogaek hwagin"),
        ("공감 표현", "gonggam pyohyeon"),
        ("마무리 인사", "mamuri insa"),
        ("만족도 해피콜", "manjokdo haepikol"),
        ("고장 접수", "gojang jeopsu"),
        ("감정이 격해진 고객", "gamjeong-i gyeokaejin gogaek"),
        ("경청과 질문", "gyeongcheonggwa jilmun"),
        ("긍정적으로 말하기", "geungjeongjeogeuro malhagi"),
        ("단계별로 안내하기", "dangyebyeollo annaehagi"),
        ("기기 재시작 안내", "gigi jaesijak annae"),
        ("대기 요청과 회신", "daegi yocheonggwa hoesin"),
        ("대기 후 다시 응대하기", "daegi hu dasi eungdaehagi"),
        ("고객의 불만이 계속될 때", "gogaegui bulmani gyesokdoel ttae"),
        ("고객이 동의할 때", "gogaegi dong-uihal ttae"),
        ("고객이 사과를 받아들일 때", "gogaegi sagwareul badadeuril ttae"),
        ("고객이 폭언을 할 때", "gogaegi pogeoneul hal ttae"),
        ("고객이 진정되었을 때", "gogaegi jinjeongdoeeosseul ttae"),
        ("고객이 책임자를 찾을 때", "gogaegi chaegimjareul chajeul ttae"),
        ("건강 잘 챙기십시오.", "geongang jal chaenggisipsio."),
        ("네, 이 번호로 연락 주세요.", "ne, i beonhoro yeollak juseyo."),
        ("네, 다 해결됐어요.", "ne, da haegyeoldwaesseoyo."),
        ("로고가 나왔어요. 손 뗐어요.", "rogoga nawasseoyo. son ttesseoyo."),
        ("네, 누르고 있어요.", "ne, nureugo isseoyo."),
        ("네, 계속 말씀해 주세요.", "ne, gyesok malsseumhae juseyo."),
        ("네, 그 두 가지예요.", "ne, geu du gajiyeyo."),
        ("네, 좀 기다리세요…", "ne, jom gidariseyo…"),
        ("가능한 한 해결해 볼게요.", "ganeunghan han haegyeolhae bolgeyo."),
        ("A/S 걱정 없으니 막 사세요.", "A/S geokjeong eopseuni mak saseyo."),
        ("2분 이상 걸리는 경우", "2bun isang geollineun gyeong-u"),
        ("(무응답)", "(mueungdap)"),
        ("400-000-0000", "400-000-0000"),
        ("{surname} 고객님 맞으십니까?", "{surname} gogaengnim majeusimnikka?"),
        ("XX사", "XXsa"),
        ("고객 응대 표준 문구집", "gogaek eungdae pyojun mungujip"),
        ("꼬마 손님, 안녕하세요!", "kkoma sonnim, annyeonghaseyo!"),
        ("남성 고객에게 씁니다.", "namseong gogaegege sseumnida."),
        ("기혼 여성에게 씁니다.", "gihon yeoseong-ege sseumnida."),
        ("동료가 전화했을 때 씁니다.", "dongnyoga jeonhwahaesseul ttae sseumnida."),
        ("그럼 일단 처리해 주세요.", "geureom ildan cheorihae juseyo."),
        ("이렇게 진행해도 괜찮으시겠어요?", "ireoke jinhaenghaedo gwaenchaneusigesseoyo?"),
        ("좋은 하루 보내세요, 감사합니다.", "joeun haru bonaeseyo, gamsahamnida."),
        (
            "간단한 조작으로 해결될 수도 있는데, 한번 같이 해 보시겠어요?",
            "gandanhan jojageuro haegyeoldoel sudo inneunde, hanbeon gachi hae bosigesseoyo?"
        ),
        ("거스름돈이 맞지 않는다는 말씀이십니까?", "geoseureumdoni matji anneundaneun malsseumisimnikka?"),
        ("바로 확인해 드리겠습니다.", "baro hwaginhae deurigetseumnida."),
        ("{company} 고객센터에 다시 연락 주셔서 감사합니다!", "{company} gogaeksenteoe dasi yeollak jusyeoseo gamsahamnida!"),
        ("고객님, 언어 순화 부탁드립니다.", "gogaengnim, eoneo sunhwa butakdeurimnida."),
        ("계속 이러시면 상담을 종료할 수밖에 없습니다.", "gyesok ireosimyeon sangdameul jongnyohal subakke eopseumnida."),
        (
            "오늘 문의 전화가 특히 많아 연결이 늦어졌습니다.",
            "oneul munui jeonhwaga teuki mana yeongyeori neujeojyeotseumnida."
        ),
        (
            "곧 담당 직원이 다시 전화드릴 예정입니다.",
            "got damdang jigwoni dasi jeonhwadeuril yejeong-imnida."
        ),
        ("지금 거신 번호로 연락드리면 될까요?", "jigeum geosin beonhoro yeollakdeurimyeon doelkkayo?"),
        ("저희가 언제나 도와드리겠습니다.", "jeohuiga eonjena dowadeurigetseumnida."),
        ("안녕히 계세요!", "annyeonghi gyeseyo!"),
        ("다른 필요하신 점이 있으면 언제든 연락 주십시오.", "dareun piryohasin jeomi isseumyeon eonjedeun yeollak jusipsio."),
        ("전화 주셔서 정말 감사합니다.", "jeonhwa jusyeoseo jeongmal gamsahamnida."),
        ("불편을 드려 깊이 사과드립니다.", "bulpyeoneul deuryeo gipi sagwadeurimnida."),
        (
            "말씀하신 내용은 그대로 기록해 두었습니다.",
            "malsseumhasin naeyong-eun geudaero girokae dueotseumnida."
        ),
        (
            "최대한 빨리 결과를 알려 드릴 테니 전화는 계속 받으실 수 있게 해 주세요.",
            "choedaehan ppalli gyeolgwareul allyeo deuril teni jeonhwaneun gyesok badeusil su itge hae juseyo."
        ),
        ("{surname} 고객님, 제 말씀이 잘 들리십니까?", "{surname} gogaengnim, je malsseumi jal deullisimnikka?"),
        ("고객 목소리가 작아 잘 들리지 않을 때", "gogaek moksoriga jaga jal deulliji aneul ttae"),
        ("흥분하지 마세요", "heungbunhaji maseyo"),
        ("충분히 이해합니다", "chungbunhi ihaehamnida"),
        ("같은 감정을 느꼈다고", "gateun gamjeong-eul neukkyeotdago"),
        ("무례한 말", "muryehan mal"),
        ("한발 물러섭니다", "hanbal mulleoseomnida"),
        ("억울한 일이 있어도 침착하게 대합니다.", "eogulhan iri isseodo chimchakage daehamnida."),
        ("맞서지 않고, 틀렸다고", "matseoji anko, teullyeotdago"),
        ("성의 없고", "seong-ui eopgo"),
    ]

    /// Every case.
    static var all: [(String, String)] {
        plain + ui + finals + tensification + liaison + palatalization + aspiration + hDropping + nasalization
            + rToN + lateralization + hyphen + book
    }
}
