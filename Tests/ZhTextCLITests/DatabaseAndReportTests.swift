import Foundation
import GRDB
import Testing

@Suite("zhtext extract --format sqlite and zhtext report, end to end")
struct DatabaseAndReportTests {
    /// Two documents of our own, one bad input.
    static func makeCorpus() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-db-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(
            """
            2024年全省地区生产总值增长5.1%，城镇新增就业12.3万人，居民消费价格上涨0.4%。
            2025年主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%以内。
            """.utf8
        ).write(to: folder.appendingPathComponent("a.txt"))
        try Data(
            """
            2024年全市地区生产总值增长6.2%，社会消费品零售总额1200亿元，增长4.3%。
            2025年主要预期目标是：全市地区生产总值增长6%－6.5%，“放管服”改革继续推进。
            """.utf8
        ).write(to: folder.appendingPathComponent("b.txt"))
        try Data([0xFF, 0x00, 0x81, 0xFE, 0x00, 0x00]).write(to: folder.appendingPathComponent("c.txt"))
        return folder
    }

    @Test("the database holds what the jsonl records hold, list by list, plus canonical ids and ranges")
    func sameContentAsJSONLines() throws {
        let folder = try Self.makeCorpus()
        let database = folder.appendingPathComponent("out.sqlite").path
        let jsonl = try CLIRunner.run(["extract", folder.path])
        let run = try CLIRunner.run(["extract", "--format", "sqlite", "--output", database, folder.path])
        #expect(run.status == jsonl.status)
        let records = try jsonl.stdout.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let queue = try DatabaseQueue(path: database)
        try queue.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT version FROM schema_version") == 1)
            let documents = try Row.fetchAll(db, sql: "SELECT * FROM documents ORDER BY id")
            #expect(documents.count == records.count)
            for (index, record) in records.enumerated() {
                let row = documents[index]
                #expect(row["source"] as String? == record["source"] as? String)
                if let error = record["error"] as? [String: Any] {
                    #expect(row["error_code"] as String? == error["code"] as? String)
                    continue
                }
                #expect(row["characters"] as Int? == record["characters"] as? Int)
                let frame = record["document"] as? [String: Any]
                for column in ["title", "region", "date", "kind"] {
                    #expect(row[column] as String? == frame?[column] as? String, "documents.\(column)")
                }
                #expect(row["year"] as Int? == frame?["year"] as? Int)
                for (list, columns) in [
                    ("quantities", ["text", "value", "unit"]),
                    ("percentages", ["text", "value", "unit", "change", "low", "high"]),
                    ("dates", ["text", "value", "kind"]), ("entities", ["text", "type"]), ("terms", ["text"]),
                ] {
                    let rows = try Row.fetchAll(
                        db, sql: "SELECT * FROM \(list) WHERE document_id = ? ORDER BY rowid",
                        arguments: [row["id"] as Int])
                    let items = record[list] as? [[String: Any]] ?? []
                    #expect(rows.count == items.count, "\(list)")
                    for (item, stored) in zip(items, rows) {
                        #expect(
                            stored["start"] as Int? == item["start"] as? Int
                                && stored["end"] as Int? == item["end"] as? Int)
                        for column in columns {
                            #expect(stored[column] as String? == item[column] as? String, "\(list).\(column)")
                        }
                    }
                }
                let facts = try Row.fetchAll(
                    db, sql: "SELECT * FROM facts WHERE document_id = ? ORDER BY rowid", arguments: [row["id"] as Int])
                let items = record["facts"] as? [[String: Any]] ?? []
                #expect(facts.count == items.count)
                for (item, stored) in zip(items, facts) {
                    for column in ["indicator", "canonical", "period", "status", "value", "unit"] {
                        #expect(stored[column] as String? == item[column] as? String, "facts.\(column)")
                    }
                    #expect(stored["subject"] as String? == item["subject"] as? String)
                    let baseline = item["baseline"] as? [String: Any]
                    #expect(stored["baseline_value"] as String? == baseline?["value"] as? String)
                    #expect(stored["baseline_period"] as String? == baseline?["period"] as? String)
                    let change = item["change"] as? [String: Any]
                    #expect(stored["change_value"] as String? == change?["value"] as? String)
                    #expect(stored["change_direction"] as String? == change?["direction"] as? String)
                }
            }
            // The targets: 5%左右 is approximate; 6%－6.5% a range.
            let targets = try Row.fetchAll(
                db,
                sql: """
                    SELECT d.source, f.change_value, f.change_low, f.change_high, f.qualifier FROM facts f JOIN documents d ON d.id = f.document_id
                    WHERE f.canonical = 'gdp' AND f.status = 'target' ORDER BY d.source
                    """)
            #expect(targets.count == 2)
            #expect(targets.first?["qualifier"] as String? == "左右")
            #expect(targets.last?["change_low"] as String? == "6" && targets.last?["change_high"] as String? == "6.5")
        }
    }

    @Test("--format sqlite needs --output, refuses a FIFO, and leaves no temporary file")
    func databaseOutput() throws {
        let folder = try Self.makeCorpus()
        let missing = try CLIRunner.run(["extract", "--format", "sqlite", folder.path])
        #expect(missing.status == 64 && missing.stderr.contains("--output"))
        let fifo = folder.appendingPathComponent("pipe").path
        mkfifo(fifo, 0o644)
        let refused = try CLIRunner.run([
            "extract", "--format", "sqlite", "--output", fifo, folder.appendingPathComponent("a.txt").path,
        ])
        #expect(refused.status == 64 && refused.stderr.contains("regular file"))
        let database = folder.appendingPathComponent("again.sqlite").path
        for _ in 0..<2 {
            _ = try CLIRunner.run([
                "extract", "--format", "sqlite", "--output", database, folder.appendingPathComponent("a.txt").path,
            ])
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.hasSuffix("zhtext-tmp") })
        let count = try DatabaseQueue(path: database).read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM documents")
        }
        #expect(count == 1)
    }

    @Test(
        "the report from documents and from their database: a chart and a table for gdp, highlighted texts, no network")
    func report() throws {
        let folder = try Self.makeCorpus()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("c.txt"))
        let fromText = folder.appendingPathComponent("text.html").path
        let fromDatabase = folder.appendingPathComponent("db.html").path
        let database = folder.appendingPathComponent("out.sqlite").path
        #expect(try CLIRunner.run(["report", "--output", fromText, folder.path]).status == 0)
        #expect(try CLIRunner.run(["extract", "--format", "sqlite", "--output", database, folder.path]).status == 0)
        #expect(try CLIRunner.run(["report", "--output", fromDatabase, database]).status == 0)
        let html = try String(contentsOfFile: fromText, encoding: .utf8)
        #expect(html.contains("id=\"ind-gdp\"") && html.contains("<svg class=\"chart\""))
        #expect(html.contains("<table class=\"facts sortable\""))
        #expect(
            html.contains("<details class=\"doc\" id=\"doc-1\"") && html.contains("<details class=\"doc\" id=\"doc-2\"")
        )
        #expect(html.contains("<span class=\"t\">放管服</span>"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(try String(contentsOfFile: fromDatabase, encoding: .utf8) == html)
    }

    @Test("zhtext indicators prints the table, and maps phrases given or read from standard input")
    func indicators() throws {
        let table = try CLIRunner.run(["indicators"])
        let rows = table.stdout.split(separator: "\n")
        #expect(table.status == 0 && rows.first == "id\tkind\tname\taliases" && rows.count > 40)
        #expect(rows.contains { $0.hasPrefix("gdp\tlevel\tGross domestic product\t国内生产总值 ") })
        let mapped = try CLIRunner.run(["indicators", "全省地区生产总值", "城镇新增就业多增", "新增就业岗位"])
        #expect(mapped.stdout == "全省地区生产总值\tgdp\n城镇新增就业多增\turban_new_jobs\n新增就业岗位\t\n")
        let piped = try CLIRunner.run(["indicators", "-"], stdin: Data("CPI\n经济增长\n".utf8))
        #expect(piped.stdout == "CPI\tcpi\n经济增长\tgdp\n")
    }
}
