import Foundation
import Testing

@testable import PhrasebookKit

@Suite("The check catalogue")
struct CatalogueTests {
    @Test("Codes are unique kebab-case, each with a summary")
    func codesAreWellFormed() {
        let codes = Checker.rules.map(\.code)
        #expect(Set(codes).count == codes.count)
        for rule in Checker.rules {
            #expect(Identifier.isValid(rule.code), "\(rule.code)")
            #expect(!rule.summary.isEmpty)
        }
    }

    @Test("The cores take every check once, the consistency check first, the rest in catalogue order")
    func runOrder() {
        let order = Checker.runOrder
        #expect(order.sorted() == Array(Checker.checks.indices))
        #expect(Checker.checks[order[0]] is ConsistencyCheck)
        let rest = order.dropFirst()
        #expect(rest.sorted() == Array(rest), "\(order)")
        #expect(!rest.contains { Checker.checks[$0].runsLong })
    }

    @Test("Every code of the catalogue has an example that triggers it")
    func everyCodeHasAnExample() {
        let codes = Set(Checker.rules.map(\.code))
        let covered = Set(CheckExamples.triggers.keys).union(CheckExamples.builtInCode)
        #expect(codes.subtracting(covered).sorted() == [])
        #expect(covered.subtracting(codes).sorted() == [])
    }

    @Test(
        "Each example triggers its code, with the catalogue's severity", arguments: CheckExamples.triggers.keys.sorted()
    )
    func exampleTriggersItsCode(code: String) throws {
        let fixture = try #require(CheckExamples.triggers[code])
        let rule = try #require(Checker.rules.first { $0.code == code })
        let found = try fixture.check().with(code)
        #expect(!found.isEmpty, "\(code) was not reported")
        #expect(found.allSatisfy { $0.severity == rule.severity })
        #expect(found.allSatisfy { $0.location.line > 0 && $0.location.column > 0 })
    }

    @Test("An id that is not lower-case ASCII is reported as invalid-id (built in code: the schema refuses it first)")
    func invalidID() throws {
        let diagnostics = try CheckExamples.phrase(zh: "您好。").withFolder { folder in
            var loaded = try ContentLoader(folder: folder).load()
            loaded.book?.roles[0].id = "Hotline_Agent"
            return Checker().check(loaded)
        }
        let found = diagnostics.with("invalid-id")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("Hotline_Agent") == true)
        #expect(try CheckExamples.phrase(zh: "您好。").check().with("invalid-id").isEmpty)
    }

    @Test("Documentation/Checks.md lists exactly the codes of the catalogue")
    func documentationMatchesCatalogue() throws {
        let page = try String(contentsOfFile: TestPaths.repository + "/Documentation/Checks.md", encoding: .utf8)
        // Each code has a heading of its own: "### `code`".
        let documented = Set(
            page.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("### `"), let end = line.dropFirst(5).firstIndex(of: "`") else { return nil }
                return String(line[line.index(line.startIndex, offsetBy: 5)..<end])
            })
        let codes = Set(Checker.rules.map(\.code))
        #expect(codes.subtracting(documented).sorted() == [], "codes missing from Documentation/Checks.md")
        #expect(documented.subtracting(codes).sorted() == [], "documented codes that no check reports")
        for rule in Checker.rules {
            #expect(
                page.contains("### `\(rule.code)` (\(rule.severity.rawValue))"),
                "\(rule.code): severity not documented as \(rule.severity)")
        }
    }

    @Test("Diagnostics come out sorted by file, line and column, with a summary line")
    func sortedWithSummary() throws {
        let fixture = CheckExamples.situation(
            ContentFixture.phrase("p", zh: "你好,", ko: "기다려", en: nil)
                + ContentFixture.phrase("q", zh: "你好。", ko: "안녕.", en: "Hi."))
        let diagnostics = try fixture.check()
        #expect(diagnostics == diagnostics.sorted(by: Diagnostic.reportOrder))
        #expect(diagnostics.map(\.location) == diagnostics.map(\.location).sorted())
        let summary = DiagnosticOutput.text.format(diagnostics).split(separator: "\n").last.map(String.init)
        #expect(summary == diagnostics.summary)
        #expect(summary?.hasSuffix("notes") == true)
    }
}
