@testable import PhrasebookKit

extension ContentFixture {
    /// Builds the fixture with the repository's templates into a new scratch output folder (`…/Output`), the
    /// content folder removed after: the output folder and the build's result.
    func built(_ options: RenderOptions = RenderOptions()) throws -> (output: String, result: Pipeline.BuildResult) {
        try withFolder { folder in
            let output = TestPaths.scratch() + "/Output"
            let result = try Pipeline(contentFolder: folder, templatesFolder: TestPaths.templates, outputFolder: output)
                .build(options)
            return (output, result)
        }
    }
}
