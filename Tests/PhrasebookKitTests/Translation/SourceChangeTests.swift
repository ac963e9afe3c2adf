import Testing

@testable import PhrasebookKit

@Suite("How a changed source is shown")
struct SourceChangeTests {
    @Test(
        "The changed middle is marked; a number or a Latin word whole",
        arguments: [
            ("请您稍等。", "请您稍候片刻。", "请您稍[-等-]{+候片刻+}。"),
            ("预计30分钟后回复。", "预计20分钟后回复。", "预计[-30-]{+20+}分钟后回复。"),
            ("请在15分钟内回复。", "请在12分钟内回复。", "请在[-15-]{+12+}分钟内回复。"),
            ("请拨打400热线。", "请拨打4000热线。", "请拨打[-400-]{+4000+}热线。"),
            ("请登录APP查看。", "请登录App查看。", "请登录[-APP-]{+App+}查看。"),
            ("您好。", "您好！", "您好[-。-]{+！+}"),
        ])
    func marked(was: String, now: String, expected: String) {
        #expect(SourceChange(was: was, now: now).marked == expected)
    }
}
