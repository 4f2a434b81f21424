/// The names a document has used so far (its own places, its people), found again by their
/// first character: a token is checked against the few names that start like it, whatever the
/// number of names a long document collects.
struct NameMemory: Sendable {
    private var names: [[UInt32]] = []
    /// Indexes into `names` by first scalar.
    private var byFirst: [UInt32: [Int32]] = [:]
    /// A bit per BMP scalar that starts a name (allocated with the first name).
    private var firsts: [UInt64] = []

    /// Adds `name` (two or more scalars) unless it is already there.
    mutating func insert<C: Collection>(_ name: C) where C.Element == UInt32 {
        guard let first = name.first, name.count >= 2, !contains(name) else { return }
        if firsts.isEmpty { firsts = [UInt64](repeating: 0, count: Int(ScalarSet.planeSize) / 64) }
        if first < ScalarSet.planeSize { firsts[Int(first >> 6)] |= 1 << UInt64(first & 63) }
        byFirst[first, default: []].append(Int32(names.count))
        names.append(Array(name))
    }

    /// Whether `name` is one of the names.
    func contains<C: Collection>(_ name: C) -> Bool where C.Element == UInt32 {
        guard let first = name.first else { return false }
        return candidates(first).contains { names[Int($0)].elementsEqual(name) }
    }

    /// The ends of the names that start at `index` of `s` and end before `limit`.
    func ends(at index: Int, _ s: UnsafeBufferPointer<UInt32>, limit: Int) -> [Int] {
        candidates(s[index]).compactMap { entry in
            let name = names[Int(entry)]
            guard index + name.count <= limit, name.indices.allSatisfy({ s[index + $0] == name[$0] }) else {
                return nil
            }
            return index + name.count
        }
    }

    /// Whether a name starts at `index` of `s` and ends before `limit`.
    func startsName(at index: Int, _ s: UnsafeBufferPointer<UInt32>, limit: Int) -> Bool {
        candidates(s[index]).contains { entry in
            let name = names[Int(entry)]
            return index + name.count <= limit && name.indices.allSatisfy { s[index + $0] == name[$0] }
        }
    }

    private func candidates(_ first: UInt32) -> [Int32] {
        guard !firsts.isEmpty, first < ScalarSet.planeSize, firsts[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0
        else { return [] }
        return byFirst[first] ?? []
    }
}
