import Foundation

/// Composes the texts of a synthetic book from `Pools`, keeping two promises a real book keeps: no two phrases
/// share a source text, and one source text always has the same renderings wherever it appears.
struct TextMaker {
    var random: SplitMix64
    /// Every source text made so far, with its renderings.
    private var made: [String: Triple] = [:]
    /// The source texts of phrases: these must all differ.
    private var phraseSources: Set<String> = []
    /// Fragments no recommended text may contain (the taboos' `match`es).
    let forbidden: [String]

    init(seed: UInt64, forbidden: [String]) {
        random = SplitMix64(seed: seed)
        self.forbidden = forbidden
    }

    /// A placeholder use, forced into every seventh phrase so that every declared placeholder is used.
    enum Placeholder: CaseIterable {
        case company, serviceCentre, surname, agentNumber, orderNumber
    }

    // MARK: Phrases and agent turns

    /// A new staff phrase whose source text no other phrase has.
    mutating func phrase(placeholder: Placeholder?) -> Triple {
        var attempt = 0
        while true {
            attempt += 1
            let form = placeholder != nil || attempt > 8 ? 0 : random.below(100)
            let text: Triple =
                if form < 75 { statement(placeholder) } else if form < 93 { question() } else { exclamation() }
            guard !phraseSources.contains(text.zh), accept(text), !forbidden.contains(where: text.zh.contains) else {
                continue
            }
            phraseSources.insert(text.zh)
            return text
        }
    }

    /// A staff sentence: an agent's own turn in a dialogue.
    mutating func agentLine() -> Triple {
        while true {
            let text = statement(nil)
            if accept(text), !forbidden.contains(where: text.zh.contains) { return text }
        }
    }

    private mutating func statement(_ placeholder: Placeholder?) -> Triple {
        var opener = random.pick(Pools.openers)
        var object = random.pick(Pools.objects)
        switch placeholder {
        case .company:
            opener = Triple("欢迎致电{company}，", "{company}에 전화해 주셔서 감사합니다.", "Thank you for calling {company}.")
        case .serviceCentre:
            opener = Triple("这里是{service-centre}，", "{service-centre}입니다.", "This is {service-centre}.")
        case .surname: opener = Triple("{surname}先生您好，", "{surname} 고객님, 안녕하세요.", "Hello, Mr {surname}.")
        case .agentNumber:
            opener = Triple("工号{agent-number}为您服务，", "상담원 {agent-number}번입니다.", "This is agent {agent-number}.")
        case .orderNumber:
            object = Triple("订单{order-number}的处理进度", "주문 {order-number}의 처리 상황", "the status of order {order-number}")
        case nil: break
        }
        let subject = random.pick(Pools.subjects)
        let adverb = random.pick(Pools.adverbs)
        let verb = random.pick(Pools.verbs)
        let tail = random.pick(Pools.tails)
        let zh = opener.zh + subject.zh + adverb.zh + verb.zh + object.zh + tail.zh + "。"
        let ko = Self.sentences(
            opener.ko, "\(subject.ko) \(adverb.ko) \(Korean.object(object.ko)) \(verb.ko).", tail.ko)
        let en = Self.sentences(
            opener.en, "\(Self.capitalized(subject.en)) will \(verb.en) \(object.en) \(adverb.en).", tail.en)
        return Triple(zh, ko, en)
    }

    private mutating func question() -> Triple {
        let opener = random.pick(Pools.openers)
        let verb = random.pick(Pools.questionVerbs)
        let object = random.pick(Pools.objects)
        return Triple(
            opener.zh + "请问您" + verb.zh + object.zh + "吗？",
            Self.sentences(opener.ko, "\(Korean.object(object.ko)) \(verb.ko)?"),
            Self.sentences(opener.en, "Could you \(verb.en) \(object.en)?"))
    }

    private mutating func exclamation() -> Triple {
        let thanks = random.pick(Pools.thanks)
        let wish = random.pick(Pools.wishes)
        return Triple(
            thanks.zh + "祝您" + wish.zh + "！", thanks.ko + " " + wish.ko + "!", thanks.en + " " + wish.en + "!")
    }

    // MARK: Everything else

    /// Delivery advice: a note or a guideline, one or two sentences.
    mutating func advice() -> Triple {
        fresh {
            let timing = $0.random.pick(Pools.timings)
            let first = $0.random.pick(Pools.advice)
            var zh = timing.zh + first.zh
            var ko = Self.sentences(timing.ko, first.ko)
            var en = timing.en.isEmpty ? first.en : timing.en + " " + Self.lowercasedFirst(first.en)
            if $0.random.chance(50) {
                let second = $0.random.pick(Pools.advice)
                if second != first {
                    zh += "；" + second.zh
                    ko += " " + second.ko
                    en += " " + second.en
                }
            }
            return Triple(zh + "。", ko, en)
        }
    }

    /// What triggers a situation about `object`.
    mutating func when(_ object: Triple) -> Triple {
        fresh {
            let trigger = $0.random.pick(Pools.triggers)
            return Triple(
                "客户" + trigger.zh.replacingOccurrences(of: "%@", with: object.zh) + "时。",
                "고객이 \(object.ko)에 대해 \(trigger.ko) 때입니다.",
                "When the customer \(trigger.en) \(object.en).")
        }
    }

    /// A "don't say" wording.
    mutating func avoid() -> Triple {
        fresh {
            let object = $0.random.pick(Pools.objects)
            let wording = $0.random.pick(Pools.avoids)
            return Triple(
                wording.zh.replacingOccurrences(of: "%@", with: object.zh),
                wording.ko.replacingOccurrences(of: "%@", with: Korean.topic(object.ko)),
                Self.capitalized(wording.en.replacingOccurrences(of: "%@", with: object.en)))
        }
    }

    /// Why a "don't say" is wrong, and what to do instead.
    mutating func reason() -> Triple {
        fresh {
            let reason = $0.random.pick(Pools.reasons)
            let advice = $0.random.pick(Pools.advice)
            return Triple(reason.zh + "，应当" + advice.zh + "。", reason.ko + " " + advice.ko, reason.en + " " + advice.en)
        }
    }

    /// A customer's line in a dialogue.
    mutating func customerLine() -> Triple {
        fresh {
            let object = $0.random.pick(Pools.objects)
            let line = $0.random.pick(Pools.customerLines)
            return Triple(
                object.zh + line.zh, Korean.subject(object.ko) + " " + line.ko,
                Self.capitalized(line.en.replacingOccurrences(of: "%@", with: object.en)))
        }
    }

    /// What a branch of a dialogue depends on.
    mutating func branchCase() -> Triple {
        random.pick(Pools.cases)
    }

    /// Records `text`; false when its source text already has other renderings.
    mutating func accept(_ text: Triple) -> Bool {
        if let known = made[text.zh] { return known == text }
        made[text.zh] = text
        return true
    }

    /// Makes texts until one is consistent with what was made before (almost always the first).
    private mutating func fresh(_ make: (inout TextMaker) -> Triple) -> Triple {
        while true {
            let text = make(&self)
            if accept(text) { return text }
        }
    }

    // MARK: Helpers

    /// Sentences joined with a space, empty ones left out.
    static func sentences(_ parts: String...) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    static func lowercasedFirst(_ text: String) -> String {
        text.hasPrefix("I ") ? text : text.prefix(1).lowercased() + text.dropFirst()
    }
}
