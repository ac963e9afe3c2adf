/// The figures of one book size: medians over the runs, in seconds, and the peak memory of a build.
struct SizeResult: Codable {
    var phrases: Int
    var situations: Int
    var contentBytes: Int
    var outputFiles: Int
    var outputBytes: Int
    var runs: Int
    var load: Double
    var check: Double
    var html: Double
    var markdown: Double
    var text: Double
    /// All formats through `Pipeline.render` (formats in turn, each on every core), in memory.
    var render: Double
    var publish: Double
    /// `Pipeline.build` end to end with `clean` (a cold build): load, check, render all formats, publish.
    var total: Double
    /// The CPU seconds (user and system, every thread) of those builds.
    var totalCPU: Double
    /// `Pipeline.build` with nothing changed since the last build (the output up to date).
    var noChange: Double
    /// `Pipeline.build` after one phrase's English text is edited.
    var oneEdit: Double
    /// The CPU seconds of those builds.
    var oneEditCPU: Double
    /// How many files that build wrote (the others kept as they were).
    var oneEditWritten: Int
    /// `Pipeline.build` after one Markdown template is edited (`IncrementalRun.editedTemplate`).
    var templateEdit: Double
    /// How many files that build wrote.
    var templateEditWritten: Int
    /// The peak resident size of the first cold build, in bytes: a fresh process's, as a user's build has it.
    var peakBytes: Int
    /// Whether the peak could be measured from the build's start (clear_refs) rather than the child process's.
    var peakPerBuild: Bool
    /// The median time of `xmllint --noout --relaxng` over every file; `nil` without xmllint.
    var xmllint: Double?
    /// Hugo building the equivalent site (``HugoSite``); `nil` without Hugo.
    var hugo: Hugo?
    /// Diagnostics of the book with severity error or warning (0 expected).
    var problems: Int

    /// Hugo's figures: median wall time of a build from nothing, and the bytes of the site it wrote.
    struct Hugo: Codable {
        var seconds: Double
        var outputBytes: Int
    }
}
