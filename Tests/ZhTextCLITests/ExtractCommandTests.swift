import Foundation
import Testing

@Suite("zhtext extract over corpora, end to end")
struct ExtractCommandTests {
    /// A fixture folder: mixed encodings, an empty file, random bytes, a dangling link, nested folders.
    static func makeCorpus() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-corpus-\(UUID().uuidString)")
        let nested = folder.appendingPathComponent("b/c")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let sentence = "一般公共预算收入512.6亿元，增长9.1%。"
        try Data(sentence.utf8).write(to: folder.appendingPathComponent("a-utf8.txt"))
        try Data(contentsOf: CLIRunner.corpus.appendingPathComponent("11_gb18030-county-report-2023.txt"))
            .write(to: folder.appendingPathComponent("a-gb18030.txt"))
        let utf16 =
            [UInt8(0xFF), 0xFE]
            + "城镇新增就业2.7万人".utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(utf16).write(to: folder.appendingPathComponent("a-utf16.txt"))
        try Data().write(to: folder.appendingPathComponent("b/empty.txt"))
        var generator = SystemRandomNumberGenerator()
        let random = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) } + [0x00, 0xFF, 0xFE, 0x80]
        try Data(random).write(to: nested.appendingPathComponent("random.txt"))
        try Data("新建社区食堂18家".utf8).write(to: nested.appendingPathComponent("z.txt"))
        try Data("不读".utf8).write(to: folder.appendingPathComponent("skip.md"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("b/dangling.txt").path,
            withDestinationPath: "/nonexistent/file.txt")
        return folder
    }

    static func records(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test("one record per input in sorted order; errors only where the input is bad; --jobs 1 and 2 identical")
    func corpusRun() throws {
        let folder = try Self.makeCorpus()
        let one = try CLIRunner.run(["extract", "--jobs", "1", folder.path, "/nonexistent/missing.txt"])
        let two = try CLIRunner.run(["extract", "--jobs", "2", folder.path, "/nonexistent/missing.txt"])
        #expect(one.stdout == two.stdout)
        #expect(one.status == 1 && two.status == 1)
        #expect(one.stderr == "")
        let records = try Self.records(one.stdout)
        let sources = records.map {
            ($0["source"] as? String ?? "").replacingOccurrences(of: folder.path + "/", with: "")
        }
        #expect(
            sources == [
                "a-gb18030.txt", "a-utf16.txt", "a-utf8.txt", "b/c/random.txt", "b/c/z.txt", "b/dangling.txt",
                "b/empty.txt",
                "/nonexistent/missing.txt",
            ])
        let errors = records.map { ($0["error"] as? [String: Any])?["code"] as? String }
        #expect(errors == [nil, nil, nil, "undecodable", nil, "unreadable", nil, "unreadable"])
        #expect(
            records.map { $0["encoding"] as? String } == [
                "gb18030", "utf-16", "utf-8", nil, "utf-8", nil, "utf-8", nil,
            ])
        let quantities = try #require(records[2]["quantities"] as? [[String: Any]])
        #expect(quantities.first?["value"] as? String == "51260000000")
        #expect(quantities.first?["start"] as? Int == 8 && quantities.first?["end"] as? Int == 15)
        #expect(records.allSatisfy { $0["schema"] as? Int == 1 })
    }

    @Test("a file without read permission yields an error record (when not running as root)")
    func unreadableFile() throws {
        let path = try CLIRunner.temporaryFile(Array("增长9.1%".utf8))
        chmod(path, 0o000)
        defer { chmod(path, 0o644) }
        let result = try CLIRunner.run(["extract", path])
        let record = try #require(try Self.records(result.stdout).first)
        if getuid() == 0 {
            #expect(record["error"] == nil, "root reads any file")
        } else {
            #expect((record["error"] as? [String: Any])?["code"] as? String == "unreadable")
            #expect(result.status == 1)
        }
    }

    @Test("a 20 MB one-line document is analysed")
    func largeDocument() throws {
        // Mostly prose (a debug build reads it in seconds), with figures at both ends.
        let filler = String(repeating: "全市经济社会发展稳中有进，民生福祉持续增进，", count: 340_000)
        let line = "地区生产总值增长5.2%，" + filler + "城镇新增就业2.7万人，"
        let path = try CLIRunner.temporaryFile(Array(line.utf8))
        #expect(line.utf8.count > 20_000_000)
        let result = try CLIRunner.run(["extract", "--format", "csv", path])
        #expect(result.status == 0)
        let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let end = line.unicodeScalars.count - 1
        #expect(rows.contains { $0.hasPrefix("\(path),percentage,5.2%,8,12,5.2,percent,") })
        #expect(rows.contains { $0.hasPrefix("\(path),quantity,2.7万人,\(end - 5),\(end),27000,person,") })
        let limited = try CLIRunner.run(["extract", "--max-bytes", "1000000", path])
        #expect(limited.status == 1)
        #expect(limited.stdout.contains("\"code\": \"too-large\""))
    }

    @Test("csv: RFC 4180 rows that parse back, with a header")
    func csv() throws {
        let path = try CLIRunner.temporaryFile(Array("收入1,234.5万元，\"引号\"增长9.1%".utf8), name: "a,b.txt")
        let result = try CLIRunner.run(["extract", "--format", "csv", path, "/nonexistent/x.txt"])
        let rows = try Self.parseCSV(result.stdout)
        #expect(
            rows.first == [
                "source", "kind", "text", "start", "end", "value", "unit", "classifier", "type", "approximate",
                "qualifier",
                "low", "high", "change", "date_kind", "error_code", "error_message", "change_value", "change_unit",
                "period", "status", "encoding", "characters", "numerator", "denominator", "canonical", "subject",
                "change_low", "change_high", "baseline_value", "baseline_period",
            ])
        #expect(rows.allSatisfy { $0.count == 31 })
        #expect(
            rows[1] == [path, "document"] + Array(repeating: "", count: 19) + ["utf-8", "22"]
                + Array(repeating: "", count: 8))
        let quantity = try #require(rows.first { $0[1] == "quantity" })
        #expect(quantity[0] == path && quantity[2] == "1,234.5万元" && quantity[5] == "12345000")
        let percentage = try #require(rows.first { $0[1] == "percentage" })
        #expect(percentage[5] == "9.1" && percentage[13] == "increase")
        let error = try #require(rows.last)
        #expect(error[1] == "error" && error[15] == "unreadable")
    }

    @Test("csv: a fact row has the database's fields: bounds, qualifier, canonical id, change range")
    func csvFacts() throws {
        let path = try CLIRunner.temporaryFile(Array("今年主要预期目标是：地区生产总值增长6.5%－7%，城镇新增就业50万人以上。".utf8))
        let rows = try Self.parseCSV(try CLIRunner.run(["extract", "--format", "csv", path]).stdout)
        let column = Dictionary(uniqueKeysWithValues: rows[0].enumerated().map { ($1, $0) })
        let facts = rows.filter { $0[1] == "fact" }
        let gdp = try #require(facts.first { $0[column["canonical"]!] == "gdp" })
        #expect(gdp[2] == "地区生产总值" && gdp[column["status"]!] == "target")
        #expect(gdp[column["change_low"]!] == "6.5" && gdp[column["change_high"]!] == "7")
        let jobs = try #require(facts.first { $0[column["canonical"]!] == "urban_new_jobs" })
        #expect(jobs[column["value"]!] == "500000" && jobs[column["qualifier"]!] == "以上")
    }

    @Test("json: one array of the records")
    func json() throws {
        let path = try CLIRunner.temporaryFile(Array("增长9.1%".utf8))
        let result = try CLIRunner.run(["extract", "--format", "json", path, path])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        #expect((array[1]["percentages"] as? [[String: Any]])?.first?["value"] as? String == "9.1")
        let empty = try CLIRunner.run([
            "extract", "--format", "json", "--include", "*.none", FileManager.default.temporaryDirectory.path,
        ])
        #expect(try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as? [Any] != nil)
    }

    @Test("--jsonl-input: one record per line, in order, source = id; bad lines are invalid-input")
    func jsonlInput() throws {
        var lines = (0..<40).map { #"{"id": "doc-\#($0)", "text": "增长\#($0).5%"}"# }
        lines.insert("{broken", at: 5)
        lines.insert(#"{"id": 99}"#, at: 9)
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        let one = try CLIRunner.run(["extract", "--jsonl-input", "--jobs", "1", "-"], stdin: input)
        let two = try CLIRunner.run(["extract", "--jsonl-input", "--jobs", "2", "-"], stdin: input)
        #expect(one.stdout == two.stdout)
        #expect(one.status == 1)
        let records = try Self.records(one.stdout)
        #expect(records.count == 42)
        #expect(records[0]["source"] as? String == "doc-0")
        #expect(((records[0]["percentages"] as? [[String: Any]])?.first)?["value"] as? String == "0.5")
        #expect((records[5]["error"] as? [String: Any])?["code"] as? String == "invalid-input")
        #expect(records[5]["source"] is NSNull && records[5]["line"] as? Int == 6)
        #expect(records[9]["source"] as? Int == 99)
        #expect(records[41]["source"] as? String == "doc-39")
    }

    @Test("--output is written atomically: the file appears whole, no temporary file stays")
    func outputFile() throws {
        let path = try CLIRunner.temporaryFile(Array("增长9.1%".utf8))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let target = folder.appendingPathComponent("records.jsonl").path
        let result = try CLIRunner.run(["extract", "--output", target, path])
        #expect(result.status == 0 && result.stdout == "")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("{\"schema\": 1"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["input.txt", "records.jsonl"])
        let bad = try CLIRunner.run(["extract", "--output", "/nonexistent/folder/out.jsonl", path])
        #expect(bad.status == 64)
    }

    @Test("piped into head, it ends quietly")
    func brokenPipe() throws {
        let folder = try Self.makeCorpus()
        let command =
            "set -o pipefail; '\(CLIRunner.binary.path)' extract --format jsonl '\(folder.path)' '\(folder.path)' '\(folder.path)' | head -c 10 > /dev/null; echo \"status ${PIPESTATUS[0]}\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaints = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(complaints == "")
        #expect(printed == "status 0\n" || printed == "status 1\n")
    }

    /// A small RFC 4180 reader for the tests.
    static func parseCSV(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\""); pending = scalars.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                row.append(field)
                field = ""
            } else if scalar == "\r", pending == "\n" {
                pending = scalars.next()
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        try #require(row.isEmpty && field.isEmpty && !quoted, "CSV ends inside a row")
        return rows
    }
}
