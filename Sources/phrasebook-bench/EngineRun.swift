import Foundation
import Mustache
import PhrasebookKit

/// What the template engine costs on its own: the site's `renderings` partial
/// (`Templates/html/renderings.mustache`) rendered over a long list of texts, on one core, through the same strict
/// context as every page (the compiled templates a build renders with), and by swift-mustache over the same
/// dictionary, as the build rendered before its templates were compiled. This is the floor under the HTML and
/// Markdown stages: no content is resolved, nothing is escaped by the renderer, nothing is written.
struct EngineRun {
    let templates: String
    let runs: Int

    /// The engines' throughput: the compiled templates', and swift-mustache's.
    struct Results {
        let compiled: Result
        let swiftMustache: Result
    }

    /// An engine's throughput.
    struct Result {
        /// Output megabytes per second.
        let megabytesPerSecond: Double
        /// Microseconds per text entry (one language of a text: 8 tags and one section).
        let microsecondsPerEntry: Double
    }

    func measure() throws -> Results {
        let set = try TemplateSet(folder: templates + "/html", required: ["renderings"])
        let languages: [(code: String, tag: String, name: String, text: String)] = [
            ("zh", "zh-Hans", "中文", "您好，这里是客服中心，请问有什么可以帮您？"),
            ("ko", "ko", "한국어", "안녕하세요, 고객센터입니다. 무엇을 도와드릴까요?"),
            ("en", "en", "English", "Hello, this is the service centre. How can I help you?"),
        ]
        let count = 30_000
        let texts: [[String: Any]] = (0..<count).map { index in
            let language = languages[index % languages.count]
            return [
                "code": language.code, "tag": language.tag, "dirAttribute": "", "name": language.name,
                "isSource": index % 3 == 0,
                "isPending": false, "isStale": false, "text": language.text, "hasPronunciation": false,
                "pronunciation": "", "pronunciationTag": "",
            ]
        }
        // The interface words the partial shows (its copy button's labels, the pending and stale marks).
        let context: [String: Any] = [
            "texts": texts, "ui": ["translation-pending": [] as [Any], "translation-stale": [] as [Any]],
            "uiText": ["copy": "Copy", "copied": "Copied", "copy-failed": "Copy failed"],
        ]
        let compiled = try throughput(count: count) { try set.render("renderings", context) }
        let text = try String(contentsOfFile: templates + "/html/renderings.mustache", encoding: .utf8)
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: text), named: "renderings")
        let swiftMustache = try throughput(count: count) { library.render(context, withTemplate: "renderings") ?? "" }
        return Results(compiled: compiled, swiftMustache: swiftMustache)
    }

    /// The median throughput of `runs` renders by `render` of `count` text entries.
    private func throughput(count: Int, _ render: () throws -> String) throws -> Result {
        var seconds: [Double] = []
        var bytes = 0
        for _ in 0..<runs {
            let (output, time) = try Measure.time(render)
            bytes = output.utf8.count
            seconds.append(time)
        }
        let median = Measure.median(seconds)
        return Result(
            megabytesPerSecond: Double(bytes) / 1_048_576 / median, microsecondsPerEntry: median * 1e6 / Double(count))
    }
}
