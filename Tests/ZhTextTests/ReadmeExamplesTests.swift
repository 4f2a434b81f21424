import Foundation
import Testing

/// The README's Swift examples compile (they are `ReadmeExamples`) and are the README's text.
@Suite("README examples")
struct ReadmeExamplesTests {
    @Test("ReadmeExamples.swift holds exactly the README's Swift blocks (run Scripts/readme-examples.py after editing)")
    func inStep() throws {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        var blocks: [String] = []
        var rest = readme[...]
        while let open = rest.range(of: "```swift\n"), let close = rest[open.upperBound...].range(of: "```") {
            blocks.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        #expect(blocks.count >= 2)
        #expect(blocks == ReadmeExamples.sources)
    }

    @Test("the building-blocks example runs")
    func runs() throws {
        try ReadmeExamples.example2()
    }
}
