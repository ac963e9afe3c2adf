import Foundation
import PhrasebookTestSupport
import Testing

@testable import PhrasebookKit

/// The official Mustache specification's tests of every tag the compiled templates handle
/// (Tests/PhrasebookTestSupport/Fixtures/mustache-spec), each run through ``CompiledTemplates``.
@Suite("Mustache specification")
struct MustacheSpecTests {
    /// One test of a module's file.
    struct SpecTest: Decodable, CustomTestStringConvertible {
        let name: String
        let data: SpecValue
        let template: String
        let partials: [String: String]?
        let expected: String
        var module = ""

        var testDescription: String { module + ": " + name }

        private enum CodingKeys: String, CodingKey {
            case name, data, template, partials, expected
        }
    }

    /// A JSON value of a test's data.
    enum SpecValue: Decodable {
        case null
        case bool(Bool)
        case integer(Int)
        case decimal(Double)
        case string(String)
        case array([SpecValue])
        case object([String: SpecValue])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Int.self) {
                self = .integer(value)
            } else if let value = try? container.decode(Double.self) {
                self = .decimal(value)
            } else if let value = try? container.decode(String.self) {
                self = .string(value)
            } else if let value = try? container.decode([SpecValue].self) {
                self = .array(value)
            } else {
                self = .object(try container.decode([String: SpecValue].self))
            }
        }

        /// The value as the renderer's contexts hold values; `nil` for null, and a null member left out (the
        /// renderer's contexts have no null: a name that is not there is looked up further down the stack, which
        /// the spec's tests of null do not tell from a null).
        var context: Any? {
            switch self {
            case .null: nil
            case .bool(let value): value
            case .integer(let value): value
            case .decimal(let value): value
            case .string(let value): value
            case .array(let values): values.compactMap(\.context)
            case .object(let members): members.compactMapValues(\.context)
            }
        }
    }

    static let modules = ["comments", "interpolation", "sections", "inverted", "partials"]

    static let tests: [SpecTest] = modules.flatMap { module in
        struct File: Decodable { let tests: [SpecTest] }
        let path = TestPaths.fixture("mustache-spec/\(module).json")
        let data = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
        let file = (try? JSONDecoder().decode(File.self, from: data))?.tests ?? []
        return file.map { test in
            var test = test
            test.module = module
            return test
        }
    }

    @Test("Every module's tests were read")
    func testsWereRead() {
        let modules = Set(Self.tests.map(\.module))
        #expect(modules == Set(Self.modules))
        #expect(Self.tests.count > 100)
    }

    @Test("The compiled templates render each test as the specification expects", arguments: tests)
    func specTest(_ test: SpecTest) throws {
        let name = "__spec"
        let texts = [(name, test.template)] + (test.partials ?? [:]).sorted { $0.key < $1.key }.map { ($0, $1) }
        let compiled = try CompiledTemplates(texts)
        #expect(compiled.render(name, root: test.data.context ?? [String: Any]()) == test.expected)
    }
}
