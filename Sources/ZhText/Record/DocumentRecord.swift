/// The record of one document as `zhtext extract` writes it (one line of its `jsonl` output), so
/// that a library user produces exactly the command's records.
///
/// ```swift
/// let decoded = try TextDecoder().decode(contentsOf: url)
/// let line = DocumentRecord.json(source: .name("report.txt"), decoded: decoded,
///                                analysis: DocumentAnalyzer().analyze(decoded.text))
/// ```
///
/// The item types are also `Encodable` with the same fields, for `JSONEncoder`.
public enum DocumentRecord {
    /// The record format's version; removing or renaming a field bumps it.
    public static let schema = 1

    /// How a record names its input: the `source` field.
    public enum Source: Sendable, Hashable {
        /// A path, `-`, or a string id: a JSON string.
        case name(String)
        /// A numeric id, kept as its JSON text (`49`, `1.5e3`), so that `49` and `"49"` differ.
        case number(String)
        /// No usable id: `source` is null and the record gives the input's line number.
        case line(Int)

        /// The JSON value of `source`.
        var json: String {
            switch self {
            case .name(let name): JSONObject.quoted(name)
            case .number(let literal): literal
            case .line: "null"
            }
        }
    }

    /// The record of an analysed document, as one line of JSON (without the line break).
    public static func json(source: Source, decoded: DecodedText, analysis: DocumentAnalysis) -> String {
        analysed(source: source, decoded: decoded, figures: analysis)
    }

    /// The record of an input that could not be analysed, as one line of JSON.
    public static func json(error: TextInputError, source: Source) -> String {
        failed(error, source: source)
    }

    static func analysed(
        source: Source, decoded: DecodedText, figures: DocumentAnalysis, terminator: String = ""
    ) -> String {
        let items =
            figures.quantities.count + figures.percentages.count + figures.dates.count + figures.entities.count
            + figures.terms.count + figures.facts.count
        var record = JSONObject(reservingCapacity: 256 + items * 100)
        record.add("schema", schema)
        record.add("source", raw: source.json)
        record.add("encoding", decoded.encoding.rawValue)
        record.add("characters", decoded.text.unicodeScalars.count)
        record.add("quantities", items: figures.quantities, quantity)
        record.add("percentages", items: figures.percentages, percentage)
        record.add("dates", items: figures.dates, date)
        record.add("entities", items: figures.entities, entity)
        record.add("terms", items: figures.terms, term)
        record.add("facts", items: figures.facts, fact)
        record.add("document", raw: document(figures.document))
        return record.close(terminator)
    }

    /// The record of an input that could not be analysed; a JSON Lines line without a usable id
    /// has `source` null and its `line`.
    static func failed(_ error: TextInputError, source: Source) -> String {
        var inner = JSONObject()
        inner.add("code", error.code.rawValue)
        inner.add("message", error.message)
        var record = JSONObject()
        record.add("schema", schema)
        record.add("source", raw: source.json)
        if case .line(let line) = source { record.add("line", line) }
        record.add("error", raw: inner.close())
        return record.close()
    }

    static func quantity(_ item: Quantity) -> String {
        var object = JSONObject()
        object.addSpan(item.text, item.scalarOffsets)
        object.add("value", item.value?.description)
        object.add("unit", item.unit?.rawValue)
        object.add("number", item.number?.description)
        object.add("multiplier", item.multiplier?.description)
        object.add("surfaceUnit", item.surfaceUnit)
        object.add("classifier", item.classifier)
        object.add("approximate", item.approximate)
        object.add("qualifier", item.qualifier)
        object.add("low", item.low?.description)
        object.add("high", item.high?.description)
        return object.close()
    }

    static func percentage(_ item: Percentage) -> String {
        var object = JSONObject()
        object.addSpan(item.text, item.scalarOffsets)
        // The contract's value: null for a range (low/high) and a fraction (numerator/denominator).
        object.add("value", item.recordValue?.description)
        object.add("unit", item.unit.rawValue)
        object.add("approximate", item.approximate)
        object.add("qualifier", item.qualifier)
        object.add("change", item.change?.rawValue)
        object.add("low", item.low?.description)
        object.add("high", item.high?.description)
        object.add("numerator", item.numerator?.description)
        object.add("denominator", item.denominator?.description)
        return object.close()
    }

    static func entity(_ item: Entity) -> String {
        var object = JSONObject()
        object.addSpan(item.text, item.scalarOffsets)
        object.add("type", item.type.rawValue)
        return object.close()
    }

    static func fact(_ item: Fact) -> String {
        var object = JSONObject()
        object.add("indicator", item.indicator)
        object.add("value", item.value?.description)
        object.add("unit", item.unit?.rawValue)
        if let change = item.change {
            var inner = JSONObject()
            inner.add("direction", change.direction?.rawValue)
            inner.add("value", change.recordValue?.description)  // null for a range (low/high)
            inner.add("unit", change.unit.rawValue)
            if let low = change.low, let high = change.high {
                inner.add("low", low.description)
                inner.add("high", high.description)
            }
            object.add("change", raw: inner.close())
        } else {
            object.add("change", raw: "null")
        }
        object.add("period", item.period)
        object.add("status", item.status.rawValue)
        if let baseline = item.baseline {
            var inner = JSONObject()
            inner.add("value", baseline.value.description)
            inner.add("unit", baseline.unit?.rawValue)
            inner.add("period", baseline.period)
            object.add("baseline", raw: inner.close())
        }
        if let subject = item.subject { object.add("subject", subject) }
        object.add("canonical", item.canonical?.id)
        object.add("start", item.scalarOffsets.lowerBound)
        object.add("end", item.scalarOffsets.upperBound)
        return object.close()
    }

    /// The document's frame: the fields of the gold's `document` line, and its sections.
    static func document(_ frame: DocumentFrame) -> String {
        var object = JSONObject()
        object.add("title", frame.title)
        object.add("region", frame.region)
        object.add("date", frame.date)
        object.add("kind", frame.kind?.rawValue)
        if let year = frame.year { object.add("year", year) } else { object.add("year", raw: "null") }
        object.add("sections", items: frame.sections) { section in
            var inner = JSONObject()
            inner.add("heading", section.heading)
            inner.add("role", section.role.rawValue)
            inner.add("period", section.period)
            inner.add("start", section.scalarOffsets.lowerBound)
            inner.add("end", section.scalarOffsets.upperBound)
            return inner.close()
        }
        return object.close()
    }

    static func term(_ item: Term) -> String {
        var object = JSONObject()
        object.addSpan(item.text, item.scalarOffsets)
        return object.close()
    }

    static func date(_ item: DateMention) -> String {
        var object = JSONObject()
        object.addSpan(item.text, item.scalarOffsets)
        object.add("value", item.value)
        object.add("kind", item.kind.rawValue)
        return object.close()
    }
}
