/// Runs every registered check over a loaded book and returns all diagnostics, sorted and with silenced ones
/// removed.
public struct Checker: Sendable {
    /// Every check, in catalogue order.
    static let checks: [any Check] = CheckRegistry.all

    /// Every code any check reports, with the loader's own codes: the catalogue.
    static var rules: [CheckRule] { LoadRules.all + checks.flatMap(\.rules) + RenderRules.all }

    /// Creates a checker.
    public init() {}

    /// Checks `result`'s book (if it loaded) and merges the loader's diagnostics.
    public func check(_ result: LoadResult) -> [Diagnostic] {
        check(result, earlier: nil, folder: "")
    }

    /// ``check(_:)``, given an `earlier` check of the same content folder (`folder`): the text checks look only at
    /// the situation files that changed since, and their findings elsewhere are the earlier ones. The result is
    /// the same.
    func check(_ result: LoadResult, earlier: EarlierCheck?, folder: String) -> [Diagnostic] {
        var diagnostics = result.diagnostics
        if let book = result.book {
            let context = CheckContext(book: book)
            let severities = Dictionary(
                Self.rules.map { ($0.code, $0.severity) }, uniquingKeysWith: { first, _ in first })
            let unchanged = earlier?.unchangedSituationFiles(of: book, in: folder)
            let changed = unchanged.map { Set(book.situations.map(\.file)).subtracting($0) }
            let changedTexts = changed.map { context.sites(in: $0) }
            // Checks are independent: they run on every core, each into its own report, merged in catalogue order.
            let reports = ParallelMap.map(Self.runOrder) { index in
                let check = Self.checks[index]
                var report = DiagnosticReport(severities: severities)
                guard check.looksAtOneTextAtATime, let changed, let changedTexts else {
                    check.run(context, &report)
                    return report.diagnostics
                }
                check.run(changedTexts, &report)
                return report.diagnostics.filter { changed.contains($0.location.file) }
            }
            var inCatalogueOrder = [[Diagnostic]](repeating: [], count: reports.count)
            for (index, found) in zip(Self.runOrder, reports) { inCatalogueOrder[index] = found }
            diagnostics += inCatalogueOrder.flatMap { $0 }
            if let unchanged, let earlier {
                diagnostics += Self.earlierTextFindings(
                    earlier, in: unchanged.union(ContentLoader.bookFiles(in: folder)))
            }
        }
        return diagnostics.filter { !$0.isSilenced }.sorted(by: Diagnostic.reportOrder)
    }

    /// The checks, by their index in the catalogue, in the order the cores take them: those that run long first,
    /// then the rest in catalogue order.
    static let runOrder = checks.indices.filter { checks[$0].runsLong } + checks.indices.filter { !checks[$0].runsLong }

    /// The codes of the text checks.
    private static let textCodes = Set(checks.filter(\.looksAtOneTextAtATime).flatMap(\.rules).map(\.code))

    /// What the text checks of `earlier` found in `files`.
    private static func earlierTextFindings(_ earlier: EarlierCheck, in files: Set<String>) -> [Diagnostic] {
        earlier.diagnostics.filter { textCodes.contains($0.code) && files.contains($0.location.file) }
    }
}

/// The codes the loader reports before any check runs.
enum LoadRules {
    static let all: [CheckRule] = [
        CheckRule(
            "invalid-encoding", .error, "a file is not valid UTF-8, or its XML declaration names another encoding"),
        CheckRule("doctype", .error, "a file has a DOCTYPE (refused: no DTDs, no entities)"),
        CheckRule("xml-syntax", .error, "a file is not well-formed XML"),
        CheckRule("schema", .error, "a file does not follow the RELAX NG schema of format v1"),
        CheckRule("too-large", .error, "a file, a tag's attributes or a text exceed the loader's limits"),
        CheckRule(
            "unreadable-file", .error, "a content file cannot be read: a link to nothing, a folder, no permission"),
        CheckRule("ignored-file", .warning, "a file that looks like content is not read: misplaced or misnamed"),
    ]
}

/// The codes a build reports while rendering (after the checks have passed).
enum RenderRules {
    static let all: [CheckRule] = [
        CheckRule(CardSheet.overflowCode, .note, "a situation's pocket card does not fit on one printed card"),
        CheckRule(
            TemplateSet.notCompiledCode, .note,
            "a format's templates use a tag the template compiler leaves to swift-mustache"),
    ]
}
