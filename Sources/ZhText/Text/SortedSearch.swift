extension RandomAccessCollection where Index == Int {
    /// The number of leading elements for which `isBefore` holds, found by binary search:
    /// `isBefore` must hold for a prefix of the collection and fail for the rest (elements in
    /// text order, asked "does it end before this position?").
    ///
    /// - Complexity: O(log n).
    func countPrefix(where isBefore: (Element) -> Bool) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if isBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low - startIndex
    }
}
