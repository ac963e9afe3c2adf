import Foundation
import Testing

@testable import PhrasebookKit

/// A number out of range, negative ones included, is refused with the option's range named: a value starting
/// with `-` is read as the option's value, not as another option ("Missing value" named no range).
@Suite("Numeric options: out of range, negative included, names the range")
struct NumericOptionTests {
    @Test(
        "build, export and serve refuse a negative or too large number with the range, exit 2",
        arguments: [
            (["build", "--width"], "--width must be between 16 and 400"),
            (["build", "--card-width"], "--card-width must be between 12 and 200"),
            (["build", "--card-lines"], "--card-lines must be between 4 and 200"),
            (
                ["export", "--xliff", "2.0", "--language", "ko", "--output", "-", "--card-width"],
                "--card-width must be between 12 and 200"
            ),
            (["serve", "--port"], "--port must be between 0 and 65535"),
        ])
    func outOfRange(command: [String], message: String) throws {
        let content = TestPaths.fixture("minimal")
        for value in ["-5", "99999"] {
            let result = try PhrasebookCommand.run(
                [command[0], "--content", content] + command.dropFirst() + [value])
            #expect(result.status == 2, "\(command) \(value): \(result.err)")
            #expect(result.err.contains(message), "\(command) \(value): \(result.err)")
        }
    }
}
