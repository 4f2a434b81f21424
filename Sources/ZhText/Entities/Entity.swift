/// A named entity: a person, a place or an organisation.
public struct Entity: Sendable, Hashable {
    /// What the entity names.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// People.
        case person = "PER"
        /// Places, regions, geo-political names, sites.
        case location = "LOC"
        /// Companies, institutions, government bodies.
        case organization = "ORG"
    }

    /// The name as written in the original text.
    public var text: String
    /// Where it is in the original text.
    public var range: Range<String.Index>
    /// Where it is in the original text, in Unicode scalars.
    public var scalarOffsets: Range<Int>
    /// What it names: `PER`, `LOC` or `ORG` (the record's `type`).
    public var type: Kind

    /// The older name of `type`.
    @available(*, deprecated, renamed: "type")
    public var kind: Kind {
        get { type }
        set { type = newValue }
    }

    /// An entity of `type` at `range` (`scalarOffsets` in Unicode scalars) of the original text.
    public init(text: String, range: Range<String.Index>, scalarOffsets: Range<Int>, type: Kind) {
        self.text = text
        self.range = range
        self.scalarOffsets = scalarOffsets
        self.type = type
    }

    /// The older form of `init(text:range:scalarOffsets:type:)`.
    @available(*, deprecated, renamed: "init(text:range:scalarOffsets:type:)")
    public init(text: String, range: Range<String.Index>, scalarOffsets: Range<Int>, kind: Kind) {
        self.init(text: text, range: range, scalarOffsets: scalarOffsets, type: kind)
    }
}
