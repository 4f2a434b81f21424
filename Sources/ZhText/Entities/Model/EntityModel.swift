internal import ZhTextData

/// The weights of the entity model: a linear score per character and label, and a score per
/// pair of labels, decoded with Viterbi (a structured averaged perceptron, trained by
/// `zhtext-train-entities`).
///
/// The model is a compact binary compiled into the library (`Sources/ZhTextData/model/entities.bin`)
/// and read in place: loading it checks a header and keeps a pointer, whatever its size.
///
/// Layout, little-endian: a header of 928 bytes (magic `ZHEM`, version 5 (or 4: 12 feature slots, no
/// clusters; 3: 11, no names either; read the same, the missing slots empty), the number of labels,
/// the number of feature slots a character, the table's size as a power of two, the bytes of a
/// score (1 or 2), the size of the names' table as a power of two (0: none), 16 when the model
/// holds the characters' classes (0: none), then 14 × 16 `Int32`
/// label-pair scores: row 0 is the sentence's start, row
/// p + 1 follows label p), then the feature table: 2^bits slots, each a feature's 16-bit check (the
/// top 16 bits of its hash, never 0; 0 marks an empty slot) and its score for each of the 13
/// labels. `Int8` scores: 16 bytes, a 0, the 13 scores, the check; `Int16` scores: 16 lanes, the
/// check, the 13 scores, two 0. A feature lives at its hash's low bits or the next slots after it
/// (linear probing); a feature absent from the table scores 0. Last, the names seen in training
/// (``NameTable``: 2^bits slots of 8 bytes), which ``EntityFeatures/names`` reads, and the characters'
/// classes (``CharacterClusters``: 2^16 entries of 2 bytes), which ``EntityFeatures/clusters`` reads.
/// A stacked model (version 6, ``EntityStacking``) is such a model followed by its second pass: a
/// header of its own (version 5, ``EntityStacking/width`` slots, no names, no classes) and its table.
struct EntityModel: @unchecked Sendable {
    /// Where the model's bytes are: the embedded array, or a copy owned by ``Storage``.
    private let bytes: UnsafeRawPointer
    private let storage: Storage?
    private let mask: Int
    /// The bytes of a score: 1 (`Int8`) or 2 (`Int16`).
    let scoreWidth: Int
    /// Label-pair scores, 14 × 16 (row 0: the start).
    private let transitions: [Int32]
    /// The scores of starting a sentence with each label (0…12), forbidden ones impossible.
    private let start: [Int32]
    /// The score of each allowed pair of labels, `pairs[from * 16 + to]` (0…12), forbidden ones impossible.
    private let pairs: [Int32]
    /// The names seen in training (after the feature table), or nil when the model holds none.
    let names: NameTable?
    /// The characters' classes (after the names), or nil when the model holds none.
    let clusters: CharacterClusters?
    /// The feature slots a character of this table reads: ``EntityFeatures/count``, or
    /// ``EntityStacking/width`` for a stacked model's second pass.
    let slotStride: Int
    /// A stacked model's second pass (version 6: its block after the classes), or nil.
    private let second: SecondPass?

    /// A stacked model's second pass, held by reference (a model cannot hold a model).
    final class SecondPass: Sendable {
        let model: EntityModel
        init(_ model: EntityModel) { self.model = model }
    }

    static let magic: UInt32 = 0x4D45_485A  // "ZHEM"
    static let version: UInt32 = 5
    /// The version of a stacked model (``EntityStacking``): a version 5 model followed by the
    /// second pass's block (a header of its own with ``EntityStacking/width`` slots, and its table).
    static let stackedVersion: UInt32 = 6
    static let headerSize = 928
    /// Bytes a slot of the feature table with scores of `width` bytes.
    static func slotSize(width: Int) -> Int { 16 * width }
    /// The lane of a character's scores that holds label 0's score.
    static let lane = 1

    /// Owns a model's bytes read from a file.
    final class Storage: @unchecked Sendable {
        let pointer: UnsafeMutableRawPointer
        init(_ data: [UInt8]) {
            pointer = UnsafeMutableRawPointer.allocate(byteCount: max(data.count, 1), alignment: 64)
            data.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress!, byteCount: data.count) }
        }
        deinit { pointer.deallocate() }
    }

    /// The model compiled into the library, or nil when it holds none (a placeholder).
    static let embedded: EntityModel? = {
        var size = 0
        guard let pointer = zhtext_entity_model(&size) else { return nil }
        return EntityModel(UnsafeRawPointer(pointer), size: size, storage: nil, nested: false)
    }()

    /// A model read from `data` (the trainer's output), or nil when it is not one.
    init?(data: [UInt8]) {
        let storage = Storage(data)
        self.init(UnsafeRawPointer(storage.pointer), size: data.count, storage: storage, nested: false)
    }

    /// A model at `bytes`; `nested`: a stacked model's second pass (``EntityStacking/width`` slots,
    /// no names, no classes, nothing after its table).
    private init?(_ bytes: UnsafeRawPointer, size: Int, storage: Storage?, nested: Bool) {
        guard size >= Self.headerSize,
            bytes.loadUnaligned(as: UInt32.self) == Self.magic,
            bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self) == UInt32(EntityTag.count)
        else { return nil }
        // Version 3 models read the first 11 features, version 4 the first 12, without the names'
        // and clusters' slots (their tables absent, those slots stay 0).
        let version = bytes.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        let slots = bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self)
        let nameBits = Int(bytes.loadUnaligned(fromByteOffset: 24, as: UInt32.self))
        let clusterBits = Int(bytes.loadUnaligned(fromByteOffset: 28, as: UInt32.self))
        let stacked = version == Self.stackedVersion
        guard
            ((version == Self.version || stacked)
                && slots == UInt32(nested ? EntityStacking.width : EntityFeatures.count))
                || (version == 4 && slots == UInt32(EntityFeatures.clusters) && clusterBits == 0)
                || (version == 3 && slots == UInt32(EntityFeatures.names) && nameBits == 0 && clusterBits == 0)
        else { return nil }
        let bits = Int(bytes.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
        let width = Int(bytes.loadUnaligned(fromByteOffset: 20, as: UInt32.self))
        let tableEnd = Self.headerSize + (1 << bits) * Self.slotSize(width: width)
        let namesEnd = tableEnd + (nameBits > 0 ? 8 << nameBits : 0)
        let end = namesEnd + (clusterBits > 0 ? CharacterClusters.byteCount : 0)
        guard bits > 0, bits < 28, width == 1 || width == 2, nameBits < 28, clusterBits == 0 || clusterBits == 16,
            stacked ? size > end : size == end, !nested || (nameBits == 0 && clusterBits == 0 && !stacked)
        else { return nil }
        if stacked {
            guard let model = EntityModel(bytes + end, size: size - end, storage: nil, nested: true) else { return nil }
            second = SecondPass(model)
        } else {
            second = nil
        }
        slotStride = nested ? EntityStacking.width : EntityFeatures.count
        names = nameBits > 0 ? NameTable(bytes + tableEnd, bits: nameBits) : nil
        clusters = clusterBits > 0 ? CharacterClusters(bytes + namesEnd) : nil
        scoreWidth = width
        self.bytes = bytes
        self.storage = storage
        mask = (1 << bits) - 1
        let transitions = (0..<(14 * 16)).map { bytes.loadUnaligned(fromByteOffset: 32 + $0 * 4, as: Int32.self) }
        self.transitions = transitions
        start = (0..<16).map { EntityTag.allows(-1, $0) && $0 < EntityTag.count ? transitions[$0] : Self.impossible }
        pairs = (0..<(16 * 16)).map { index in
            let (from, to) = (index / 16, index % 16)
            return from < EntityTag.count && to < EntityTag.count && EntityTag.allows(from, to)
                ? transitions[(from + 1) * 16 + to] : Self.impossible
        }
    }

    /// The size of the model in bytes.
    var byteCount: Int {
        Self.headerSize + (mask + 1) * Self.slotSize(width: scoreWidth) + (names.map { 8 * ($0.mask + 1) } ?? 0)
            + (clusters == nil ? 0 : CharacterClusters.byteCount) + (second?.model.byteCount ?? 0)
    }

    /// Whether the model decodes twice (``EntityStacking``).
    var isStacked: Bool { second != nil }

    /// The scores of the labels (lanes 1…13) for one character's features.
    @inline(__always)
    func scores(_ features: UnsafeBufferPointer<UInt64>) -> SIMD16<Int32> {
        scoreWidth == 1 ? narrowScores(features) : wideScores(features)
    }

    /// ``scores(_:)`` from a table of `Int8` scores: a slot's 16 bytes are a 0, the 13 scores
    /// (bytes 1…13, the lanes of the labels) and the check (bytes 14–15).
    ///
    /// A slot is read as 8 `Int16` lanes: lane 7 is the check; each lane's low byte (an even
    /// label lane) and high byte (an odd one) are summed apart, sign-extended by shifts, so that
    /// no score is widened one lane at a time (17 scores of at most 127 fit in 16 bits).
    @inline(__always)
    private func narrowScores(_ features: UnsafeBufferPointer<UInt64>) -> SIMD16<Int32> {
        let table = bytes + Self.headerSize
        var even = SIMD8<Int16>()
        var odd = SIMD8<Int16>()
        for hash in features where hash != 0 {
            let check = Int16(bitPattern: UInt16(truncatingIfNeeded: hash >> 48) | 1)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = table.loadUnaligned(fromByteOffset: slot &* 16, as: SIMD8<Int16>.self)
                if entry[7] == check {
                    even &+= (entry &<< 8) &>> 8
                    odd &+= entry &>> 8
                    break
                }
                if entry[7] == 0 { break }
                slot = (slot &+ 1) & mask
            }
        }
        var sum = SIMD16<Int32>()
        for lane in 0..<7 {
            sum[lane &* 2] = Int32(even[lane])
            sum[lane &* 2 &+ 1] = Int32(odd[lane])
        }
        return sum
    }

    /// ``scores(_:)`` from a table of `Int16` scores: a slot's 16 lanes are the check and the 13 scores.
    @inline(__always)
    private func wideScores(_ features: UnsafeBufferPointer<UInt64>) -> SIMD16<Int32> {
        let table = bytes + Self.headerSize
        var sum = SIMD16<Int32>()
        for hash in features where hash != 0 {
            let check = Int16(bitPattern: UInt16(truncatingIfNeeded: hash >> 48) | 1)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = table.loadUnaligned(fromByteOffset: slot &* 32, as: SIMD16<Int16>.self)
                if entry[0] == check {
                    sum &+= SIMD16<Int32>(truncatingIfNeeded: entry)
                    break
                }
                if entry[0] == 0 { break }
                slot = (slot &+ 1) & mask
            }
        }
        return sum
    }

    /// The best labels of a sentence of `count` characters whose features are `features`
    /// (``EntityFeatures/count`` slots a character): one ``pass(_:count:margins:)``, or for a stacked
    /// model a second over the first's labels (``EntityStacking``).
    func decode(_ features: UnsafeBufferPointer<UInt64>, count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        guard let second else { return pass(features, count: count, margins: false).labels }
        let first = pass(features, count: count, margins: true)
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count * EntityStacking.width) { stacked in
            EntityStacking.fill(
                features, labels: first.labels, margins: first.margins, count: count, into: stacked.baseAddress!)
            return second.model.decode(UnsafeBufferPointer(stacked), count: count)
        }
    }

    /// The labels of one pass over this table (``slotStride`` slots a character), and with `margins`
    /// each label's margin (``EntityStacking/margin(_:label:)``).
    ///
    /// The scores of every character first (the table's lookups have no dependency on one another,
    /// so the processor overlaps their cache misses), then Viterbi.
    func pass(_ features: UnsafeBufferPointer<UInt64>, count: Int, margins: Bool) -> (labels: [UInt8], margins: [UInt8])
    {
        guard count > 0 else { return ([], []) }
        let width = slotStride
        return withUnsafeTemporaryAllocation(of: SIMD16<Int32>.self, capacity: count) { emissions in
            for index in 0..<min(Self.ahead, count) { prefetch(features, index) }
            for index in 0..<count {
                if index + Self.ahead < count { prefetch(features, index + Self.ahead) }
                emissions[index] = scores(
                    UnsafeBufferPointer(rebasing: features[(index * width)..<((index + 1) * width)]))
            }
            let labels = viterbi(UnsafeBufferPointer(emissions))
            guard margins else { return (labels, []) }
            return (labels, (0..<count).map { EntityStacking.margin(emissions[$0], label: Int(labels[$0])) })
        }
    }

    /// How many characters ahead of the one scored ``decode(_:count:)`` prefetches table slots.
    static let ahead = 3

    /// Prefetches the home slots of the features of character `index`.
    @inline(__always)
    private func prefetch(_ features: UnsafeBufferPointer<UInt64>, _ index: Int) {
        let table = bytes + Self.headerSize
        let width = slotStride
        let slotSize = Self.slotSize(width: scoreWidth)
        for hash in features[(index * width)..<((index + 1) * width)] where hash != 0 {
            zhtext_prefetch(table + (Int(truncatingIfNeeded: hash) & mask) &* slotSize)
        }
    }

    /// The best labels for characters whose label scores are `emissions` (lanes 1…13).
    ///
    /// The same path as ``Viterbi/decode(count:transitions:emission:)`` (ties go to the lowest
    /// label), with the labels' constraints read into the loop: outside, B and S come after
    /// outside, an E or an S (7 labels); an I or E after its kind's B or I (2 labels).
    func viterbi(_ emissions: UnsafeBufferPointer<SIMD16<Int32>>) -> [UInt8] {
        let count = emissions.count
        var back = [UInt8](repeating: 0, count: count * 16)
        var scores = [Int32](repeating: Self.impossible, count: 32)
        for tag in 0..<EntityTag.count { scores[tag] = emissions[0][tag + Self.lane] &+ start[tag] }
        // The scores at the character before (`scores[0..<16]` or `[16..<32]`, in turn).
        var previous = 0
        pairs.withUnsafeBufferPointer { pairs in
            back.withUnsafeMutableBufferPointer { back in
                scores.withUnsafeMutableBufferPointer { scores in
                    for index in 1..<max(count, 1) {
                        Self.step(
                            scores.baseAddress! + previous, scores.baseAddress! + (16 - previous), emissions[index],
                            pairs,
                            back: back.baseAddress! + index * 16)
                        previous = 16 - previous
                    }
                }
            }
        }
        var tag = 0
        for candidate in 1..<EntityTag.count
        where EntityTag.canEnd(candidate) && scores[previous + candidate] > scores[previous + tag] {
            tag = candidate
        }
        var out = [UInt8](repeating: 0, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) {
            out[index] = UInt8(tag)
            tag = Int(back[index * 16 + tag])
        }
        return out
    }

    /// One step of Viterbi: the best scores of each label at a character (`current`) from those at
    /// the one before (`previous`), writing where each came from to `back`.
    @inline(__always)
    private static func step(
        _ previous: UnsafePointer<Int32>, _ current: UnsafeMutablePointer<Int32>, _ emission: SIMD16<Int32>,
        _ pairs: UnsafeBufferPointer<Int32>, back: UnsafeMutablePointer<UInt8>
    ) {
        // Outside, and the B and S of each kind: from outside, an E or an S.
        @inline(__always) func opening(_ to: Int) {
            var best = previous[0] &+ pairs[to]
            var from = 0
            @inline(__always) func consider(_ last: Int) {
                let score = previous[last] &+ pairs[last &* 16 &+ to]
                if score > best {
                    best = score
                    from = last
                }
            }
            consider(3)
            consider(4)
            consider(7)
            consider(8)
            consider(11)
            consider(12)
            current[to] = best &+ emission[to &+ Self.lane]
            back[to] = UInt8(truncatingIfNeeded: from)
        }
        // The I and E of a kind: from its B or I.
        @inline(__always) func closing(_ to: Int, begin: Int) {
            let fromBegin = previous[begin] &+ pairs[begin &* 16 &+ to]
            let fromInside = previous[begin &+ 1] &+ pairs[(begin &+ 1) &* 16 &+ to]
            let inside = fromInside > fromBegin
            current[to] = (inside ? fromInside : fromBegin) &+ emission[to &+ Self.lane]
            back[to] = UInt8(truncatingIfNeeded: inside ? begin &+ 1 : begin)
        }
        opening(0)
        for begin in stride(from: 1, to: EntityTag.count, by: 4) {
            opening(begin)
            closing(begin &+ 1, begin: begin)
            closing(begin &+ 2, begin: begin)
            opening(begin &+ 3)
        }
    }

    /// A score below any path's (sums of a sentence's scores stay far above it).
    static let impossible: Int32 = -(1 << 29)
}

/// First-order Viterbi over the 13 labels, with the labels' constraints (``EntityTag/allows(_:_:)``).
enum Viterbi {
    /// The best label sequence of `count` positions; `emission(i)` gives position i's scores in
    /// lanes 1…13, `transitions` the 14 × 16 label-pair scores (row 0: the start).
    static func decode<Score: FixedWidthInteger & SIMDScalar>(
        count: Int, transitions: [Score], emission: (Int) -> SIMD16<Score>
    ) -> [UInt8] {
        guard count > 0 else { return [] }
        let tags = EntityTag.count
        var back = [UInt8](repeating: 0, count: count * tags)
        var previous = [Score](repeating: 0, count: tags)
        var current = [Score](repeating: 0, count: tags)
        let impossible = Score.min / 4
        let first = emission(0)
        for tag in 0..<tags {
            previous[tag] = EntityTag.allows(-1, tag) ? first[tag + 1] &+ transitions[tag] : impossible
        }
        for index in 1..<max(count, 1) {
            let scores = emission(index)
            for tag in 0..<tags {
                var best = impossible
                var from = 0
                for last in 0..<tags where EntityTag.allows(last, tag) {
                    let score = previous[last] &+ transitions[(last + 1) * 16 + tag]
                    if score > best {
                        best = score
                        from = last
                    }
                }
                current[tag] = best &+ scores[tag + 1]
                back[index * tags + tag] = UInt8(from)
            }
            swap(&previous, &current)
        }
        var tag = 0
        for candidate in 1..<tags where EntityTag.canEnd(candidate) && previous[candidate] > previous[tag] {
            tag = candidate
        }
        var out = [UInt8](repeating: 0, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) {
            out[index] = UInt8(tag)
            tag = Int(back[index * tags + tag])
        }
        return out
    }
}
