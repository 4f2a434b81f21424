/// The labels of the entity model, one per character: outside, or the beginning, inside, end
/// or whole (single character) of a person, a place or an organisation (BIOES).
///
/// Raw values index the model's weight lanes: 0 is O, then B, I, E, S of each ``Entity/Kind``
/// in the order PER, LOC, ORG (1…4, 5…8, 9…12). The constraints (an I or E follows the B or I of
/// its kind; a sentence ends outside a name or at an E or S) make every decoded sequence spell
/// whole names. A single-character label of its own (S) is what lets the model learn the
/// one-character places of 中美 or 港澳 apart from the starts of longer names.
enum EntityTag {
    /// The number of labels.
    static let count = 13

    /// The label of outside any name.
    static let outside = 0

    /// The kinds in label order.
    static let kinds: [Entity.Kind] = [.person, .location, .organization]

    /// Positions within a kind's four labels.
    static let begin = 0, inside = 1, end = 2, single = 3

    /// The label of `kind` at `position` (``begin``, ``inside``, ``end`` or ``single``).
    @inline(__always)
    static func tag(_ kind: Entity.Kind, _ position: Int) -> Int {
        switch kind {
        case .person: 1 + position
        case .location: 5 + position
        case .organization: 9 + position
        }
    }

    /// The position of a non-O label.
    @inline(__always)
    static func position(_ tag: Int) -> Int { (tag - 1) & 3 }

    /// Whether label `next` may follow label `previous` (-1: the sentence's start).
    @inline(__always)
    static func allows(_ previous: Int, _ next: Int) -> Bool {
        let closed = previous <= 0 || position(previous) >= end
        if next == 0 || position(next) == begin || position(next) == single { return closed }
        // I or E: after the B or I of the same kind.
        return !closed && (previous - 1) >> 2 == (next - 1) >> 2 && position(previous) <= inside
    }

    /// Whether a sentence may end at label `tag`.
    @inline(__always)
    static func canEnd(_ tag: Int) -> Bool { tag == 0 || position(tag) >= end }

    /// The kind of a non-O label.
    @inline(__always)
    static func kind(_ tag: Int) -> Entity.Kind { kinds[(tag - 1) >> 2] }

    /// The labels of characters that belong to names: `owner[i]` is the index of the name
    /// character i belongs to (or -1), `kinds` each name's kind.
    static func tags(owner: [Int], kinds: [Entity.Kind]) -> [UInt8] {
        var tags = [UInt8](repeating: 0, count: owner.count)
        for index in owner.indices where owner[index] >= 0 {
            let name = owner[index]
            let starts = index == 0 || owner[index - 1] != name
            let ends = index + 1 == owner.count || owner[index + 1] != name
            let position = starts && ends ? single : starts ? begin : ends ? end : inside
            tags[index] = UInt8(tag(kinds[name], position))
        }
        return tags
    }

    /// The names spelled by `tags`, whose first label is at `offset`.
    static func names(_ tags: [UInt8], offset: Int) -> [(range: Range<Int>, kind: Entity.Kind)] {
        var names: [(range: Range<Int>, kind: Entity.Kind)] = []
        var start = -1
        for (index, label) in tags.enumerated() where label != 0 {
            let tag = Int(label)
            switch position(tag) {
            case single: names.append(((offset + index)..<(offset + index + 1), kind(tag)))
            case begin: start = index
            case end where start >= 0:
                names.append(((offset + start)..<(offset + index + 1), kind(tag)))
                start = -1
            default: break
            }
        }
        return names
    }
}
