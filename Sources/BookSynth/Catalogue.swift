/// The fixed declarations of a synthetic book: roles, channels, categories, placeholders and taboos.
enum Catalogue {
    static let title = Triple(
        "客户服务规范用语手册（合成样本）", "고객 응대 표준 문구집 (합성 표본)", "Customer Service Phrasebook (synthetic sample)")

    static let roles: [(id: String, label: Triple)] = [
        ("hotline-agent", Triple("客服代表", "상담원", "Hotline agent")),
        ("online-agent", Triple("在线客服", "채팅 상담원", "Online chat agent")),
        ("after-sales", Triple("售后服务专员", "애프터서비스 담당자", "After-sales specialist")),
        ("counter-clerk", Triple("营业员", "창구 직원", "Counter clerk")),
        ("onsite-engineer", Triple("上门服务工程师", "방문 서비스 기사", "On-site engineer")),
        ("follow-up-caller", Triple("回访专员", "해피콜 담당자", "Follow-up caller")),
        ("team-lead", Triple("班组长", "팀장", "Team lead")),
        ("complaint-specialist", Triple("投诉专员", "불만 전담 상담원", "Complaint specialist")),
        ("billing-agent", Triple("账务专员", "요금 담당자", "Billing agent")),
        ("store-manager", Triple("门店经理", "매장 관리자", "Store manager")),
    ]

    static let channels: [(id: String, label: Triple)] = [
        ("phone", Triple("电话", "전화", "Phone")),
        ("counter", Triple("营业厅", "창구", "Counter")),
        ("online", Triple("在线", "온라인 채팅", "Online chat")),
        ("onsite", Triple("上门", "방문", "On-site")),
    ]

    static let categories: [(id: String, label: Triple)] = [
        ("greeting", Triple("问候语", "인사말", "Greeting")),
        ("address", Triple("称呼语", "호칭", "Form of address")),
        ("request", Triple("请求语", "요청", "Request")),
        ("inquiry", Triple("征询语", "확인 질문", "Asking")),
        ("response", Triple("应答语", "응대", "Response")),
        ("thanks", Triple("感谢语", "감사", "Thanks")),
        ("apology", Triple("抱歉语", "사과", "Apology")),
        ("farewell", Triple("道别语", "끝인사", "Farewell")),
        ("explanation", Triple("解释语", "안내·설명", "Explanation")),
        ("reassurance", Triple("安抚语", "공감·진정", "Reassurance")),
        ("refusal", Triple("婉拒语", "정중한 거절", "Polite refusal")),
    ]

    /// Variables (filled at build time).
    static let variables: [(name: String, value: Triple)] = [
        ("company", Triple("某某公司", "○○사", "Example Company")),
        ("service-centre", Triple("某某售后服务中心", "○○ 서비스센터", "Example Service Centre")),
    ]

    /// Slots (left blank, labelled).
    static let slots: [(name: String, label: Triple)] = [
        ("surname", Triple("姓", "성", "surname")),
        ("agent-number", Triple("工号", "상담원 번호", "agent number")),
        ("order-number", Triple("订单号", "주문 번호", "order number")),
    ]

    /// Service taboos: id, wording, why, the fragment recommended texts must not contain.
    static let taboos: [(id: String, text: Triple, why: Triple, match: String)] = [
        (
            "taboo-not-my-job", Triple("这事不归我管。", "그건 제 담당이 아니에요.", "That's not my job."),
            Triple(
                "推卸责任，客户会觉得被踢皮球。", "책임을 떠넘기는 말이라 고객은 떠밀린다고 느낍니다.",
                "It passes the buck; the customer feels pushed around."), "不归我管"
        ),
        (
            "taboo-nothing-i-can-do", Triple("我也没办法。", "저도 어쩔 수 없어요.", "There's nothing I can do."),
            Triple("等于拒绝帮助客户。", "고객을 돕지 않겠다는 말과 같습니다.", "It amounts to refusing to help."), "我也没办法"
        ),
        (
            "taboo-why-the-rush", Triple("急什么急？", "뭐가 그렇게 급하세요?", "What's the rush?"),
            Triple(
                "指责客户着急，只会火上浇油。", "고객의 조급함을 탓하면 화만 키웁니다.",
                "Blaming the customer for hurrying only adds fuel to the fire."), "急什么"
        ),
        (
            "taboo-do-not-understand", Triple("这都听不懂吗？", "이것도 못 알아들으세요?", "Can't you understand even this?"),
            Triple("嘲讽客户的理解能力。", "고객의 이해력을 비꼬는 말입니다.", "It mocks the customer's understanding."), "听不懂吗"
        ),
        (
            "taboo-read-the-manual", Triple("自己看说明书。", "설명서를 직접 보세요.", "Read the manual yourself."),
            Triple("把服务推回给客户。", "서비스를 고객에게 떠넘깁니다.", "It hands the service back to the customer."), "自己看说明书"
        ),
        (
            "taboo-told-you-many-times", Triple("说了多少遍了。", "몇 번이나 말씀드렸잖아요.", "I've told you so many times."),
            Triple("带着不耐烦和责备。", "짜증과 꾸중이 담긴 말입니다.", "It is impatient and reproachful."), "说了多少遍"
        ),
        (
            "taboo-closing-time", Triple("下班了，明天再来。", "퇴근 시간이니 내일 오세요.", "We're closing, come back tomorrow."),
            Triple("把自己的方便放在客户前面。", "고객보다 자기 편의를 앞세웁니다.", "It puts your convenience before the customer."), "下班了"
        ),
        (
            "taboo-ask-anyone", Triple("爱找谁找谁。", "누구한테 가시든 마음대로 하세요.", "Go complain to whoever you like."),
            Triple("挑衅客户，激化矛盾。", "고객을 도발해 갈등을 키웁니다.", "It provokes the customer and escalates."), "爱找谁找谁"
        ),
        (
            "taboo-are-you-done", Triple("有完没完？", "언제까지 이러실 거예요?", "Are you done yet?"),
            Triple("极不耐烦，伤害客户感情。", "몹시 짜증스러운 말이라 고객의 마음을 다치게 합니다.", "It is rude and hurts the customer."), "有完没完"
        ),
        (
            "taboo-too-slow", Triple("嫌慢就别办了。", "느리면 하지 마세요.", "If it's too slow, don't bother."),
            Triple("拒绝服务，还带着赌气。", "서비스를 거부하면서 토라진 말투입니다.", "It refuses service in a sulk."), "嫌慢就别办"
        ),
        (
            "taboo-ask-who", Triple("我问谁去？", "저는 누구한테 물어요?", "Who am I supposed to ask?"),
            Triple("把问题推回给客户。", "문제를 고객에게 되돌립니다.", "It throws the question back at the customer."), "我问谁"
        ),
        (
            "taboo-that-attitude", Triple("我就这态度。", "제 태도가 원래 이래요.", "This is just how I am."),
            Triple("客户听到的是挑衅。", "고객은 도발로 듣습니다.", "The customer hears a challenge."), "就这态度"
        ),
        (
            "taboo-why-not-earlier", Triple("怎么不早说？", "왜 미리 말씀 안 하셨어요?", "Why didn't you say so earlier?"),
            Triple("责怪客户，于事无补。", "고객을 탓해도 달라지는 것이 없습니다.", "Blaming the customer changes nothing."), "怎么不早说"
        ),
        (
            "taboo-who-told-you", Triple("谁让您这么做的？", "누가 그렇게 하라고 했어요?", "Who told you to do that?"),
            Triple("语带质问，客户会感到被审问。", "따지는 말투라 고객은 추궁당한다고 느낍니다.", "It sounds like an interrogation."), "谁让您"
        ),
        (
            "taboo-what-now", Triple("又怎么了？", "또 뭐예요?", "What now?"),
            Triple("暗示客户很麻烦。", "고객이 귀찮다는 뜻으로 들립니다.", "It implies the customer is a nuisance."), "又怎么了"
        ),
        (
            "taboo-leave-me-alone", Triple("别烦我。", "귀찮게 하지 마세요.", "Leave me alone."),
            Triple("直接拒绝与客户交流。", "고객과의 대화를 대놓고 거부합니다.", "It flatly refuses to talk to the customer."), "别烦我"
        ),
    ]
}
