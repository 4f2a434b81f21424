/// A prefix trie over Unicode scalars in flat arrays: the form the tokenizer walks.
///
/// Node 0 is the root. A node's children are contiguous and sorted by label, so a child is
/// found by binary search; the root's children are also indexed by a 65,536-entry table for
/// BMP scalars, which turns the most frequent step into one load. A node's `logProb` is
/// `log(frequency / total)` when the path to it spells a word, and `+1` when it only prefixes
/// words. The base lexicon's arrays live in the binary (`ZhTextData`); user lexicons are built
/// here and owned by `storage`.
struct FlatTrie: @unchecked Sendable {
    // @unchecked: the pointers are read-only, into static data or into `storage`, which is immutable.
    let rootTable: UnsafePointer<UInt32>
    let childStart: UnsafePointer<UInt32>
    let logProb: UnsafePointer<Float32>
    let label: UnsafePointer<UInt16>
    let childCount: UnsafePointer<UInt16>
    let tag: UnsafePointer<UInt8>
    let nodeCount: Int
    let tagNames: [String]
    /// Keeps the arrays of a trie built at run time alive.
    let storage: AnyObject?
    /// For a trie built at run time: ``namesBelow``, computed with the trie (the base lexicon's is
    /// ``baseNamesBelow``, computed on first use).
    private var ownNamesBelow: UnsafePointer<UInt8>? = nil

    /// The child of `node` labelled `scalar`, or 0 when there is none.
    @inline(__always)
    func child(_ node: UInt32, _ scalar: UInt32) -> UInt32 {
        guard scalar < Scalar.pastBMP else { return 0 }
        if node == 0 { return rootTable[Int(scalar)] }
        var low = Int(childStart[Int(node)])
        var high = low + Int(childCount[Int(node)])
        let key = UInt16(truncatingIfNeeded: scalar)
        while low < high {
            let middle = (low + high) &>> 1
            let value = label[middle]
            if value < key {
                low = middle + 1
            } else if value > key {
                high = middle
            } else {
                return UInt32(middle)
            }
        }
        return 0
    }

    /// Whether a node ends a word.
    @inline(__always)
    func isWord(_ node: UInt32) -> Bool { logProb[Int(node)] <= 0 }

    /// The node reached by spelling `scalars`, or 0.
    func node(for scalars: some Sequence<Unicode.Scalar>) -> UInt32 {
        var node: UInt32 = 0
        for scalar in scalars {
            node = child(node, scalar.value)
            if node == 0 { return 0 }
        }
        return node
    }

    /// For each node, the names of the lexicon's words at it and below it: bits 0–2, which classes
    /// of names (``NameBits``) the words spelled at the node or below it are (a walk that reaches
    /// a node of 0 finds no place, body or person by going on); bits 4–5, the class of the word
    /// the node spells (``NameBits/kind(_:)``: 1 place, 2 body, 3 person), 0 when it is none.
    var namesBelow: UnsafePointer<UInt8> { ownNamesBelow ?? Self.baseNamesBelow }

    /// ``namesBelow`` of the root's child labelled with each BMP scalar (0 where there is none),
    /// indexed by the scalar: a first step that reads 64 KB rather than the root table and the nodes.
    var rootNames: UnsafePointer<UInt8> { namesBelow + nodeCount }

    /// The tag name of a word node, or nil.
    func tagName(_ node: UInt32) -> String? {
        let index = Int(tag[Int(node)])
        return index == 0 || index >= tagNames.count ? nil : tagNames[index]
    }
}

extension FlatTrie {
    /// Owns the memory of a trie built at run time (copied out of arrays so pointers stay valid).
    final class Storage {
        private var buffers: [UnsafeMutableRawPointer] = []

        /// Copies `array` into memory owned by this object and returns a stable pointer to it.
        func keep<Element>(_ array: [Element]) -> UnsafePointer<Element> {
            let pointer = UnsafeMutablePointer<Element>.allocate(capacity: max(array.count, 1))
            _ = UnsafeMutableBufferPointer(start: pointer, count: array.count).initialize(from: array)
            buffers.append(UnsafeMutableRawPointer(pointer))
            return UnsafePointer(pointer)
        }

        deinit {
            for buffer in buffers { buffer.deallocate() }
        }
    }

    /// Builds a trie from words (BMP scalars only) with their log probabilities and tags.
    init(words: [(scalars: [UInt16], logProb: Float32, tag: String?)]) {
        var tagNames = [""]
        var tagIndex: [String: UInt8] = [:]
        // Breadth-first over the sorted words: each level's nodes are the distinct prefixes.
        let sorted = words.sorted { $0.scalars.lexicographicallyPrecedes($1.scalars) }
        var childStart: [UInt32] = [0]
        var childCount: [UInt16] = [0]
        var logProb: [Float32] = [1]
        var label: [UInt16] = [0]
        var tag: [UInt8] = [0]
        // Each frontier entry: node index and the range of `sorted` sharing its prefix.
        var frontier: [(node: Int, range: Range<Int>)] = [(0, 0..<sorted.count)]
        var depth = 0
        while !frontier.isEmpty {
            var next: [(node: Int, range: Range<Int>)] = []
            for (node, range) in frontier {
                var index = range.lowerBound
                // Words that end exactly here come first in sorted order; skip them.
                while index < range.upperBound, sorted[index].scalars.count == depth { index += 1 }
                childStart[node] = UInt32(label.count)
                var count = 0
                while index < range.upperBound {
                    let scalar = sorted[index].scalars[depth]
                    var end = index + 1
                    while end < range.upperBound, sorted[end].scalars[depth] == scalar { end += 1 }
                    let child = label.count
                    label.append(scalar)
                    childStart.append(0)
                    childCount.append(0)
                    let word = sorted[index].scalars.count == depth + 1 ? sorted[index] : nil
                    logProb.append(word?.logProb ?? 1)
                    var tagValue: UInt8 = 0
                    if let name = word?.tag {
                        if let known = tagIndex[name] {
                            tagValue = known
                        } else if tagNames.count < 255 {
                            tagValue = UInt8(tagNames.count)
                            tagIndex[name] = tagValue
                            tagNames.append(name)
                        }
                    }
                    tag.append(tagValue)
                    next.append((child, index..<end))
                    count += 1
                    index = end
                }
                childCount[node] = UInt16(clamping: count)
            }
            frontier = next
            depth += 1
        }
        var rootTable = [UInt32](repeating: 0, count: 65536)
        for child in Int(childStart[0])..<(Int(childStart[0]) + Int(childCount[0])) {
            rootTable[Int(label[child])] = UInt32(child)
        }
        let storage = Storage()
        self.rootTable = storage.keep(rootTable)
        self.childStart = storage.keep(childStart)
        self.logProb = storage.keep(logProb)
        self.label = storage.keep(label)
        self.childCount = storage.keep(childCount)
        self.tag = storage.keep(tag)
        self.nodeCount = label.count
        self.tagNames = tagNames
        self.storage = storage
        self.ownNamesBelow = storage.keep(namesBelowEachNode())
    }
}

/// The classes of names a lexicon word can be, as bits (read from its tag, as ``WordClass``).
enum NameBits {
    static let place: UInt8 = 1
    static let organization: UInt8 = 2
    static let person: UInt8 = 4
    /// Where a node's own class is, in ``FlatTrie/namesBelow``.
    static let kindShift: UInt8 = 4

    /// The bit of a word class, 0 when it is no name.
    static func of(_ wordClass: WordClass) -> UInt8 {
        switch wordClass {
        case .place: place
        case .organization: organization
        case .person: person
        default: 0
        }
    }

    /// The class of a name word as a number: 1 place, 2 body, 3 person; 0 when it is no name.
    static func kind(_ wordClass: WordClass) -> UInt8 {
        switch wordClass {
        case .place: 1
        case .organization: 2
        case .person: 3
        default: 0
        }
    }
}

extension FlatTrie {
    /// The base lexicon's ``namesBelow`` (one pass over its nodes, on first use).
    nonisolated(unsafe) static let baseNamesBelow: UnsafePointer<UInt8> = {
        let below = base.namesBelowEachNode()
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(below.count, 1))
        _ = UnsafeMutableBufferPointer(start: pointer, count: below.count).initialize(from: below)
        return UnsafePointer(pointer)
    }()

    /// ``namesBelow`` of each node, then ``rootNames``.
    ///
    /// The nodes are laid out breadth-first (a node's children come after it), so one pass from
    /// the last node up suffices.
    func namesBelowEachNode() -> [UInt8] {
        // Each tag's class as a word's own entry: its kind above its bit.
        var own = [UInt8](repeating: 0, count: 256)
        for (index, name) in tagNames.enumerated() where index < 256 {
            let wordClass = WordClass(tag: name)
            own[index] = NameBits.kind(wordClass) << NameBits.kindShift | NameBits.of(wordClass)
        }
        let below = (1 << NameBits.kindShift) - 1 as UInt8
        var names = [UInt8](repeating: 0, count: nodeCount)
        for node in stride(from: nodeCount - 1, through: 0, by: -1) {
            var entry = isWord(UInt32(node)) ? own[Int(tag[node])] : 0
            let first = Int(childStart[node])
            for child in first..<(first + Int(childCount[node])) { entry |= names[child] & below }
            names[node] = entry
        }
        let roots = (0..<65536).map { scalar in rootTable[scalar] == 0 ? 0 : names[Int(rootTable[scalar])] }
        return names + roots
    }
}
