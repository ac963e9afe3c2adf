import Testing

@testable import PhrasebookKit

@Suite("Free memory handed back")
struct FreeMemoryTests {
    /// What it hands back is measured by the benchmark's peak (Documentation/Performance.md); here, that the call
    /// is there to be made: without it a build would silently keep every free page.
    @Test("glibc's malloc_trim is found and can be called")
    func found() {
        #expect(FreeMemory.canGiveBack)
        FreeMemory.giveBack()
    }
}
