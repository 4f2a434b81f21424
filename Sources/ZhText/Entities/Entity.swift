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
    public var kind: Kind
}
