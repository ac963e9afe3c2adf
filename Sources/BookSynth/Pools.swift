/// The word pools synthetic texts are built from. Entries are aligned across the languages, so a generated
/// Chinese text has a Korean and an English rendering that say the same thing, and the same Chinese always
/// gets the same renderings. Chinese uses only full-width punctuation and 您; Korean staff sentences all end
/// in polite speech (-습니다, -ㅂ니까, -세요, -시오, -요).
enum Pools {
    /// A greeting or softener before a staff sentence. Korean and English make it a sentence of its own.
    static let openers: [Triple] = [
        Triple("", "", ""),
        Triple("您好，", "안녕하세요.", "Hello."),
        Triple("您好↑，", "안녕하세요.", "Hello there."),
        Triple("非常抱歉，", "정말 죄송합니다.", "I'm very sorry."),
        Triple("好的，", "네, 알겠습니다.", "Certainly."),
        Triple("感谢您的耐心等待，", "기다려 주셔서 감사합니다.", "Thank you for waiting."),
        Triple("请您放心，", "안심하셔도 됩니다.", "Please don't worry."),
        Triple("不好意思，", "불편을 드려 죄송합니다.", "Sorry for the trouble."),
        Triple("明白了，", "잘 알겠습니다.", "I understand."),
    ]

    /// Who acts: Chinese, Korean with its subject particle, English.
    static let subjects: [Triple] = [
        Triple("我们", "저희가", "we"),
        Triple("我", "제가", "I"),
        Triple("工作人员", "담당 직원이", "our staff"),
        Triple("技术人员", "기술 담당자가", "a technician"),
        Triple("售后专员", "서비스 담당자가", "our after-sales team"),
        Triple("值班经理", "담당 매니저가", "the duty manager"),
    ]

    static let adverbs: [Triple] = [
        Triple("马上", "바로", "right away"),
        Triple("尽快", "최대한 빨리", "as soon as possible"),
        Triple("稍后", "잠시 후에", "shortly"),
        Triple("今天内", "오늘 안으로", "today"),
        Triple("随后", "곧이어", "next"),
        Triple("及时", "제때", "promptly"),
        Triple("再次", "다시 한번", "once more"),
        Triple("仔细", "꼼꼼히", "carefully"),
        Triple("立即", "즉시", "immediately"),
        Triple("明天上午", "내일 오전에", "tomorrow morning"),
        Triple("当面", "직접", "in person"),
    ]

    /// What staff will do; the Korean is the polite sentence end.
    static let verbs: [Triple] = [
        Triple("为您核实", "확인해 드리겠습니다", "check"),
        Triple("为您查询", "조회해 드리겠습니다", "look up"),
        Triple("为您处理", "처리해 드리겠습니다", "deal with"),
        Triple("为您登记", "접수해 드리겠습니다", "record"),
        Triple("帮您跟进", "끝까지 챙겨 드리겠습니다", "follow up on"),
        Triple("为您反馈", "담당 부서에 전달해 드리겠습니다", "pass on"),
        Triple("向您说明", "설명해 드리겠습니다", "explain"),
        Triple("为您更新", "수정해 드리겠습니다", "update"),
        Triple("为您核对", "대조해 드리겠습니다", "go over"),
        Triple("为您加急处理", "우선 처리해 드리겠습니다", "fast-track"),
    ]

    /// What the conversation is about. The Korean takes particles (see `Korean`).
    static let objects: [Triple] = [
        Triple("订单信息", "주문 정보", "your order details"),
        Triple("维修进度", "수리 진행 상황", "the repair progress"),
        Triple("退款申请", "환불 신청", "your refund request"),
        Triple("服务记录", "서비스 이력", "your service record"),
        Triple("预约时间", "예약 시간", "the appointment time"),
        Triple("故障原因", "고장 원인", "the cause of the fault"),
        Triple("账户信息", "계정 정보", "your account details"),
        Triple("发票信息", "영수증 정보", "the invoice details"),
        Triple("配送地址", "배송 주소", "the delivery address"),
        Triple("保修政策", "보증 정책", "the warranty terms"),
        Triple("配件库存", "부품 재고", "the spare parts stock"),
        Triple("处理结果", "처리 결과", "the outcome"),
        Triple("上门时间", "방문 시간", "the visit time"),
        Triple("产品型号", "제품 모델", "the product model"),
        Triple("费用明细", "요금 내역", "the itemised charges"),
        Triple("投诉内容", "불편 사항", "your complaint"),
        Triple("办理流程", "처리 절차", "the procedure"),
        Triple("所需材料", "필요 서류", "the documents needed"),
        Triple("会员积分", "멤버십 포인트", "your loyalty points"),
        Triple("套餐内容", "요금제 내용", "your plan"),
        Triple("安装进度", "설치 진행 상황", "the installation progress"),
        Triple("换货申请", "교환 신청", "your exchange request"),
        Triple("快递单号", "운송장 번호", "the tracking number"),
        Triple("开通状态", "개통 상태", "the activation status"),
    ]

    /// A closing courtesy after a staff sentence.
    static let tails: [Triple] = [
        Triple("", "", ""),
        Triple("，请您耐心等待", "잠시만 기다려 주세요.", "Please bear with us."),
        Triple("，请您放心", "걱정하지 않으셔도 됩니다.", "You can count on us."),
        Triple("，感谢您的理解", "양해해 주셔서 감사합니다.", "Thank you for understanding."),
        Triple("，给您添麻烦了", "번거롭게 해 드려 죄송합니다.", "Sorry for the inconvenience."),
        Triple("，请您稍候", "조금만 기다려 주십시오.", "One moment, please."),
        Triple("，谢谢您的配合", "협조해 주셔서 감사합니다.", "Thank you for your help."),
    ]

    /// Questions to the customer: Chinese verb, Korean polite question end, English verb after "Could you".
    static let questionVerbs: [Triple] = [
        Triple("方便提供", "알려 주시겠습니까", "give me"),
        Triple("可以确认一下", "확인해 주시겠습니까", "confirm"),
        Triple("可以核对一下", "확인해 주실 수 있습니까", "check"),
        Triple("方便告诉我", "말씀해 주시겠습니까", "tell me"),
        Triple("可以念一下", "불러 주시겠습니까", "read out"),
        Triple("可以描述一下", "설명해 주시겠습니까", "describe"),
    ]

    /// Warm farewells, said with an exclamation mark.
    static let wishes: [Triple] = [
        Triple("生活愉快", "즐거운 하루 보내세요", "Have a pleasant day"),
        Triple("工作顺利", "하시는 일 모두 잘되시길 바랍니다", "Good luck with your work"),
        Triple("一切顺利", "모든 일이 순조롭기를 바랍니다", "All the best"),
        Triple("周末愉快", "즐거운 주말 보내세요", "Have a nice weekend"),
        Triple("身体健康", "늘 건강하세요", "Stay well"),
        Triple("旅途平安", "편안한 여행 되세요", "Safe travels"),
        Triple("节日快乐", "즐거운 명절 보내세요", "Happy holidays"),
    ]

    static let thanks: [Triple] = [
        Triple("感谢您的来电，", "전화해 주셔서 감사합니다.", "Thank you for calling."),
        Triple("感谢您的支持，", "늘 성원해 주셔서 감사합니다.", "Thank you for your support."),
        Triple("欢迎您再次光临，", "다음에 또 찾아 주세요.", "Do come again."),
        Triple("很高兴为您服务，", "도움을 드릴 수 있어 기뻤습니다.", "It was a pleasure to help."),
        Triple("谢谢您的宝贵意见，", "소중한 의견 감사합니다.", "Thanks for your valuable feedback."),
    ]

    /// Kinds of situation, for titles: Chinese suffix, Korean suffix, English prefix.
    static let issues: [Triple] = [
        Triple("查询", "문의", "Question about"),
        Triple("变更", "변경", "Change to"),
        Triple("延误", "지연", "Delay in"),
        Triple("投诉", "항의", "Complaint about"),
        Triple("确认", "확인", "Confirming"),
        Triple("异常", "오류", "Problem with"),
        Triple("说明", "안내", "Explaining"),
        Triple("催办", "독촉", "Chasing"),
        Triple("争议", "이의 제기", "Dispute over"),
        Triple("回访", "사후 확인", "Follow-up on"),
        Triple("补办", "재발급", "Reissuing"),
        Triple("核对", "대조", "Checking"),
    ]

    /// Search keywords of a situation by its issue (in the order of `issues`): what staff would type for it.
    static let issueKeywords: [Triple] = [
        Triple("咨询，打听，问一下", "물어보기, 알아보기, 문의 전화", "enquiry, asking about, look up"),
        Triple("修改，更改，换一下", "바꾸기, 수정 요청, 정보 변경", "amend, update details, switch"),
        Triple("迟迟不到，拖延，还没好", "늦어짐, 지체, 아직 안 됨", "running late, still waiting, hold-up"),
        Triple("不满，告状，意见", "불만 제기, 클레임, 컴플레인", "grievance, escalation, unhappy"),
        Triple("核实，确定一下，再确认", "재확인, 맞는지 확인, 점검", "double-check, verify, make sure"),
        Triple("出错，故障，不正常", "문제 발생, 에러, 안 됨", "error, fault, not working"),
        Triple("讲解，介绍，怎么回事", "설명 요청, 알려 주기, 이유", "explanation, walk through, why"),
        Triple("催促，着急，快点", "재촉, 빨리 해 달라, 급함", "hurry up, urgent, chaser"),
        Triple("有异议，不认可，扯皮", "이의, 인정 못 함, 분쟁", "disagreement, contest, disputed"),
        Triple("回电，跟进，满意度", "해피콜, 사후 관리, 만족도", "callback, aftercare, satisfaction"),
        Triple("重新办，丢了，补发", "다시 발급, 분실, 재신청", "replacement, lost, reissue"),
        Triple("对账，比对，查一下", "맞춰 보기, 비교, 내역 확인", "reconcile, compare, cross-check"),
    ]

    /// Who or where, narrowing a situation's title.
    static let qualifiers: [Triple] = [
        Triple("", "", ""),
        Triple("（电话）", " (전화)", " (phone)"),
        Triple("（门店）", " (매장)", " (shop)"),
        Triple("（线上）", " (온라인)", " (online)"),
        Triple("（老年客户）", " (고령 고객)", " (older customer)"),
        Triple("（企业客户）", " (기업 고객)", " (business customer)"),
        Triple("（节假日）", " (휴일)", " (holiday)"),
        Triple("（夜间）", " (야간)", " (night)"),
        Triple("（首次来电）", " (첫 문의)", " (first contact)"),
        Triple("（重复来电）", " (재문의)", " (repeat contact)"),
        Triple("（紧急）", " (긴급)", " (urgent)"),
    ]

    /// What triggers a situation: Chinese with `%@` for the object, Korean after "<object>에 대해", English
    /// before the object.
    static let triggers: [Triple] = [
        Triple("来电询问%@", "문의할", "asks about"),
        Triple("要求修改%@", "변경을 요청할", "wants to change"),
        Triple("对%@表示不满", "불만을 표시할", "is unhappy with"),
        Triple("反映%@有误", "잘못되었다고 말할", "reports a mistake in"),
        Triple("多次催问%@", "여러 번 재촉할", "keeps chasing"),
        Triple("想了解%@", "알고 싶어 할", "wants to know about"),
    ]

    /// Advice on delivery, for notes and guidelines; Korean ends in -ㅂ니다.
    static let advice: [Triple] = [
        Triple("保持微笑，语调平和", "미소를 띠고 차분한 어조로 말합니다.", "Smile and keep your tone even."),
        Triple("语速放慢，吐字清楚", "천천히 또박또박 말합니다.", "Speak slowly and clearly."),
        Triple("先致歉再说明原因", "먼저 사과한 뒤 사유를 설명합니다.", "Apologise first, then explain why."),
        Triple("复述客户的要点", "고객이 말한 요점을 되짚어 확인합니다.", "Repeat back the customer's main points."),
        Triple("不要打断客户", "고객의 말을 끊지 않습니다.", "Don't interrupt the customer."),
        Triple("确认客户已经听清", "고객이 잘 들었는지 확인합니다.", "Make sure the customer heard you."),
        Triple("说明下一步怎么做", "다음에 무엇을 할지 안내합니다.", "Say what happens next."),
        Triple("给出明确的时间", "구체적인 시간을 알려 드립니다.", "Give a definite time."),
        Triple("记录在服务单上", "서비스 기록지에 남깁니다.", "Note it on the service ticket."),
        Triple("语气坚定但礼貌", "단호하지만 정중하게 말합니다.", "Be firm but polite."),
        Triple("适当停顿，给客户思考时间", "잠시 멈추고 고객이 생각할 시간을 드립니다.", "Pause to give the customer time to think."),
        Triple("避免使用专业术语", "전문 용어를 쓰지 않습니다.", "Avoid jargon."),
    ]

    /// When to apply advice.
    static let timings: [Triple] = [
        Triple("", "", ""),
        Triple("客户情绪激动时，", "고객이 흥분했을 때는", "When the customer is upset,"),
        Triple("第一次提到时，", "처음 언급할 때는", "The first time it comes up,"),
        Triple("转接之前，", "연결하기 전에는", "Before transferring,"),
        Triple("挂机之前，", "통화를 마치기 전에는", "Before hanging up,"),
        Triple("客户沉默时，", "고객이 말이 없을 때는", "When the customer goes quiet,"),
        Triple("需要等待时，", "기다려야 할 때는", "When there is a wait,"),
    ]

    /// "Don't say" wordings with `%@` for the object (Korean: with its topic particle): blunt and deflecting,
    /// but free of the taboo fragments. The Korean is blunt in content, not in grammar.
    static let avoids: [Triple] = [
        Triple("%@的事我不清楚，自己去问吧。", "%@ 저는 잘 모르니 직접 알아보십시오.", "I don't know about %@, go and ask someone else."),
        Triple("%@早就说过了，再看一遍。", "%@ 이미 말씀드렸으니 다시 보십시오.", "I already told you about %@, read it again."),
        Triple("%@就是这样，改不了。", "%@ 원래 그렇습니다. 바꿀 수 없습니다.", "That's just how %@ works, it can't be changed."),
        Triple("%@要等，急也没用。", "%@ 기다리셔야 합니다. 재촉해도 소용없습니다.", "You'll have to wait for %@, rushing won't help."),
        Triple("%@不是我们的责任。", "%@ 저희 책임이 아닙니다.", "%@ is not our responsibility."),
        Triple("%@有规定，没得商量。", "%@ 규정이니 어쩔 수 없습니다.", "There are rules about %@, end of discussion."),
    ]

    /// Why a "don't say" is wrong.
    static let reasons: [Triple] = [
        Triple(
            "推卸责任会让客户觉得没人管", "책임을 떠넘기면 고객은 아무도 챙겨 주지 않는다고 느낍니다.", "Passing the buck tells the customer nobody cares."),
        Triple("语气生硬，容易激化矛盾", "말투가 딱딱해서 갈등을 키우기 쉽습니다.", "The curt tone easily makes things worse."),
        Triple("没有给出任何解决办法", "아무런 해결 방법도 제시하지 않습니다.", "It offers no way forward."),
        Triple("把问题推回给客户", "문제를 고객에게 되돌립니다.", "It hands the problem back to the customer."),
        Triple("听起来像在责怪客户", "고객을 탓하는 것처럼 들립니다.", "It sounds like blaming the customer."),
        Triple("没有表示理解和歉意", "공감이나 사과의 뜻이 없습니다.", "It shows no understanding or apology."),
    ]

    /// A customer's line about an object: Chinese suffix, Korean end (after the subject particle), English with
    /// `%@` for the object.
    static let customerLines: [Triple] = [
        Triple("一直没有消息。", "계속 소식이 없어요.", "I haven't heard anything about %@."),
        Triple("好像有问题。", "좀 이상한 것 같아요.", "Something seems wrong with %@."),
        Triple("和说好的不一样。", "안내받은 것과 달라요.", "%@ isn't what I was told."),
        Triple("能快一点吗？", "좀 빨리 될까요?", "Can %@ be any faster?"),
        Triple("到底怎么回事？", "도대체 어떻게 된 거예요?", "What's going on with %@?"),
        Triple("我还是不太明白。", "아직 잘 모르겠어요.", "I still don't quite understand %@."),
        Triple("能再说一遍吗？", "다시 한번 말씀해 주시겠어요?", "Could you explain %@ again?"),
    ]

    /// What a branch of a dialogue depends on.
    static let cases: [Triple] = [
        Triple("客户同意", "고객이 동의한 경우", "The customer agrees"),
        Triple("客户仍不满意", "고객이 여전히 불만인 경우", "The customer is still unhappy"),
        Triple("客户要求找主管", "고객이 책임자를 찾는 경우", "The customer asks for a manager"),
        Triple("客户提供了信息", "고객이 정보를 알려 준 경우", "The customer gives the details"),
        Triple("客户没有回应", "고객이 응답하지 않는 경우", "The customer does not answer"),
        Triple("客户改变了主意", "고객이 마음을 바꾼 경우", "The customer changes their mind"),
    ]

    /// Chapter themes, numbered to keep chapter titles distinct.
    static let themes: [Triple] = [
        Triple("开头与问候", "첫인사", "Opening and greeting"),
        Triple("倾听与询问", "경청과 질문", "Listening and asking"),
        Triple("解释与说明", "안내와 설명", "Explaining"),
        Triple("等待与转接", "대기와 연결", "Waiting and transfers"),
        Triple("投诉处理", "불만 응대", "Handling complaints"),
        Triple("婉拒与协商", "거절과 조율", "Refusing and negotiating"),
        Triple("售后服务", "애프터서비스", "After-sales service"),
        Triple("回访", "사후 연락", "Follow-up calls"),
        Triple("结束语", "끝인사", "Closing"),
    ]

    /// English slugs of objects and issues, for ids (same order as `objects` and `issues`).
    static let objectSlugs = [
        "order", "repair", "refund", "record", "booking", "fault", "account", "invoice", "address", "warranty",
        "parts", "outcome", "visit", "model", "charges", "complaint", "procedure", "documents", "points", "plan",
        "install", "exchange", "tracking", "activation",
    ]
    static let issueSlugs = [
        "query", "change", "delay", "complaint", "confirm", "error", "explain", "chase", "dispute", "follow-up",
        "reissue", "check",
    ]
}
