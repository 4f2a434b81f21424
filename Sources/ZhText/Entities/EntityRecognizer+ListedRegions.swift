/// Bodies listed among regions: a bloc named as a market or an area is a place.
extension EntityRules {
    /// A well-known body that a list comma joins to a region is a place, the area it stands for (rule
    /// body-among-regions): 中亚、非洲、东盟等新兴市场 lists markets, 东盟 among them; 对东盟、欧盟出口 lists two
    /// partners, bodies still.
    func bodiesAmongRegions(_ found: [Candidate], _ s: UnsafeBufferPointer<UInt32>) -> [Candidate] {
        var result = found
        for (index, candidate) in found.enumerated() where candidate.kind == .organization {
            let range = candidate.range
            guard EntityVocabulary.wellKnownOrganizations.contains(s[range]) else { continue }
            let before = index > 0 ? found[index - 1] : nil
            let after = index + 1 < found.count ? found[index + 1] : nil
            let listed = [
                before.map { ($0, $0.range.upperBound + 1 == range.lowerBound, $0.range.upperBound) },
                after.map { ($0, range.upperBound + 1 == $0.range.lowerBound, range.upperBound) },
            ].contains { item in
                guard let (neighbour, adjacent, comma) = item, adjacent, neighbour.kind == .location else {
                    return false
                }
                return s[comma] == Scalar.ideographicComma && EntityVocabulary.regions.contains(s[neighbour.range])
            }
            if listed { result[index] = (range, .location) }
        }
        return result
    }
}
