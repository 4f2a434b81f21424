/// Builds one JSON object as text, fields in the order they are added (records stay readable).
///
/// Hand-written rather than `JSONEncoder`: a record is written once per document at corpus
/// speed, fields keep the contract's order, and decimals stay strings without a round trip.
struct JSONObject {
    private(set) var text = "{"

    init(reservingCapacity capacity: Int = 0) {
        text.reserveCapacity(capacity)
    }
    private var first = true

    private mutating func key(_ name: String) {
        if !first { text += ", " }
        first = false
        text += "\"\(name)\": "
    }

    mutating func add(_ name: String, _ value: String?) {
        key(name)
        if let value { text += Self.quoted(value) } else { text += "null" }
    }

    mutating func add(_ name: String, _ value: Int) {
        key(name)
        text += String(value)
    }

    mutating func add(_ name: String, _ value: Bool) {
        key(name)
        text += value ? "true" : "false"
    }

    /// Adds an item's `text` and its `start`/`end` scalar offsets, the fields every item opens with.
    mutating func addSpan(_ text: String, _ offsets: Range<Int>) {
        add("text", text)
        add("start", offsets.lowerBound)
        add("end", offsets.upperBound)
    }

    /// Adds an already-encoded JSON value.
    mutating func add(_ name: String, raw: String) {
        key(name)
        text += raw
    }

    mutating func add(_ name: String, array: [String]) {
        key(name)
        text += "[" + array.joined(separator: ", ") + "]"
    }

    /// Adds an array whose elements are encoded one by one straight into this object's text,
    /// so that a document with a million items never holds a million small strings.
    mutating func add<Item>(_ name: String, items: [Item], _ encode: (Item) -> String) {
        key(name)
        text += "["
        for (index, item) in items.enumerated() {
            if index > 0 { text += ", " }
            text += encode(item)
        }
        text += "]"
    }

    /// The finished object, followed by `terminator`; the object's text is moved out, not copied.
    consuming func close(_ terminator: String = "") -> String {
        text += "}"
        text += terminator
        return text
    }

    /// A JSON string literal.
    package static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
