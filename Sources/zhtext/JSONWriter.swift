/// Builds one JSON object as text, fields in the order they are added (records stay readable).
struct JSONObject {
    private(set) var text = "{"
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

    /// Adds an already-encoded JSON value.
    mutating func add(_ name: String, raw: String) {
        key(name)
        text += raw
    }

    mutating func add(_ name: String, array: [String]) {
        key(name)
        text += "[" + array.joined(separator: ", ") + "]"
    }

    var closed: String { text + "}" }

    /// A JSON string literal.
    static func quoted(_ value: String) -> String {
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
