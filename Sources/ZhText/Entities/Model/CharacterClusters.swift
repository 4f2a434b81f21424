/// Classes of characters learned from unlabelled text.
///
/// Characters that occur between the same neighbours fall in one class (surnames, the last
/// characters of bodies, of places …), so that the model reads a character it saw rarely in its
/// labelled sentences like the ones it saw often. ``EntityFeatures`` reads the classes of c₋₁, c₀
/// and c₊₁ (``EntityFeatures/clusters``).
///
/// Two granularities: a fine class (up to 1,023; 0 for a character too rare to be given one)
/// and a coarse one (up to 63). Read in place from the model's bytes: 2^16 `UInt16` entries, one
/// per character of the Basic Multilingual Plane (the fine class in the low 10 bits, the coarse
/// one above them); characters beyond it are in no class.
struct CharacterClusters: @unchecked Sendable {
    private let entries: UnsafeRawPointer

    /// The bytes of the table.
    static let byteCount = 2 << 16
    /// The bits of the fine class in an entry.
    static let fineBits: UInt16 = 10

    init(_ entries: UnsafeRawPointer) { self.entries = entries }

    /// The entry of the (folded) character `scalar`: fine class in the low 10 bits, coarse above.
    @inline(__always)
    func entry(_ scalar: UInt64) -> UInt64 {
        scalar < UInt64(Scalar.pastBMP)
            ? UInt64(entries.loadUnaligned(fromByteOffset: Int(scalar) &* 2, as: UInt16.self)) : 0
    }
}

extension EntityFeatures {
    /// The entry ``CharacterClusters`` gives a position outside the sentence (its own class).
    static let clusterEdge = UInt64(UInt16.max)

    /// Writes the cluster features of a character to `slots` (``clusters`` …), from the entries of
    /// c₋₁, c₀ and c₊₁ (``CharacterClusters/entry(_:)``, or ``clusterEdge`` outside the sentence):
    /// the fine class of c₀, of the pairs c₋₁c₀ and c₀c₊₁, and the coarse classes of the three
    /// (the fine classes of c₋₁ and of c₊₁ alone scored no better on held-out sentences).
    @inline(__always)
    static func clusterFeatures(
        _ previous: UInt64, _ current: UInt64, _ following: UInt64, into slots: UnsafeMutablePointer<UInt64>
    ) {
        let mask: UInt64 = (1 << UInt64(CharacterClusters.fineBits)) - 1
        let (p, c, n) = (previous & mask, current & mask, following & mask)
        let shift = UInt64(CharacterClusters.fineBits)
        slots[Int(clusters)] = hash(clusters, c)
        slots[Int(clusters) + 1] = hash(clusters + 1, p, c)
        slots[Int(clusters) + 2] = hash(clusters + 2, c, n)
        slots[Int(clusters) + 3] = hash(
            clusters + 3, (previous >> shift) << 16 | (current >> shift), following >> shift)
    }
}

extension CharacterClusters {
    /// The cluster features of the characters `range` of `s` (their slots in `out`, which holds
    /// ``EntityFeatures/count`` a character from `range`'s start).
    func fill(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>, _ out: UnsafeMutablePointer<UInt64>) {
        guard !range.isEmpty else { return }
        var previous = EntityFeatures.clusterEdge
        var current = entry(EntityFeatures.folded(s[range.lowerBound]))
        for at in range {
            let following =
                at + 1 < range.upperBound ? entry(EntityFeatures.folded(s[at + 1])) : EntityFeatures.clusterEdge
            EntityFeatures.clusterFeatures(
                previous, current, following, into: out + (at - range.lowerBound) * EntityFeatures.count)
            previous = current
            current = following
        }
    }

    /// The table's bytes from each character's fine and coarse classes (classes from 1; 0: none).
    static func bytes(_ classes: [UInt32: (fine: Int, coarse: Int)]) -> [UInt8] {
        var entries = [UInt16](repeating: 0, count: 1 << 16)
        for (scalar, found) in classes where scalar < Scalar.pastBMP {
            entries[Int(scalar)] = UInt16(found.fine) | UInt16(found.coarse) << fineBits
        }
        var out: [UInt8] = []
        out.reserveCapacity(byteCount)
        for value in entries { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        return out
    }
}
