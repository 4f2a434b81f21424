import Foundation
import Testing
import ZhText

/// The records a library user writes are the command's records (issue 17: the record encoding
/// lives in the library), and the result types carry typed, documented fields.
@Suite("Records and result types")
struct RecordTests {
    static let text = "2024年，全市一般公共预算收入512.6亿元，增长9.1%；城镇新增就业2.7万人。市长邵闻达在东陵市政府会议上说，要落实“放管服”改革。"

    static func object(_ json: String) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary)
    }

    @Test("DocumentRecord.json writes the record; JSONEncoder gives the same lists")
    func recordAndEncoder() throws {
        let decoded = DecodedText(text: Self.text, encoding: .utf8, byteCount: Self.text.utf8.count)
        let analysis = DocumentAnalyzer().analyze(Self.text)
        let record = try Self.object(
            DocumentRecord.json(source: .name("report.txt"), decoded: decoded, analysis: analysis))
        #expect(record["schema"] as? Int == 1 && record["source"] as? String == "report.txt")
        #expect(record["characters"] as? Int == Self.text.unicodeScalars.count)
        let encoded = try Self.object(String(decoding: JSONEncoder().encode(analysis), as: UTF8.self))
        for list in ["quantities", "percentages", "dates", "entities", "terms", "facts"] {
            let written = try #require(record[list] as? NSArray)
            #expect(written.count > 0, "\(list)")
            #expect(encoded[list] as? NSArray == written, "\(list)")
        }
        let fact = try #require((record["facts"] as? [NSDictionary])?.first)
        #expect(fact["indicator"] as? String == "一般公共预算收入" && fact["value"] as? String == "51260000000")
        #expect((fact["change"] as? NSDictionary)?["direction"] as? String == "increase")
    }

    @Test("a change given as a range is a range: value null, low and high, in both encodings")
    func rangeChange() throws {
        let text = "今年发展的主要预期目标是：国内生产总值增长6%－6.5%；居民收入增长5.5%—6%。"
        let decoded = DecodedText(text: text, encoding: .utf8, byteCount: text.utf8.count)
        let analysis = DocumentAnalyzer().analyze(text)
        let change = try #require(analysis.facts.first?.change)
        #expect(change.low == ExactDecimal("6") && change.high == ExactDecimal("6.5"))
        #expect(change.value == ExactDecimal("6.5") && change.recordValue == nil)
        let record = try Self.object(
            DocumentRecord.json(source: .name("plan.txt"), decoded: decoded, analysis: analysis))
        let facts = try #require(record["facts"] as? [NSDictionary])
        let changes = facts.compactMap { $0["change"] as? NSDictionary }
        #expect(facts.map { $0["indicator"] as? String } == ["国内生产总值", "居民收入"])
        #expect(changes.map { $0["low"] as? String } == ["6", "5.5"])
        #expect(changes.map { $0["high"] as? String } == ["6.5", "6"])
        #expect(changes.allSatisfy { $0["value"] is NSNull })
        let encoded = try Self.object(String(decoding: JSONEncoder().encode(analysis), as: UTF8.self))
        #expect(encoded["facts"] as? NSArray == record["facts"] as? NSArray)
        let single = try #require(DocumentAnalyzer().analyze("收入增长9.1%").facts.first?.change)
        #expect(single.low == nil && single.recordValue == ExactDecimal("9.1"))
    }

    @Test("numeric ids stay numbers; a line without an id has source null and its line")
    func sources() throws {
        let decoded = DecodedText(text: "增长5%", encoding: .utf8, byteCount: 8)
        let analysis = DocumentAnalyzer().analyze(decoded.text)
        #expect(
            DocumentRecord.json(source: .number("49"), decoded: decoded, analysis: analysis).hasPrefix(
                #"{"schema": 1, "source": 49, "#))
        let error = TextInputError(code: .invalidInput, source: "-:3", message: "missing \"id\"")
        #expect(
            DocumentRecord.json(error: error, source: .line(3))
                == #"{"schema": 1, "source": null, "line": 3, "error": {"code": "invalid-input", "message": "missing \"id\""}}"#
        )
    }

    @Test("facts have typed units and their evidence; entities a type; changes one direction type")
    func typedFields() throws {
        let analysis = DocumentAnalyzer().analyze(Self.text)
        let revenue = try #require(analysis.facts.first { $0.indicator == "一般公共预算收入" })
        #expect(revenue.unit == .measure(.cny) && revenue.unit?.rawValue == "CNY")
        #expect(revenue.text == "一般公共预算收入512.6亿元，增长9.1%")
        #expect(revenue.change == Fact.Change(direction: .increase, value: ExactDecimal("9.1")!, unit: .percent))
        #expect(Fact.Unit(rawValue: "percentage-point") == .ratio(.percentagePoint))
        #expect(Fact.Unit(rawValue: "furlong") == nil)
        #expect(analysis.percentages.first?.change == ChangeDirection.increase)
        let mayor = try #require(analysis.entities.first { $0.text == "邵闻达" })
        #expect(mayor.type == .person)
    }

    @Test("ExactDecimal converts to and from Foundation's Decimal exactly")
    func decimals() throws {
        for text in ["512.6", "51260000000", "-1.31", "0.000001", "12345678901234567890123456789012345678"] {
            let value = try #require(ExactDecimal(text))
            let decimal = try #require(value.decimal)
            #expect(decimal.description == text)
            #expect(ExactDecimal(decimal) == value)
        }
        #expect(ExactDecimal("123456789012345678901234567890123456789")?.decimal == nil)  // 39 digits
        #expect(ExactDecimal(Decimal.nan) == nil)
        #expect(ExactDecimal(Decimal(string: "0.25")!)?.description == "0.25")
    }
}
