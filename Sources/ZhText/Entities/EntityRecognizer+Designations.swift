/// Bodies whose head holds no proper name: national designations (国家碳计量中心), a body's branches
/// (北方工业大学延庆校区, 东陵大学附属医院), sports federations (国际乒联) and a division's own companies
/// (省国资运营集团).
extension EntityVocabulary {
    private static let bodyWords = EntityTables.organizations

    /// Verbs that name a body's field of work and sit in its head like nouns (转移 in 国家技术转移中部中心).
    static let fieldWords = WordList(bodyWords.words(ofKind: "field"))

    /// Designations' classes after 国家 or 全国 alone (国家重点实验室), longest first.
    static let nationalClasses = bodyWords.keywords(ofKind: "national-class").sorted {
        $0.scalars.count > $1.scalars.count
    }

    /// Ranks between 国家 and a class, which name no field (重点, 区域).
    static let nationalRanks = bodyWords.keywords(ofKind: "national-rank")

    /// The word that opens a national designation (国家).
    static let designationOpenings = WordList(bodyWords.words(ofKind: "designation-opening"))

    /// Suffixes that name a body only after a known place or 国家 (基金).
    static let placeNeedingSuffixes = WordList(bodyWords.words(ofKind: "needs-place"))

    /// Bodies whose branches a place and a branch suffix name (医院, 大学).
    static let branchParents = bodyWords.keywords(ofKind: "branch-parent")

    /// A branch's suffix after a body and a place (校区, 院区, 医院).
    static let branchSuffixes = bodyWords.keywords(ofKind: "branch")

    /// Words that join a university and the hospital it runs (附属).
    static let affiliateWords = bodyWords.keywords(ofKind: "affiliate")

    /// Offices that are one body with a report's own body (办公厅 in 省政府办公厅).
    static let ownOffices = bodyWords.keywords(ofKind: "own-office")

    /// Generic suffixes that after a division's prefix and a trade name the division's company (集团).
    static let divisionCompanies = WordList(bodyWords.words(ofKind: "division-company"))

    /// A sports federation's scope (国际, 世界), its sport's first character and its last (联, 协).
    static let federationScopes = bodyWords.keywords(ofKind: "federation-scope")
    static let sports = bodyWords.scalars(ofKind: "sport")
    static let federationEnds = bodyWords.scalars(ofKind: "federation-end")

    /// Compass words, which inside a body's head are part of its name (中部 in 国家技术转移中部中心).
    static let compassWords = WordList(EntityTables.places.words(ofKind: "compass"))
}

extension EntityRules {
    /// The piece a national designation opens at (rule national-designation), or nil.
    ///
    /// 国家 before the head's first anchor (or with none) opens the name when a field of two or more characters
    /// stands between it and the designation's class: 国家碳计量中心, 国家生猪技术创新中心, 国家超算成都中心.
    /// 国家重点实验室 and 国家技术创新中心 are classes, 国家区域医疗中心 a class with its rank, 国家金融管理中心 a
    /// city's role: no body.
    func nationalOpening(_ head: NameHead, before opening: Int?, _ s: UnsafeBufferPointer<UInt32>) -> Int? {
        guard !head.place else { return nil }
        let pieces = head.pieces[..<(opening ?? head.pieces.count)]
        guard
            let national = pieces.firstIndex(where: {
                EntityVocabulary.designationOpenings.contains(s[$0.range])
            })
        else { return nil }
        let designation = head.pieces[national].range.upperBound..<head.end
        guard EntityVocabulary.nationalClasses.contains(where: { endsWith($0, designation, s) }),
            namesField(designation, s)
        else { return nil }
        return national
    }

    /// Whether a designation (the words after 国家 or a place) names a field before its class.
    ///
    /// 碳计量中心 and 生猪技术创新中心 do; 技术创新中心 alone or with a rank (区域医疗中心, 中医区域医疗中心) does not.
    /// Without a class it does.
    func namesField(_ designation: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let found = EntityVocabulary.nationalClasses.first(where: { endsWith($0, designation, s) }) else {
            return true
        }
        let field = designation.lowerBound..<(designation.upperBound - found.scalars.count)
        // 国家中医区域医疗中心: a rank anywhere in the designation makes it a class.
        return field.count >= 2 && !EntityVocabulary.nationalRanks.contains(where: { contains($0, in: designation, s) })
    }

    /// Whether the word at `range` can sit inside a body's head though the lexicon tags it as a verb or a
    /// direction: a verb naming the body's field (转移, 审评) or a compass region (中部) (rule field-word-in-body).
    func isBodyFieldWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        EntityVocabulary.fieldWords.contains(s[range]) || EntityVocabulary.compassWords.contains(s[range])
    }

    /// Whether `word` of two or more characters occurs in the text at `range`.
    func contains(_ word: Keyword, in range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        let length = word.scalars.count
        guard length >= 2, range.count >= length else { return false }
        return (range.lowerBound...(range.upperBound - length)).contains { startsWith(word, $0..<range.upperBound, s) }
    }

    /// Whether the name opening at `opening` may end with the head's suffix: a suffix that needs a place (基金)
    /// opens at a known place, and a field word in the head (创新 in 产学研协同创新中心) needs a known place
    /// before it, or a region before 国家 (长三角国家技术创新中心) (rules national-designation, field-word-in-body).
    func opensNamedField(_ head: NameHead, at opening: Int, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard !head.place else { return true }
        let range = head.pieces[opening].range
        let place =
            isKnownPlaceWord(range, s)
            || (EntityVocabulary.regions.contains(s[range]) && opening + 1 < head.pieces.count
                && EntityVocabulary.designationOpenings.contains(s[head.pieces[opening + 1].range]))
        if EntityVocabulary.placeNeedingSuffixes.contains(head.suffix.scalars), !place { return false }
        // 成渝科技创新中心, 西安区域科技创新中心: a place and a class are the city's role, no body.
        let field = head.pieces[opening...].contains { EntityVocabulary.fieldWords.contains(s[$0.range]) }
        return !field || (place && namesField(range.upperBound..<head.end, s))
    }

    /// A sports federation named by its abbreviation at the token at `index` (rule sport-federation): a
    /// scope, the sport's first character and 联 or 协, ending a token (国际乒联, 世界田联, 中国足协; not 中国足联赛).
    func sportFederation(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        let start = tokens[index].scalarOffsets.lowerBound
        let limit = tokens.last!.scalarOffsets.upperBound
        for scope in EntityVocabulary.federationScopes where startsWith(scope, start..<limit, s) {
            let sport = start + scope.scalars.count
            guard sport + 1 < limit, EntityVocabulary.sports.contains(s[sport]),
                EntityVocabulary.federationEnds.contains(s[sport + 1]), endsAtToken(sport + 2, tokens)
            else { continue }
            return start..<(sport + 2)
        }
        return nil
    }

    /// A report's own body and the office after it, one body (省政府办公厅: rule own-body-office); else `end`.
    func ownOfficeEnd(_ end: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Int {
        let limit = tokens.last!.scalarOffsets.upperBound
        guard let office = EntityVocabulary.ownOffices.first(where: { startsWith($0, end..<limit, s) }),
            endsAtToken(end + office.scalars.count, tokens)
        else { return end }
        return end + office.scalars.count
    }
}

extension EntityRules {
    /// A body and its branch are one body (rule body-branch): a university and the hospital it runs after 附属
    /// (东陵大学附属医院, 东陵大学附属肿瘤医院西岭医院), and a hospital or a university, a place and a branch's
    /// suffix (北方工业大学延庆校区, 城南医院江北院区).
    func branchesJoined(_ chosen: [Candidate], _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> [Candidate] {
        var chosen = chosen
        var index = 0
        while index < chosen.count {
            let body = chosen[index].range
            if chosen[index].kind == .organization,
                EntityVocabulary.branchParents.contains(where: { endsWith($0, body, s) })
            {
                var end = affiliateEnd(body.upperBound, tokens, s) ?? body.upperBound
                end = branchEnd(end, chosen, tokens, s) ?? end
                if end > body.upperBound {
                    chosen.removeAll { $0.range.lowerBound >= body.upperBound && $0.range.lowerBound < end }
                    chosen[index] = (body.lowerBound..<end, .organization)
                }
            }
            index += 1
        }
        return chosen
    }

    /// The end of the hospital a university runs, after 附属 at `start` (附属 肿瘤 医院), or nil: words that can
    /// sit in a name, up to the last that ends like a hospital.
    func affiliateEnd(_ start: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Int? {
        let limit = tokens.last!.scalarOffsets.upperBound
        guard let affiliate = EntityVocabulary.affiliateWords.first(where: { startsWith($0, start..<limit, s) }),
            var index = tokens.firstIndex(where: { $0.scalarOffsets.lowerBound == start + affiliate.scalars.count })
        else { return nil }
        var end: Int?
        while index < tokens.count, tokens[index].kind == .word, tokens[index].scalarOffsets.upperBound - start <= 16 {
            let range = tokens[index].scalarOffsets
            if range.count == 1 {
                let scalar = s[range.lowerBound]
                if EntityVocabulary.nonNameCharacters.contains(scalar) || EntityVocabulary.headStops.contains(scalar) {
                    break
                }
            } else if lexiconClass(range, s)?.tag == .function {
                break
            }
            if EntityVocabulary.branchSuffixes.contains(where: { endsWith($0, start..<range.upperBound, s) }) {
                end = range.upperBound
            }
            index += 1
        }
        return end
    }

    /// The end of a branch named after a body ending at `start`: a place of two to four characters and a branch's
    /// suffix ending a token (延庆 校区), or nil.
    func branchEnd(_ start: Int, _ chosen: [Candidate], _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>)
        -> Int?
    {
        let limit = tokens.last!.scalarOffsets.upperBound
        for length in 2...4 where start + length < limit {
            let place = start..<(start + length)
            guard
                let suffix = EntityVocabulary.branchSuffixes.first(where: {
                    startsWith($0, place.upperBound..<limit, s)
                }),
                endsAtToken(place.upperBound + suffix.scalars.count, tokens),
                chosen.contains(where: { $0.kind == .location && $0.range == place })
                    || placeMatch(at: start, s, limit: place.upperBound) == place.upperBound
                    || (endsAtToken(place.upperBound, tokens) && lexiconClass(place, s)?.tag == .place)
                    || isCampusWord(place, suffix, tokens, s)
            else { continue }
            return place.upperBound + suffix.scalars.count
        }
        return nil
    }
}

extension EntityRules {
    /// Whether `place` names a campus before its suffix (亦庄 院区, rule body-branch).
    ///
    /// 院区 and 校区 name a branch after a word that reads as a name (one the lexicon does not know or tags as a
    /// name, cut into pieces or not); a hospital after a body needs a place. 建设 校区 names none.
    func isCampusWord(_ place: Range<Int>, _ suffix: Keyword, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>)
        -> Bool
    {
        guard !EntityVocabulary.branchParents.contains(where: { $0.scalars == suffix.scalars }),
            tokens.contains(where: { $0.scalarOffsets.lowerBound == place.lowerBound && $0.kind == .word }),
            !place.contains(where: { EntityVocabulary.nonNameCharacters.contains(s[$0]) }), !isCommonWord(place, s)
        else { return false }
        guard let tag = lexiconClass(place, s)?.tag else { return true }
        return [.place, .person, .properName].contains(tag)
    }
}
