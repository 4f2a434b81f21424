import Foundation
import Testing

@Suite("zhtext tokenize and normalize, end to end")
struct CommandTests {
    @Test("text: one output line per input line, tokens separated by one space")
    func textFormat() throws {
        let path = try CLIRunner.temporaryFile(Array("一般公共预算收入512.6亿元，增长9.1%。\r\n\n　　GDP达到126.06万亿元".utf8))
        let result = try CLIRunner.run(["tokenize", path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == "一般公共预算收入 512.6亿 元 ， 增长 9.1% 。\n\nGDP 达到 126.06万亿 元\n")
    }

    @Test("standard input and the ICU mode")
    func standardInput() throws {
        let result = try CLIRunner.run(["tokenize", "--mode", "icu", "-"], stdin: Data("GDP增长\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "GDP 增长\n")
    }

    @Test("jsonl: one record per token with scalar offsets; the texts tile the input")
    func jsonLines() throws {
        let text = "“放管服”改革\t5G\n"
        let result = try CLIRunner.run(["tokenize", "--format", "jsonl", "-"], stdin: Data(text.utf8))
        #expect(result.status == 0)
        let records = try result.stdout.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.map { $0["text"] as? String ?? "" }.joined() == text)
        #expect(
            records.map { $0["kind"] as? String ?? "" } == [
                "punctuation", "word", "punctuation", "word", "whitespace", "latin", "whitespace",
            ])
        #expect(records[1]["start"] as? Int == 1 && records[1]["end"] as? Int == 4)
        #expect(records[5]["start"] as? Int == 8 && records[5]["end"] as? Int == 10)
    }

    @Test("a user lexicon keeps its words whole")
    func userWords() throws {
        let words = try CLIRunner.temporaryFile(Array("东陵市 ns\n".utf8), name: "words.txt")
        let result = try CLIRunner.run(["tokenize", "--user-words", words, "-"], stdin: Data("东陵市召开会议".utf8))
        #expect(result.stdout == "东陵市 召开 会议\n")
        let bad = try CLIRunner.temporaryFile(Array("东陵市 x y z\n".utf8), name: "bad.txt")
        let failure = try CLIRunner.run(["tokenize", "--user-words", bad, "-"], stdin: Data())
        #expect(failure.status == 1)
        #expect(failure.stderr == "zhtext: \(bad):1: expected `word [frequency] [tag]`, found 4 fields\n")
    }

    @Test("a GB18030 file is detected; forcing UTF-8 on it fails with a one-line error")
    func encodings() throws {
        let path = CLIRunner.corpus.appendingPathComponent("11_gb18030-county-report-2023.txt").path
        let detected = try CLIRunner.run(["tokenize", path])
        #expect(detected.status == 0)
        #expect(detected.stdout.contains("政府工作报告"))
        let forced = try CLIRunner.run(["tokenize", "--encoding", "utf-8", path])
        #expect(forced.status == 1)
        #expect(forced.stdout == "")
        #expect(forced.stderr.hasPrefix("zhtext: \(path): not valid UTF-8 (bad byte at offset "))
        #expect(forced.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test("a missing file or bad bytes: one line naming the input, exit status 1")
    func errors() throws {
        let missing = try CLIRunner.run(["tokenize", "/nonexistent/report.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "zhtext: /nonexistent/report.txt: no such file\n")
        let bad = try CLIRunner.temporaryFile([0x61, 0xFF, 0xFE, 0xFF, 0x80])
        let undecodable = try CLIRunner.run(["normalize", bad])
        #expect(undecodable.status == 1)
        #expect(undecodable.stderr == "zhtext: \(bad): not valid UTF-8, GB18030 or Big5 text\n")
    }

    @Test("a directory is walked in sorted order; a bad file is reported and the others still processed")
    func directories() throws {
        let first = try CLIRunner.temporaryFile(Array("增长\n".utf8), name: "b.txt")
        let folder = URL(fileURLWithPath: first).deletingLastPathComponent()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("a"), withIntermediateDirectories: true)
        try Data("经济".utf8).write(to: folder.appendingPathComponent("a/z.txt"))
        try Data("会议".utf8).write(to: folder.appendingPathComponent("c.md"))
        try Data([0xFF, 0xFF, 0x81]).write(to: folder.appendingPathComponent("d.txt"))
        try Data("发展".utf8).write(to: folder.appendingPathComponent("e.txt"))
        let result = try CLIRunner.run(["tokenize", folder.path])
        #expect(result.stdout == "经济\n增长\n发展\n")
        #expect(result.stderr == "zhtext: \(folder.path)/d.txt: not valid UTF-8, GB18030 or Big5 text\n")
        #expect(result.status == 1)
        let markdown = try CLIRunner.run(["tokenize", "--include", "*.md", folder.path])
        #expect(markdown.stdout == "会议\n" && markdown.status == 0)
    }

    @Test("bad usage exits with status 64")
    func usage() throws {
        #expect(try CLIRunner.run(["tokenize", "--mode", "fast", "-"]).status == 64)
        #expect(try CLIRunner.run(["tokenize"]).status == 64)
    }

    @Test("normalize: NFKC, folded whitespace, Traditional to Simplified")
    func normalize() throws {
        let text = "　　ＧＤＰ增長１２．５％\r\n"
        let plain = try CLIRunner.run(["normalize", "-"], stdin: Data(text.utf8))
        #expect(plain.stdout == " GDP增長12.5%\n")
        let simplified = try CLIRunner.run(["normalize", "--t2s", "-"], stdin: Data(text.utf8))
        #expect(simplified.stdout == " GDP增长12.5%\n")
    }
}
