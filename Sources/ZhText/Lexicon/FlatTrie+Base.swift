internal import ZhTextData
internal import Foundation

extension FlatTrie {
    /// The base lexicon compiled into the binary (jieba's dictionary, see NOTICE), used in place.
    static let base: FlatTrie = {
        var size = 0
        let bytes = UnsafeRawPointer(zhtext_base_lexicon(&size))!
        return FlatTrie(baseLexicon: bytes, size: size)
    }()

    /// The sum of the base lexicon's word frequencies (the denominator of every probability).
    static let baseTotal: Double = {
        var size = 0
        let bytes = UnsafeRawPointer(zhtext_base_lexicon(&size))!
        return Double(bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
    }()

    /// Reads the layout written by Scripts/build-lexicon.py (its docstring describes it).
    private init(baseLexicon bytes: UnsafeRawPointer, size: Int) {
        precondition(size > 64 && memcmp(bytes, "ZHLEX001", 8) == 0, "the embedded base lexicon is damaged")
        let nodes = Int(bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        let tags = Int(bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
        var offset = 64
        func take<T>(_ count: Int, _ type: T.Type) -> UnsafePointer<T> {
            let pointer = (bytes + offset).assumingMemoryBound(to: T.self)
            offset += count * MemoryLayout<T>.stride
            return pointer
        }
        rootTable = take(65536, UInt32.self)
        childStart = take(nodes, UInt32.self)
        logProb = take(nodes, Float32.self)
        label = take(nodes, UInt16.self)
        childCount = take(nodes, UInt16.self)
        tag = take(nodes, UInt8.self)
        offset += (4 - nodes % 4) % 4
        var names: [String] = []
        var current: [UInt8] = []
        while names.count < tags, offset < size {
            let byte = bytes.load(fromByteOffset: offset, as: UInt8.self)
            offset += 1
            if byte == 0 {
                names.append(String(decoding: current, as: UTF8.self))
                current.removeAll()
            } else {
                current.append(byte)
            }
        }
        precondition(offset <= size, "the embedded base lexicon is truncated")
        nodeCount = nodes
        tagNames = names
        storage = nil
    }
}
