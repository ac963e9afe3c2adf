import Foundation
import Testing

@testable import PhrasebookKit

extension SearchIndex {
    /// The search index of the shipped book, loaded and checked.
    static func ofShippedBook() throws -> SearchIndex {
        let pipeline = Pipeline(
            contentFolder: TestPaths.content, templatesFolder: TestPaths.templates,
            outputFolder: TestPaths.scratch() + "/Output")
        return SearchIndex(view: BookView(book: try #require(try pipeline.check().book)))
    }
}
