internal import Foundation

/// Learns ``CharacterClusters`` from unlabelled text.
///
/// Each character is the vector of its left and right neighbours (positive pointwise mutual
/// information with the most frequent characters, and the sentence's edge), and spherical k-means
/// (seeded k-means++ start, cosine) groups the vectors into the fine classes and, in a run of its
/// own, the coarse ones. Deterministic: the
/// characters and the neighbours are ordered by frequency (ties by scalar), the starts drawn by
/// ``SplitMix64``.
package struct ClusterLearner {
    /// Characters seen fewer times get no class.
    package var minimumCount = 5
    /// The neighbours counted: the most frequent characters (others count as one).
    package var contextCount = 1000
    package var passes = 15
    /// The neighbours read on each side (1: c₋₁ and c₊₁; 2: c₋₂ and c₊₂ too, as dimensions of their own).
    package var window = 1
    package let seed: UInt64

    package init(seed: UInt64) { self.seed = seed }

    /// The classes of the characters of `texts` (each a sentence or a document, characters folded
    /// as ``EntityFeatures/folded(_:)`` folds them): `fine` and `coarse` classes, numbered from 1.
    package func learn(_ texts: [[UInt32]], fine: Int, coarse: Int, log: (String) -> Void) -> [UInt8] {
        var frequency: [UInt32: Int] = [:]
        for text in texts { for scalar in text where scalar < Scalar.pastBMP { frequency[scalar, default: 0] += 1 } }
        let ranked = frequency.filter { $0.value >= minimumCount }.sorted {
            $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
        }.map(\.key)
        var index: [UInt32: Int] = [:]
        for (number, scalar) in ranked.enumerated() { index[scalar] = number }
        let vectors = Self.vectors(
            texts, ranked: ranked, index: index, contexts: min(contextCount, ranked.count), window: window)
        log("clusters: \(ranked.count) characters seen \(minimumCount)+ times, \(vectors.dimensions) dimensions")
        let fineClasses = kMeans(vectors, k: min(fine, ranked.count), salt: 1, log: log)
        let coarseClasses = kMeans(vectors, k: min(coarse, ranked.count), salt: 2, log: log)
        var classes: [UInt32: (fine: Int, coarse: Int)] = [:]
        for (number, scalar) in ranked.enumerated() {
            classes[scalar] = (fineClasses[number] + 1, coarseClasses[number] + 1)
        }
        return CharacterClusters.bytes(classes)
    }

    /// Sparse rows (one per character of `ranked`), unit length.
    struct Vectors {
        var starts: [Int] = [0]
        var dimensionsOf: [Int32] = []
        var values: [Float] = []
        var dimensions = 0
        var count: Int { starts.count - 1 }
    }

    /// Each character's neighbours: dimension 2·w·j + 2·(d − 1) the j-th context d characters to
    /// the left, + 1 to the right (j < `contexts`: a frequent character; `contexts`: another;
    /// `contexts` + 1: the edge; d up to `window`), weighted by positive PMI (context probabilities
    /// smoothed by the power 0.75).
    static func vectors(
        _ texts: [[UInt32]], ranked: [UInt32], index: [UInt32: Int], contexts: Int, window: Int = 1
    ) -> Vectors {
        let dimensions = 2 * window * (contexts + 2)
        var counts = [[Int32: Int]](repeating: [:], count: ranked.count)
        func context(_ scalar: UInt32?) -> Int32 {
            guard let scalar else { return Int32(contexts + 1) }
            guard let number = index[scalar], number < contexts else { return Int32(contexts) }
            return Int32(number)
        }
        for text in texts {
            for (at, scalar) in text.enumerated() {
                guard let row = index[scalar] else { continue }
                for distance in 1...window {
                    let side =
                        Int32(2 * window) * context(at >= distance ? text[at - distance] : nil)
                        + Int32(2 * (distance - 1))
                    counts[row][side, default: 0] += 1
                    let other =
                        Int32(2 * window) * context(at + distance < text.count ? text[at + distance] : nil)
                        + Int32(2 * (distance - 1)) + 1
                    counts[row][other, default: 0] += 1
                }
            }
        }
        var columns = [Double](repeating: 0, count: dimensions)
        var total = 0.0
        for row in counts {
            for (dimension, count) in row {
                columns[Int(dimension)] += Double(count)
                total += Double(count)
            }
        }
        let smoothed = columns.map { pow($0, 0.75) }
        let smoothedTotal = smoothed.reduce(0, +)
        var out = Vectors()
        out.dimensions = dimensions
        for row in counts {
            let rowTotal = Double(row.values.reduce(0, +))
            var entries: [(Int32, Float)] = []
            for (dimension, count) in row.sorted(by: { $0.key < $1.key }) {
                let pmi = log((Double(count) / rowTotal) / (smoothed[Int(dimension)] / smoothedTotal))
                if pmi > 0 { entries.append((dimension, Float(pmi))) }
            }
            let norm = entries.reduce(Float(0)) { $0 + $1.1 * $1.1 }.squareRoot()
            for (dimension, value) in entries {
                out.dimensionsOf.append(dimension)
                out.values.append(norm > 0 ? value / norm : 0)
            }
            out.starts.append(out.dimensionsOf.count)
        }
        return out
    }

    /// Spherical k-means of `vectors` into `k` classes; each row's class.
    func kMeans(_ vectors: Vectors, k: Int, salt: UInt64, log: (String) -> Void) -> [Int] {
        let (n, d) = (vectors.count, vectors.dimensions)
        guard k > 1, n > k else { return [Int](repeating: 0, count: n) }
        // Centroids stored by dimension: centroids[dimension * k + class].
        var centroids = start(vectors, k: k, salt: salt)
        var assigned = [Int](repeating: 0, count: n)
        var scores = [Float](repeating: 0, count: k)
        for pass in 1...passes {
            var moved = 0
            var quality = 0.0
            scores.withUnsafeMutableBufferPointer { scores in
                for row in 0..<n {
                    for index in 0..<k { scores[index] = 0 }
                    for entry in vectors.starts[row]..<vectors.starts[row + 1] {
                        let base = Int(vectors.dimensionsOf[entry]) * k
                        let value = vectors.values[entry]
                        for index in 0..<k { scores[index] += value * centroids[base + index] }
                    }
                    var top = 0
                    for index in 1..<k where scores[index] > scores[top] { top = index }
                    if top != assigned[row] || pass == 1 { moved += 1 }
                    assigned[row] = top
                    quality += Double(scores[top])
                }
            }
            for index in centroids.indices { centroids[index] = 0 }
            for row in 0..<n {
                for entry in vectors.starts[row]..<vectors.starts[row + 1] {
                    centroids[Int(vectors.dimensionsOf[entry]) * k + assigned[row]] += vectors.values[entry]
                }
            }
            var norms = [Float](repeating: 0, count: k)
            for dimension in 0..<d {
                for index in 0..<k {
                    norms[index] += centroids[dimension * k + index] * centroids[dimension * k + index]
                }
            }
            for dimension in 0..<d {
                for index in 0..<k where norms[index] > 0 {
                    centroids[dimension * k + index] /= norms[index].squareRoot()
                }
            }
            log(
                String(
                    format: "k-means %d: pass %d, %d moved, mean similarity %.4f", k, pass, moved, quality / Double(n)))
            if moved == 0 { break }
        }
        return assigned
    }

    /// The k-means++ start: `k` rows, each drawn with odds the distance (1 − cosine) to the
    /// nearest one drawn before; centroids stored by dimension (`[dimension * k + class]`).
    func start(_ vectors: Vectors, k: Int, salt: UInt64) -> [Float] {
        let n = vectors.count
        var centroids = [Float](repeating: 0, count: vectors.dimensions * k)
        var random = SplitMix64(seed: seed &+ salt &* 0x9E37_79B9)
        var best = [Float](repeating: -1, count: n)
        var chosen = Int(random.next() % UInt64(n))
        for number in 0..<k {
            for entry in vectors.starts[chosen]..<vectors.starts[chosen + 1] {
                centroids[Int(vectors.dimensionsOf[entry]) * k + number] = vectors.values[entry]
            }
            guard number + 1 < k else { break }
            var weights = [Double](repeating: 0, count: n)
            for row in 0..<n {
                var similarity: Float = 0
                for entry in vectors.starts[row]..<vectors.starts[row + 1] {
                    similarity += vectors.values[entry] * centroids[Int(vectors.dimensionsOf[entry]) * k + number]
                }
                best[row] = max(best[row], similarity)
                weights[row] = Double(max(0, 1 - best[row]))
            }
            var target = Double(random.next() >> 11) / Double(1 << 53) * weights.reduce(0, +)
            chosen = n - 1
            for row in 0..<n {
                target -= weights[row]
                if target < 0 {
                    chosen = row
                    break
                }
            }
        }
        return centroids
    }
}
