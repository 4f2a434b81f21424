/// The names the entity model saw in its training data, with their kinds: the gazetteer that
/// ``EntityFeatures/names`` reads (each character's place in the longest known name covering it).
///
/// An open-addressing table of 2^bits 64-bit slots, read in place from the model's bytes. A slot
/// holds a string's key (``key(_:)``, a hash of its characters) in its top 56 bits and what the
/// string is in its low 8: ``person``, ``place``, ``body`` (the kinds it was a name of) and
/// ``longer`` (a longer name starts with it, so a walk goes on); 0 marks an empty slot. Every
/// prefix of a name is in the table, so that a walk from a character stops at the first string
/// that starts no name.
struct NameTable: @unchecked Sendable {
    private let slots: UnsafeRawPointer
    let mask: Int

    /// What a string is: a name of a person, a place, a body; the start of a longer name.
    ///
    /// Bits 4 and 5 are how often the training data's names are the name when the string occurs
    /// (``ratioShift``: 3 nine times in ten or more, 2 six, 1 three, 0 less).
    static let person: UInt8 = 1, place: UInt8 = 2, body: UInt8 = 4, longer: UInt8 = 8
    static let ratioShift: UInt8 = 4
    /// The longest name read, in characters.
    static let longest = 12

    /// A table over `bits` bits of slots at `slots` (8 bytes each).
    init(_ slots: UnsafeRawPointer, bits: Int) {
        self.slots = slots
        mask = (1 << bits) - 1
    }

    /// The first step of a string's key.
    static let seed = EntityFeatures.start(EntityFeatures.names << 8)

    /// The key of a string whose hash so far (``seed`` stepped over its characters) is `hash`.
    @inline(__always)
    static func key(_ hash: UInt64) -> UInt64 { EntityFeatures.finish(hash) & ~0xFF }

    /// What the string of key `key` is, or 0 when the table does not hold it.
    @inline(__always)
    func info(_ key: UInt64) -> UInt8 {
        var slot = Int(truncatingIfNeeded: key >> 8) & mask
        while true {
            let entry = slots.loadUnaligned(fromByteOffset: slot &* 8, as: UInt64.self)
            if entry == 0 { return 0 }
            if entry & ~0xFF == key { return UInt8(truncatingIfNeeded: entry) }
            slot = (slot &+ 1) & mask
        }
    }

    /// The table's bytes for `strings` (each key and what it is): the smallest table that holds
    /// them at most half full; its size as a power of two is returned too.
    static func bytes(_ strings: [(key: UInt64, info: UInt8)]) -> (bits: Int, bytes: [UInt8]) {
        var bits = 4
        while (1 << bits) < strings.count * 2 { bits += 1 }
        let mask = (1 << bits) - 1
        var table = [UInt64](repeating: 0, count: 1 << bits)
        for (key, info) in strings where info != 0 {
            var slot = Int(truncatingIfNeeded: key >> 8) & mask
            while table[slot] != 0, table[slot] & ~0xFF != key { slot = (slot + 1) & mask }
            table[slot] = key | UInt64(info | UInt8(truncatingIfNeeded: table[slot]))
        }
        var out: [UInt8] = []
        out.reserveCapacity(table.count * 8)
        for value in table { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        return (bits, out)
    }

    /// The keys of `names` (each a string's characters and its kind) and of their prefixes, with
    /// what each is, in a fixed order (of first appearance).
    static func strings(_ names: [(characters: ArraySlice<UInt32>, kind: Entity.Kind)]) -> [(key: UInt64, info: UInt8)]
    {
        var infos: [UInt64: UInt8] = [:]
        var order: [UInt64] = []
        for (characters, kind) in names where characters.count >= 2 && characters.count <= longest {
            var hash = seed
            for (index, character) in characters.enumerated() {
                hash = EntityFeatures.step(hash, UInt64(character))
                let key = key(hash)
                let own: UInt8 =
                    index + 1 < characters.count
                    ? longer : kind == .person ? person : kind == .location ? place : body
                if let known = infos[key] {
                    infos[key] = known | own
                } else {
                    infos[key] = own
                    order.append(key)
                }
            }
        }
        return order.map { ($0, infos[$0]!) }
    }

    /// Each key of a name in `strings` with its ratio (bits 4–5 of what it is): `names[key]` the
    /// times it was a name, `occurrences[key]` the times its characters occurred.
    static func rated(
        _ strings: [(key: UInt64, info: UInt8)], names: [UInt64: Int], occurrences: [UInt64: Int]
    ) -> [(key: UInt64, info: UInt8)] {
        strings.map { key, info in
            guard info & 7 != 0, let seen = occurrences[key], seen > 0 else { return (key, info) }
            let ratio = Double(names[key] ?? 0) / Double(seen)
            let bucket: UInt8 = ratio >= 0.9 ? 3 : ratio >= 0.6 ? 2 : ratio >= 0.3 ? 1 : 0
            return (key, info | bucket << ratioShift)
        }
    }

    /// The keys of the names of the table that occur in `range`, once for each occurrence.
    func occurrences(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>, into counts: inout [UInt64: Int]) {
        for start in range {
            var hash = Self.seed
            var end = start
            while end < range.upperBound, end - start < Self.longest {
                hash = EntityFeatures.step(hash, UInt64(s[end]))
                let key = Self.key(hash)
                let info = info(key)
                if info == 0 { break }
                end += 1
                if info & 7 != 0, end - start >= 2 { counts[key, default: 0] += 1 }
                if info & Self.longer == 0 { break }
            }
        }
    }

    /// For each character of `range`: its place in the longest name of the table covering it, as
    /// `1 << 15 | length (up to 6) << 8 | ratio << 5 | kinds << 2 | position` (position 0 B, 1 M, 2 E),
    /// or 0.
    func marks(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> [UInt16] {
        var marks = [UInt16](repeating: 0, count: range.count)
        var lengths = [UInt8](repeating: 0, count: range.count)
        for start in range {
            var hash = Self.seed
            var end = start
            while end < range.upperBound, end - start < Self.longest {
                hash = EntityFeatures.step(hash, UInt64(s[end]))
                let info = info(Self.key(hash))
                if info == 0 { break }
                end += 1
                let kinds = info & 7
                let length = UInt8(end - start)
                guard kinds != 0, length >= 2 else { continue }
                for at in start..<end where lengths[at - range.lowerBound] < length {
                    lengths[at - range.lowerBound] = length
                    let position: UInt16 = at == start ? 0 : at == end - 1 ? 2 : 1
                    marks[at - range.lowerBound] =
                        1 << 15 | UInt16(min(length, 6)) << 8 | UInt16(info >> Self.ratioShift & 3) << 5
                        | UInt16(kinds) << 2 | position
                }
                if info & Self.longer == 0 { break }
            }
        }
        return marks
    }
}
