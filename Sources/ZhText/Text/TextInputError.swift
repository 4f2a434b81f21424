/// An input that could not be turned into text: it names the input and says why.
///
/// Codes match the command line's error records (`unreadable`, `undecodable`, `too-large`,
/// `invalid-input`); new codes may be added later, so switch over them with a default.
public struct TextInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as a stable machine-readable code.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code as records write it (`unreadable`, `too-large`).
        public let rawValue: String
        /// A code; the static members below are the ones ZhText produces.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code as records write it.
        public var description: String { rawValue }

        /// The input is missing, not readable, or a directory where a file was expected.
        public static let unreadable = Code(rawValue: "unreadable")
        /// The bytes are not text in any supported encoding (or not in the one requested).
        public static let undecodable = Code(rawValue: "undecodable")
        /// The input is larger than the allowed maximum.
        public static let tooLarge = Code(rawValue: "too-large")
        /// A structured input (such as a JSON Lines record) is malformed.
        public static let invalidInput = Code(rawValue: "invalid-input")
    }

    /// The machine-readable reason.
    public var code: Code
    /// The input's name as the caller gave it: a path, `-` for standard input, or a record id.
    public var source: String
    /// A human-readable explanation, without the source.
    public var message: String
    /// The offset of the first offending byte, when known.
    public var byteOffset: Int?

    /// An error about the input named `source`.
    public init(code: Code, source: String, message: String, byteOffset: Int? = nil) {
        self.code = code
        self.source = source
        self.message = message
        self.byteOffset = byteOffset
    }

    /// `SOURCE: MESSAGE`, the one line the command line prints.
    public var description: String { "\(source): \(message)" }
}
