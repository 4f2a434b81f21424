import Foundation
import Testing
import ZhText

/// What a new user found by throwing hostile input at the CLI (issue 17), one test per fault.
@Suite("zhtext under hostile input, end to end")
struct RobustnessTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-robust-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func sources(_ output: String) throws -> [String] {
        try ExtractCommandTests.records(output).map { $0["source"] as? String ?? "?" }
    }

    @Test("a link to a folder is walked like the folder, with or without a trailing slash, by every command")
    func linkedFolder() throws {
        let base = try Self.folder()
        let real = base.appendingPathComponent("real/sub")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try Data("收入512.6亿元".utf8).write(to: real.appendingPathComponent("a.txt"))
        try Data("增长9.1%".utf8).write(to: base.appendingPathComponent("real/b.txt"))
        let link = base.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(
            atPath: link, withDestinationPath: base.appendingPathComponent("real").path)
        for path in [link, link + "/"] {
            let result = try CLIRunner.run(["extract", path])
            #expect(result.status == 0)
            #expect(try Self.sources(result.stdout) == [link + "/b.txt", link + "/sub/a.txt"])
        }
        #expect(try CLIRunner.run(["tokenize", link]).stdout == "增长 9.1%\n收入 512.6亿 元\n")
        #expect(try CLIRunner.run(["normalize", link + "/"]).stdout == "增长9.1%收入512.6亿元")
    }

    @Test("folder links inside a walk are followed; loops and links to nothing are error records that say so")
    func loops() throws {
        let base = try Self.folder()
        let inner = base.appendingPathComponent("a")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try Data("增长1%".utf8).write(to: inner.appendingPathComponent("x.txt"))
        let outside = try Self.folder()
        try Data("增长2%".utf8).write(to: outside.appendingPathComponent("y.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: inner.appendingPathComponent("back").path, withDestinationPath: base.path)
        try FileManager.default.createSymbolicLink(
            atPath: inner.appendingPathComponent("out").path, withDestinationPath: outside.path)
        let selfLink = inner.appendingPathComponent("self.txt").path
        try FileManager.default.createSymbolicLink(atPath: selfLink, withDestinationPath: selfLink)
        let result = try CLIRunner.run(["extract", base.path])
        let records = try ExtractCommandTests.records(result.stdout)
        let summary = records.map { record in
            let source = (record["source"] as? String ?? "").replacingOccurrences(of: base.path + "/", with: "")
            return [source, (record["error"] as? [String: Any])?["message"] as? String ?? "ok"]
        }
        #expect(
            summary == [
                ["a/back", "a folder loop: it leads back to \(base.path)"],
                ["a/out/y.txt", "ok"],
                ["a/self.txt", "a link that loops back on itself"],
                ["a/x.txt", "ok"],
            ])
        #expect(result.status == 1)
    }

    @Test("runs of numerals far longer than any number read as nothing")
    func numeralRuns() throws {
        for run in [
            String(repeating: "一", count: 20_000), String(repeating: "9", count: 20_000),
            String(repeating: "三点", count: 10_000),
        ] {
            let path = try CLIRunner.temporaryFile(Array(("增长5%，" + run + "。").utf8))
            let records = try ExtractCommandTests.records(try CLIRunner.run(["extract", path]).stdout)
            #expect((records[0]["percentages"] as? [[String: Any]])?.count == 1)
            #expect((records[0]["quantities"] as? [[String: Any]])?.isEmpty == true)
        }
    }

    @Test("standard input and JSON Lines lines stop at --max-bytes with a too-large record")
    func standardInputLimit() throws {
        let big = Data(repeating: 0x61, count: 3 << 20)
        let result = try CLIRunner.run(["extract", "--max-bytes", "1000", "-"], stdin: big)
        #expect(
            result.stdout
                == #"{"schema": 1, "source": "-", "error": {"code": "too-large", "message": "larger than the limit of 1000 bytes (--max-bytes)"}}"#
                + "\n")
        #expect(result.status == 1)
        let lines =
            #"{"id": "a", "text": "增长1%"}"# + "\n" + #"{"id": "b", "text": ""# + String(repeating: "长", count: 400_000)
            + "\"}\n" + #"{"id": "c", "text": "增长3%"}"# + "\n"
        let jsonl = try CLIRunner.run(
            ["extract", "--jsonl-input", "--max-bytes", "1000", "-"], stdin: Data(lines.utf8))
        let records = try ExtractCommandTests.records(jsonl.stdout)
        #expect(
            records.map { ($0["error"] as? [String: Any])?["code"] as? String ?? "ok" } == ["ok", "too-large", "ok"])
        #expect(records[1]["line"] as? Int == 2 && records[1]["source"] is NSNull)
    }

    @Test("--output keeps FIFOs, devices, links and permissions; a folder is refused before any work")
    func outputTargets() throws {
        let base = try Self.folder()
        let input = base.appendingPathComponent("in.txt").path
        try Data("增长9.1%".utf8).write(to: URL(fileURLWithPath: input))
        // A link: the file it leads to is replaced, with its permissions; the link stays.
        let file = base.appendingPathComponent("records.jsonl").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: file))
        chmod(file, 0o600)
        let link = base.appendingPathComponent("link.jsonl").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        #expect(try CLIRunner.run(["extract", "--output", link, input]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == file)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("{\"schema\": 1"))
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)
        // A device is written, not replaced.
        #expect(try CLIRunner.run(["extract", "--output", "/dev/null", input]).status == 0)
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        // A FIFO stays a FIFO and its reader gets the records.
        let fifo = base.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let pipe = Pipe()
        reader.standardOutput = pipe
        try reader.run()
        #expect(try CLIRunner.run(["extract", "--output", fifo, input]).status == 0)
        let received = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        #expect(received.hasPrefix("{\"schema\": 1"))
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        // A folder: refused at once, named, without the usage text.
        let refused = try CLIRunner.run(["extract", "--output", base.path, input])
        #expect(refused.status == 64)
        #expect(refused.stderr == "zhtext: --output: \(base.path) is a folder; give a file name\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: base.path).sorted() == [
                "fifo", "in.txt", "link.jsonl", "records.jsonl",
            ])
    }

    @Test("a killed run leaves no temporary file; an interrupted one says so")
    func signals() throws {
        let base = try Self.folder()
        let input = base.appendingPathComponent("big.txt").path
        try Data(String(repeating: "地区生产总值增长5.2%，收入512.6亿元。", count: 200_000).utf8).write(
            to: URL(fileURLWithPath: input))
        let output = base.appendingPathComponent("out.jsonl").path
        for signalNumber in [SIGKILL, SIGINT] {
            let process = Process()
            process.executableURL = CLIRunner.binary
            process.arguments = ["extract", "--jobs", "1", "--output", output, input, input, input]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            usleep(400_000)
            kill(process.processIdentifier, signalNumber)
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signalNumber)
            #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["big.txt"])
            if signalNumber == SIGINT { #expect(said == "\nzhtext: interrupted (SIGINT); nothing more is written\n") }
        }
    }

    @Test("a failed write on standard output is said, with status 74")
    func fullDisk() throws {
        let path = try CLIRunner.temporaryFile(Array("增长9.1%".utf8))
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["extract", path]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74)
        #expect(said == "zhtext: cannot write to standard output: No space left on device; the output is incomplete\n")
    }

    @Test(
        "UTF-16 without a byte order mark is read in the byte order that gives text; bytes that give none are refused")
    func utf16WithoutMark() throws {
        let text = "城镇新增就业2.7万人，增长5%"
        let big = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let little = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        for (bytes, options) in [
            (big, [String]()), (big, ["--encoding", "utf-16"]), (little, []), (little, ["--encoding", "utf-16"]),
        ] {
            let path = try CLIRunner.temporaryFile(bytes)
            let records = try ExtractCommandTests.records(try CLIRunner.run(["extract"] + options + [path]).stdout)
            #expect(records[0]["encoding"] as? String == "utf-16")
            #expect((records[0]["quantities"] as? [[String: Any]])?.first?["value"] as? String == "27000")
        }
        var generator = SystemRandomNumberGenerator()
        let noise = try CLIRunner.temporaryFile((0..<2000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let refused = try ExtractCommandTests.records(
            try CLIRunner.run(["extract", "--encoding", "utf-16", noise]).stdout)
        #expect(
            (refused[0]["error"] as? [String: Any])?["message"] as? String
                == "not UTF-16 text: no byte order mark, and neither byte order reads as text")
    }

    @Test("JSON Lines for mappers: ids as written, a record for every line, lines found again, --exit-zero")
    func mapperLines() throws {
        let lines = [
            #"{"id": 49, "text": "增长1%"}"#, #"{"id": "49", "text": "增长2%"}"#, #"{"id": 1.5e3, "text": ""}"#,
            #"{"text": "增长3%", "id": 123456789012345678901234567890}"#, "", #"{"text": "没有编号"}"#,
            "{\"id\": \"x\", \"text\": \"\u{FF}\"}",
            #"{"id": true, "text": "t"}"#, #"{"id": 0, "text": "增长4%"}"#, #"{"id": 1, "text": ""}"#,
        ]
        var bytes = Array(lines.joined(separator: "\n").utf8) + [0x0A]
        let bad = bytes.firstIndex(of: 0xC3)!  // the ÿ of the seventh line: make it an invalid byte
        bytes[bad] = 0xFF
        bytes.remove(at: bad + 1)
        let result = try CLIRunner.run(["extract", "--jsonl-input", "-"], stdin: Data(bytes))
        let output = result.stdout.split(separator: "\n").map(String.init)
        #expect(output.count == 10)
        #expect(output[0].hasPrefix(#"{"schema": 1, "source": 49, "encoding""#))
        #expect(output[1].hasPrefix(#"{"schema": 1, "source": "49", "encoding""#))
        #expect(output[2].hasPrefix(#"{"schema": 1, "source": 1.5e3, "encoding""#))
        #expect(output[3].hasPrefix(#"{"schema": 1, "source": 123456789012345678901234567890, "encoding""#))
        #expect(
            output[4]
                == #"{"schema": 1, "source": null, "line": 5, "error": {"code": "invalid-input", "message": "a blank line, not a record {\"id\": ..., \"text\": ...} (line 5 of -)"}}"#
        )
        #expect(
            output[5]
                == #"{"schema": 1, "source": null, "line": 6, "error": {"code": "invalid-input", "message": "missing \"id\" (a string or a number) (line 6 of -: {\"text\": \"没有编号\"})"}}"#
        )
        #expect(output[6].contains(#""message": "not valid UTF-8 (bad byte at offset 21 of the line) (line 7 of -)""#))
        #expect(output[7].contains(#""message": "\"id\" must be a string or a number, not a boolean (line 8 of -"#))
        #expect(output[8].hasPrefix(#"{"schema": 1, "source": 0, "encoding""#))
        #expect(output[9].hasPrefix(#"{"schema": 1, "source": 1, "encoding""#))
        #expect(result.status == 1)
        let mapper = try CLIRunner.run(["extract", "--jsonl-input", "--exit-zero", "-"], stdin: Data(bytes))
        #expect(mapper.status == 0 && mapper.stdout == result.stdout)
    }

    @Test("the table for people: headers, aligned columns, a summary; the progress line never lands inside it")
    func table() throws {
        let path = try CLIRunner.temporaryFile(Array("收入512.6亿元，增长9.1%。".utf8))
        let result = try CLIRunner.run(["extract", "--format", "table", path, path])
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines[0...4] == [
                "\(path)  (utf-8, 17 characters: 1 quantity, 1 percentage, 0 dates, 0 entities, 0 terms, 1 fact)",
                "  list        text       value        unit     notes                        at",
                "  fact        收入       51260000000  CNY      increase 9.1 percent actual  0–16",
                "  quantity    512.6亿元  51260000000  CNY                                   2–9",
                "  percentage  9.1%       9.1          percent  increase                     12–16",
            ])
        #expect(lines.last(where: { !$0.isEmpty }) == "2 documents, 0 errors, 6 items in all")
        // On a terminal (a pseudo-terminal from script(1)), progress and table share it.
        let corpus = try Self.folder()
        for copy in 0..<12 {
            for name in [
                "01_city-work-report-2024.txt", "03_statistical-bulletin-2024.txt", "08_national-work-report-2025.txt",
            ] {
                try FileManager.default.copyItem(
                    at: CLIRunner.corpus.appendingPathComponent(name),
                    to: corpus.appendingPathComponent("\(copy)-\(name)"))
            }
        }
        let session = Process()
        session.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        session.arguments = ["-qec", "'\(CLIRunner.binary.path)' extract --jobs 2 '\(corpus.path)'", "/dev/null"]
        let pipe = Pipe()
        session.standardOutput = pipe
        try session.run()
        let screen = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        session.waitUntilExit()
        let rows = screen.components(separatedBy: "\r\n").filter {
            $0.hasPrefix("  quantity") || $0.hasPrefix("  fact")
        }
        #expect(rows.count > 1000)
        #expect(!rows.contains { $0.contains("MB/s") })
        #expect(screen.contains("36 documents, 0 errors"))
    }

    @Test("--help describes every list, gives examples and one default for --jobs")
    func help() throws {
        let help = try CLIRunner.run(["extract", "--help"]).stdout
        for phrase in [
            "named entities", "indicator", "facts", "Examples:", "--exit-zero", "--bom", "(default: all cores).",
        ] {
            #expect(help.contains(phrase), "\(phrase)")
        }
        #expect(!help.contains("(default: 2)"))
    }

    @Test("csv: a row for every document, also without items, and a byte order mark on request")
    func csvDocuments() throws {
        let empty = try CLIRunner.temporaryFile(Array("没有数字".utf8))
        let result = try CLIRunner.run(["extract", "--format", "csv", "--bom", empty])
        #expect(Array(result.stdout.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = try ExtractCommandTests.parseCSV(String(result.stdout.dropFirst()))
        #expect(
            rows.count == 2 && rows[1][0] == empty && rows[1][1] == "document" && rows[1][22] == "4"
                && rows[1].count == 31)
        #expect(try CLIRunner.run(["extract", "--bom", empty]).status == 64)
    }
}

@Suite("zhtext records are the library's records")
struct LibraryRecordTests {
    @Test("a Corpus document's jsonl line is DocumentRecord.json of the library's analysis")
    func sameRecord() throws {
        let url = CLIRunner.corpus.appendingPathComponent("08_national-work-report-2025.txt")
        let line = try CLIRunner.run(["extract", url.path]).stdout
        let decoded = try TextDecoder().decode(contentsOf: url)
        #expect(
            line == DocumentRecord.json(
                source: .name(url.path), decoded: decoded, analysis: DocumentAnalyzer().analyze(decoded.text)) + "\n")
    }
}
