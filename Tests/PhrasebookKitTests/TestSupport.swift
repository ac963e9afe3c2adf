// The shared test helpers (TestPaths, ContentFixture, PhrasebookCommand) and fixtures live in their own target,
// Tests/PhrasebookTestSupport; every file of the tests sees them through this one import.
@_exported import PhrasebookTestSupport
