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
    }
}
