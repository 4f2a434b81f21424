import ZhText

/// One line of `zhtext extract` output: the record of a document, or of a document that failed.
enum DocumentRecord {
    /// The record format's version; removing or renaming a field bumps it.
    static let schema = 1

    static func analysed(source: String, decoded: DecodedText, figures: DocumentAnalysis) -> String {
        var record = JSONObject()
        record.add("schema", schema)
        record.add("source", source)
        record.add("encoding", decoded.encoding.rawValue)
        record.add("characters", decoded.text.unicodeScalars.count)
        record.add("quantities", array: figures.quantities.map(quantity))
        record.add("percentages", array: figures.percentages.map(percentage))
        record.add("dates", array: figures.dates.map(date))
        record.add("entities", array: figures.entities.map(entity))
        record.add("terms", array: figures.terms.map(term))
        return record.closed
    }

    static func failed(_ error: TextInputError) -> String {
        var inner = JSONObject()
        inner.add("code", error.code.rawValue)
        inner.add("message", error.message)
        var record = JSONObject()
        record.add("schema", schema)
        record.add("source", error.source)
        record.add("error", raw: inner.closed)
        return record.closed
    }

    static func quantity(_ item: Quantity) -> String {
        var object = JSONObject()
        object.add("text", item.text)
        object.add("start", item.scalarOffsets.lowerBound)
        object.add("end", item.scalarOffsets.upperBound)
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
        return object.closed
    }

    static func percentage(_ item: Percentage) -> String {
        var object = JSONObject()
        object.add("text", item.text)
        object.add("start", item.scalarOffsets.lowerBound)
        object.add("end", item.scalarOffsets.upperBound)
        object.add("value", item.value.description)
        object.add("unit", item.unit.rawValue)
        object.add("approximate", item.approximate)
        object.add("qualifier", item.qualifier)
        object.add("change", item.change?.rawValue)
        return object.closed
    }

    static func entity(_ item: Entity) -> String {
        var object = JSONObject()
        object.add("text", item.text)
        object.add("start", item.scalarOffsets.lowerBound)
        object.add("end", item.scalarOffsets.upperBound)
        object.add("type", item.kind.rawValue)
        return object.closed
    }

    static func term(_ item: Term) -> String {
        var object = JSONObject()
        object.add("text", item.text)
        object.add("start", item.scalarOffsets.lowerBound)
        object.add("end", item.scalarOffsets.upperBound)
        return object.closed
    }

    static func date(_ item: DateMention) -> String {
        var object = JSONObject()
        object.add("text", item.text)
        object.add("start", item.scalarOffsets.lowerBound)
        object.add("end", item.scalarOffsets.upperBound)
        object.add("value", item.value)
        object.add("kind", item.kind.rawValue)
        return object.closed
    }
}
