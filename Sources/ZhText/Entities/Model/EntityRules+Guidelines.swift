/// The project's annotation guidelines applied to the model's names (Corpus/README.md, "Entities
/// in real text"), where they differ from the data sets the model learned from.
///
/// The model learned People's Daily's conventions, which tag a body with no name (省委, 市政府)
/// and each character of 中美 apart; the contract never calls a generic noun a name and makes
/// an abbreviated compound of places one place. A name the rules chose as well always stays (in
/// the hybrid mode; the model mode runs no rules, so `chosen` is empty there).
extension EntityRules {
    /// The model's `names` of one sentence as the guidelines want them.
    ///
    /// - Single-character places next to each other are one place (中美, 港澳台); a single
    ///   character alone is a name only when the rules found it too.
    /// - A name that is a common noun or generic head of the rules' lists (市委, 中心), or a
    ///   single lexicon word of a common class (新建, 城中村), is dropped.
    /// - A person's name must read as one (not 陈女士, 黄金周).
    func guidelines(_ names: [Candidate], chosen: [Candidate], _ s: UnsafeBufferPointer<UInt32>) -> [Candidate] {
        var merged: [Candidate] = []
        // The compounds just joined: a name by the guidelines, whatever the lexicon calls them.
        var compounds: [Range<Int>] = []
        for name in names {
            if let last = merged.last, last.kind == .location, name.kind == .location,
                last.range.upperBound == name.range.lowerBound, name.range.count == 1,
                last.range.allSatisfy({
                    EntityVocabulary.placeAbbreviations.contains(s[$0])
                        || EntityVocabulary.countryAbbreviations.contains(s[$0])
                })
            {
                merged[merged.count - 1] = (last.range.lowerBound..<name.range.upperBound, .location)
                if compounds.last?.lowerBound == last.range.lowerBound { compounds.removeLast() }
                compounds.append(last.range.lowerBound..<name.range.upperBound)
            } else {
                merged.append(name)
            }
        }
        return merged.filter { name in
            if chosen.contains(where: { $0.range == name.range }) || compounds.contains(name.range) { return true }
            if name.range.count < 2 { return false }
            if isCommonWord(name.range, s) || isCommonLexiconWord(name.range, s) { return false }
            if name.kind == .person, !isPlausibleName(name.range, s) { return false }
            return true
        }
    }
}
