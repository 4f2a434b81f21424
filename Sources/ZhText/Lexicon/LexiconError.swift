/// A user lexicon that could not be read: it names the file and, for a bad entry, the line.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (or the source name given for in-memory text).
    public var source: String
    /// The 1-based line of the bad entry, or nil when the whole file failed.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// An error about `source`, at `line` when one entry is at fault.
    public init(source: String, line: Int?, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    /// `SOURCE:LINE: MESSAGE`, or `SOURCE: MESSAGE` for the whole file.
    public var description: String {
        if let line { return "\(source):\(line): \(message)" }
        return "\(source): \(message)"
    }
}
