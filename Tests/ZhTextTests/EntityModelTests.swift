import Testing
@testable import ZhText

/// The entity model: its labels, decoder, binary, trainer, the guidelines, the recognizer's modes.
///
/// Sentences are our own.
@Suite("Entity model")
struct EntityModelTests {
    typealias Name = (range: Range<Int>, kind: Entity.Kind)

    static let bPER = EntityTag.tag(.person, EntityTag.begin)
    static let sPER = EntityTag.tag(.person, EntityTag.single)
    static let bLOC = EntityTag.tag(.location, EntityTag.begin)
    static let iLOC = EntityTag.tag(.location, EntityTag.inside)
    static let eLOC = EntityTag.tag(.location, EntityTag.end)
    static let iORG = EntityTag.tag(.organization, EntityTag.inside)
    static let eORG = EntityTag.tag(.organization, EntityTag.end)

    @Test("Labels of names and names of labels (BIOES)")
    func labelsRoundTrip() {
        // 在 宁 波 市 见 王 。: 宁波市 a place, 王 a one-character person.
        let tags = EntityTag.tags(owner: [-1, 0, 0, 0, -1, 1, -1], kinds: [.location, .person])
        #expect(tags.map(Int.init) == [0, Self.bLOC, Self.iLOC, Self.eLOC, 0, Self.sPER, 0])
        let names = EntityTag.names(tags, offset: 10)
        #expect(names.map(\.range) == [11..<14, 15..<16])
        #expect(names.map(\.kind) == [.location, .person])
    }

    @Test(
        "Which label may follow which",
        arguments: [
            (-1, bPER, true), (-1, iLOC, false), (-1, eORG, false), (bPER, bLOC, false), (bLOC, iLOC, true),
            (bLOC, eLOC, true), (iLOC, eLOC, true), (bLOC, iORG, false), (eLOC, bPER, true), (eLOC, 0, true),
            (iORG, 0, false), (sPER, sPER, true), (0, eLOC, false),
        ])
    func transitions(previous: Int, next: Int, allowed: Bool) {
        #expect(EntityTag.allows(previous, next) == allowed)
    }

    @Test("Viterbi keeps to the constraints: an inside label wanted first still opens with a B")
    func viterbiConstraints() {
        // Position 0 prefers I-LOC (not allowed first), 1 prefers E-LOC: the best valid path is B-LOC E-LOC.
        var first = SIMD16<Int32>()
        first[Self.iLOC + 1] = 10
        first[Self.bLOC + 1] = 5
        var second = SIMD16<Int32>()
        second[Self.eLOC + 1] = 10
        let path = Viterbi.decode(count: 2, transitions: [Int32](repeating: 0, count: 14 * 16)) {
            $0 == 0 ? first : second
        }
        #expect(path.map(Int.init) == [Self.bLOC, Self.eLOC])
        // A name may not be left open at the sentence's end.
        var open = SIMD16<Int32>()
        open[Self.bLOC + 1] = 10
        let single = Viterbi.decode(count: 1, transitions: [Int32](repeating: 0, count: 14 * 16)) { _ in open }
        #expect(single.map(Int.init) == [0])
    }

    @Test("The model's decoder finds the path the generic Viterbi finds", arguments: [1, 2, 5, 40])
    func decoderAgrees(count: Int) throws {
        var random = SplitMix64(seed: UInt64(count))
        func score() -> Int32 { Int32(truncatingIfNeeded: random.next() % 400) - 200 }
        let transitions = (0..<(14 * 16)).map { _ in score() }
        // A model with these label-pair scores and an empty table of one bucket.
        var bytes: [UInt8] = []
        for value in [
            EntityModel.magic, EntityModel.version, UInt32(EntityTag.count), UInt32(EntityFeatures.count), 2, 1,
        ] {
            withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
        }
        bytes += [UInt8](repeating: 0, count: 32 - bytes.count)
        for value in transitions { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        bytes += [UInt8](repeating: 0, count: EntityModel.headerSize - bytes.count + 4 * EntityModel.slotSize(width: 1))
        let model = try #require(EntityModel(data: bytes))
        var emissions: [SIMD16<Int32>] = []
        for _ in 0..<count {
            var lanes = SIMD16<Int32>()
            for tag in 0..<EntityTag.count { lanes[tag + EntityModel.lane] = score() }
            emissions.append(lanes)
        }
        let fast = emissions.withUnsafeBufferPointer { model.viterbi($0) }
        let generic = Viterbi.decode(count: count, transitions: transitions) { index in
            var lanes = SIMD16<Int32>()
            for tag in 0..<EntityTag.count { lanes[tag + 1] = emissions[index][tag + EntityModel.lane] }
            return lanes
        }
        #expect(fast == generic)
    }

    @Test("The embedded model loads in place and stays within 20 MB")
    func embeddedModel() throws {
        let model = try #require(EntityModel.embedded)
        #expect(model.byteCount <= 20_000_000)
        #expect(EntityRecognizer(mode: .model).mode == .model)
        #expect(EntityRecognizer().mode == .rules)
        #expect(EntityModel(data: [1, 2, 3]) == nil)
    }

    @Test(
        "Model mode on sentences of our own",
        arguments: [
            ("国务院总理在北京会见了来访的法国外长。", ["国务院/ORG", "北京/LOC", "法国/LOC"]),
            ("宁波舟山港集团有限公司与浙江大学签署合作协议。", ["宁波舟山港集团有限公司/ORG", "浙江大学/ORG"]),
            ("记者王思远从省统计局获悉。", ["王思远/PER", "省统计局/ORG"]),
            // The guidelines: 中美 is one place; 市委 alone names no body.
            ("中美两国企业在市委支持下合作建设新厂。", ["中美/LOC"]),
        ])
    func modelMode(text: String, expected: [String]) {
        let found = Self.model.entities(in: text).map { "\($0.text)/\($0.type.rawValue)" }
        #expect(found == expected)
    }

    static let model = EntityRecognizer(mode: .model)

    @Test("Raw mode keeps the conventions the model learned (中 and 美 apart, 市委 a body)")
    func rawMode() {
        let found = EntityRecognizer(mode: .raw).entities(in: "中美两国企业在市委支持下合作建设新厂。")
        #expect(
            found.map { "\($0.text)/\($0.type.rawValue)/\($0.scalarOffsets)" } == [
                "中/LOC/0..<1", "美/LOC/1..<2", "市委/ORG/7..<9",
            ])
    }

    @Test(
        "The guidelines applied to the model's names",
        arguments: [
            // Adjacent one-character places join; a lone one goes unless the rules found it.
            ("中美两国", [(0..<1, Entity.Kind.location), (1..<2, .location)], [(0..<2, Entity.Kind.location)]),
            ("港澳台同胞", [(0..<1, .location), (1..<2, .location), (2..<3, .location)], [(0..<3, .location)]),
            ("对中方式", [(1..<2, .location)], []),
            // Common nouns and generic bodies are no names; a person must read as one.
            ("在市委领导下", [(1..<3, .organization)], []),
            ("新建学校", [(0..<2, .location)], []),
            ("陈女士表示", [(0..<3, .person)], []),
            ("王思远表示", [(0..<3, .person)], [(0..<3, .person)]),
            ("浙江大学招生", [(0..<4, .organization)], [(0..<4, .organization)]),
        ] as [(String, [Name], [Name])])
    func guidelines(text: String, names: [Name], expected: [Name]) {
        let rules = EntityRules(tokenizer: Tokenizer())
        let scalars = text.unicodeScalars.map(\.value)
        let kept = scalars.withUnsafeBufferPointer { rules.guidelines(names, chosen: [], $0) }
        #expect(kept.map(\.range) == expected.map(\.range))
        #expect(kept.map(\.kind) == expected.map(\.kind))
    }

    @Test("Training is deterministic, and its model loads")
    func training() throws {
        let trainer = EntityModelTrainer()
        var examples = EntityModelTrainer.Examples()
        let sentences = [
            EntityModelTrainer.LabeledText(
                text: "记者王思远在宁波报道。", names: [(2..<5, .person), (6..<8, .location)]),
            EntityModelTrainer.LabeledText(
                text: "浙江大学与宁波市合作。", names: [(0..<4, .organization), (5..<8, .location)]),
            EntityModelTrainer.LabeledText(text: "陈立新说，合作顺利。", names: [(0..<3, .person)]),
        ]
        trainer.add(sentences, to: &examples)
        #expect(examples.sentenceCount == 4)  // the comma ends a sentence
        #expect(examples.characterCount == 10 + 10 + 4 + 4)
        let first = trainer.train(examples, epochs: 3, seed: 7, minimumCount: 1, log: { _ in })
        let second = trainer.train(examples, epochs: 3, seed: 7, minimumCount: 1, log: { _ in })
        #expect(first == second)
        let recognizer = try #require(EntityRecognizer(modelData: first, mode: .raw))
        #expect(recognizer.entities(in: "记者王思远在宁波报道。").map(\.text) == ["王思远", "宁波"])
        // A table of the asked size keeps the features with the largest scores (half of its slots).
        let weights = trainer.learn(examples, epochs: 3, seed: 7, minimumCount: 1, log: { _ in })
        #expect(weights.model(log: { _ in }) == first)
        let small = weights.model(tableBits: 4, log: { _ in })
        #expect(small.count == EntityModel.headerSize + 16 * EntityModel.slotSize(width: 2))
        #expect(EntityModel(data: small) != nil)
        // The names of the gold labels, jack-knifed over two folds, go into the model and load with it.
        var named = examples
        named.applyNames(folds: 2)
        let table = try #require(named.names)
        let withNames = trainer.train(named, epochs: 3, seed: 7, minimumCount: 1, log: { _ in })
        #expect(withNames.count == first.count + table.bytes.count)
        #expect(try #require(EntityModel(data: withNames)).names != nil)
        #expect(EntityModel(data: first)?.names == nil)
        // Scores of one byte: the same names on the sentence it learned.
        let narrow = weights.model(width: 1, log: { _ in })
        let narrowModel = try #require(EntityModel(data: narrow))
        #expect(narrowModel.scoreWidth == 1)
        let narrowRecognizer = try #require(EntityRecognizer(modelData: narrow, mode: .raw))
        #expect(narrowRecognizer.entities(in: "记者王思远在宁波报道。").map(\.text) == ["王思远", "宁波"])
    }

    @Test("Characters between the same neighbours fall in one class, and the classes go into the model")
    func clusters() throws {
        // Texts of our own: 甲乙丙 between 在 and 市, 他她 before 说.
        let texts = ["在甲市工作", "在乙市工作", "在丙市工作", "他说好", "她说好", "在甲市他说好", "在丙市她说好"]
        var learner = ClusterLearner(seed: 3)
        learner.minimumCount = 1
        let trainer = EntityModelTrainer()
        let bytes = learner.learn(texts.map(trainer.foldedCharacters), fine: 4, coarse: 2, log: { _ in })
        #expect(bytes.count == CharacterClusters.byteCount)
        #expect(learner.learn(texts.map(trainer.foldedCharacters), fine: 4, coarse: 2, log: { _ in }) == bytes)
        let table = bytes.withUnsafeBytes { raw in
            "甲乙丙他她好".unicodeScalars.map {
                CharacterClusters(raw.baseAddress!).entry(UInt64($0.value)) & 0x3FF
            }
        }
        #expect(table[0] != 0 && table[0] == table[1] && table[1] == table[2])
        #expect(table[3] == table[4] && table[3] != table[0])
        // A character never seen has no class.
        #expect(
            bytes.withUnsafeBytes { CharacterClusters($0.baseAddress!).entry(UInt64(("龙" as Unicode.Scalar).value)) }
                == 0)
        // Trained with the classes, the model carries them, loads, and reads them as training did.
        var examples = EntityModelTrainer.Examples()
        trainer.add(
            [
                EntityModelTrainer.LabeledText(text: "记者王思远在宁波报道。", names: [(2..<5, .person), (6..<8, .location)]),
                EntityModelTrainer.LabeledText(text: "陈立新说，合作顺利。", names: [(0..<3, .person)]),
            ], to: &examples)
        let plain = trainer.train(examples, epochs: 3, seed: 7, minimumCount: 1, log: { _ in })
        examples.applyClusters(bytes)
        let model = trainer.train(examples, epochs: 3, seed: 7, minimumCount: 1, log: { _ in })
        #expect(model.count == plain.count + CharacterClusters.byteCount)
        #expect(try #require(EntityModel(data: model)).clusters != nil)
        #expect(EntityModel(data: plain)?.clusters == nil)
        let recognizer = try #require(EntityRecognizer(modelData: model, mode: .raw))
        #expect(recognizer.entities(in: "记者王思远在宁波报道。").map(\.text) == ["王思远", "宁波"])
        // Weights averaged over seeds: one model; the average of one is itself.
        let weights = trainer.learn(examples, epochs: 3, seed: 7, minimumCount: 1, log: { _ in })
        let again = trainer.learn(examples, epochs: 3, seed: 7, minimumCount: 1, log: { _ in })
        let other = trainer.learn(examples, epochs: 3, seed: 8, minimumCount: 1, log: { _ in })
        let single = LearnedWeights.average([weights]).model(clusters: bytes, log: { _ in })
        #expect(single == model)
        #expect(LearnedWeights.average([weights, again]).model(clusters: bytes, log: { _ in }) == model)
        let averaged = LearnedWeights.average([weights, other]).model(clusters: bytes, log: { _ in })
        #expect(EntityModel(data: averaged) != nil)
    }

    @Test("A stacked model: the second pass reads the first's labels, jack-knifed in training, and loads")
    func stacking() throws {
        let trainer = EntityModelTrainer()
        var examples = EntityModelTrainer.Examples()
        // Sentences of our own, each its own document (so that the folds split them).
        for sentence in [
            EntityModelTrainer.LabeledText(text: "记者王思远在宁波报道。", names: [(2..<5, .person), (6..<8, .location)]),
            EntityModelTrainer.LabeledText(text: "浙江大学与宁波市合作。", names: [(0..<4, .organization), (5..<8, .location)]),
            EntityModelTrainer.LabeledText(text: "陈立新在杭州说。", names: [(0..<3, .person), (4..<6, .location)]),
            EntityModelTrainer.LabeledText(text: "王思远到浙江大学。", names: [(0..<3, .person), (4..<8, .organization)]),
        ] {
            trainer.add([sentence], to: &examples)
        }
        let second = trainer.stacked(
            examples, folds: 2, epochs: 3, seed: 7, minimumCount: 1, clip: 0.9999, log: { _ in })
        #expect(second.width == EntityStacking.width)
        #expect(second.features.count == examples.characterCount * EntityStacking.width)
        #expect(second.gold == examples.gold)
        // The first pass's slots are copied; every character has its stacked label features.
        for at in 0..<examples.characterCount {
            let copied = second.features[
                (at * EntityStacking.width)..<(at * EntityStacking.width + EntityFeatures.count)]
            #expect(
                Array(copied)
                    == Array(examples.features[(at * EntityFeatures.count)..<((at + 1) * EntityFeatures.count)]))
            #expect(second.features[at * EntityStacking.width + EntityFeatures.count] != 0)
        }
        #expect(
            trainer.stacked(examples, folds: 2, epochs: 3, seed: 7, minimumCount: 1, clip: 0.9999, log: { _ in })
                .features == second.features)
        let first = trainer.learn(examples, epochs: 3, seed: 7, minimumCount: 1, log: { _ in }).model(
            width: 1, log: { _ in })
        let bytes = trainer.learn(second, epochs: 3, seed: 7, minimumCount: 1, log: { _ in }).stackedModel(
            first: first, log: { _ in })
        let model = try #require(EntityModel(data: bytes))
        #expect(model.isStacked)
        #expect(model.byteCount == bytes.count)
        #expect(try #require(EntityModel(data: first)).isStacked == false)
        // A block cut short is no model.
        #expect(EntityModel(data: Array(bytes.dropLast(16))) == nil)
        let recognizer = try #require(EntityRecognizer(modelData: bytes, mode: .raw))
        #expect(recognizer.entities(in: "记者王思远在宁波报道。").map(\.text) == ["王思远", "宁波"])
    }

    @Test("Stacked features: the labels around a character, its name's shape, the same characters elsewhere")
    func stackedFeatures() {
        // 甲乙 丙 甲乙 (a two-character place, then the same two characters unlabelled).
        let characters: [UInt64] = [11, 12, 13, 11, 12]
        var base = [UInt64](repeating: 0, count: characters.count * EntityFeatures.count)
        for (at, character) in characters.enumerated() { base[at * EntityFeatures.count] = character }
        let labels = [
            EntityTag.tag(.location, EntityTag.begin), EntityTag.tag(.location, EntityTag.end), 0, 0, 0,
        ].map(UInt8.init)
        var out = [UInt64](repeating: 0, count: characters.count * EntityStacking.width)
        base.withUnsafeBufferPointer { base in
            out.withUnsafeMutableBufferPointer {
                EntityStacking.fill(
                    base, labels: labels, margins: [3, 3, 0, 1, 1], count: characters.count, into: $0.baseAddress!)
            }
        }
        let inner = EntityFeatures.count
        func slot(_ at: Int, _ offset: Int) -> UInt64 { out[at * EntityStacking.width + inner + offset] }
        #expect(out[3 * EntityStacking.width] == 11)
        // The label and margin of c₀.
        #expect(slot(0, 0) == EntityFeatures.hash(EntityStacking.first, UInt64(labels[0]), 3))
        // The same characters found again after the name, where nothing was named: the place's B and E.
        #expect(slot(3, 7) == EntityFeatures.hash(EntityStacking.first + 7, 2 << 4 | 1))
        #expect(slot(4, 7) == EntityFeatures.hash(EntityStacking.first + 7, 2 << 4 | 3))
        #expect(slot(0, 7) == 0 && slot(2, 7) == 0)
        // The name covering c₀: its kind (a place), length and c₀'s position, with its last character;
        // outside a name, c₀ itself.
        #expect(slot(0, 5) == EntityFeatures.hash(EntityStacking.first + 5, 1 << 8 | 2 << 2 | 0, 12))
        #expect(slot(1, 5) == EntityFeatures.hash(EntityStacking.first + 5, 1 << 8 | 2 << 2 | 2, 12))
        #expect(slot(2, 5) == EntityFeatures.hash(EntityStacking.first + 5, 0xFF, 13))
    }

    @Test("A trie's names below each node: the classes of names at or below it, its own word's class")
    func namesBelow() {
        // Words of our own: two places, a body, a person, a common noun.
        let words: [(String, String)] = [
            ("东陵", "ns"), ("东陵市", "ns"), ("东陵大学", "nt"), ("东风", "n"), ("林思远", "nr"),
        ]
        let trie = FlatTrie(words: words.map { (Array($0.0.utf16), -1, $0.1) })
        func names(_ word: String) -> UInt8 { trie.namesBelow[Int(trie.node(for: word.unicodeScalars))] }
        // 东: places and a body below, no word itself; 东陵: a place (kind 1) with a body below.
        #expect(names("东") == NameBits.place | NameBits.organization)
        #expect(names("东陵") == 1 << NameBits.kindShift | NameBits.place | NameBits.organization)
        #expect(names("东陵大") == NameBits.organization)
        #expect(names("东陵大学") == 2 << NameBits.kindShift | NameBits.organization)
        #expect(names("林思远") == 3 << NameBits.kindShift | NameBits.person)
        // A common noun is no name: the walk stops there.
        #expect(names("东风") == 0)
        // The root's names by scalar: 东 and 林 start names, 风 starts no word.
        #expect(trie.rootNames[Int(("东" as Unicode.Scalar).value)] == names("东"))
        #expect(trie.rootNames[Int(("林" as Unicode.Scalar).value)] == NameBits.person)
        #expect(trie.rootNames[Int(("风" as Unicode.Scalar).value)] == 0)
    }

    @Test("The names seen in training: every prefix walks on, the longest name covering a character marks it")
    func nameTable() {
        // Names of our own: a place and a body that starts with it, a person.
        func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
        let names: [(characters: ArraySlice<UInt32>, kind: Entity.Kind)] = [
            (scalars("东陵")[...], .location), (scalars("东陵大学")[...], .organization),
            (scalars("林思远")[...], .person), (scalars("东陵")[...], .organization), (scalars("远")[...], .location),
        ]
        let strings = NameTable.strings(names)
        // 东, 东陵, 东陵大, 东陵大学, 林, 林思, 林思远; a one-character name is left out.
        #expect(strings.count == 7)
        let table = NameTable.bytes(strings)
        #expect(table.bytes.count == 8 << table.bits)
        #expect((1 << table.bits) >= 2 * strings.count)
        let sentence = scalars("在东陵大学见林思远")
        let marks = table.bytes.withUnsafeBytes { bytes in
            sentence.withUnsafeBufferPointer { NameTable(bytes.baseAddress!, bits: table.bits).marks(1..<9, $0) }
        }
        func mark(_ length: UInt16, _ kinds: UInt8, _ position: UInt16) -> UInt16 {
            1 << 15 | length << 8 | UInt16(kinds) << 2 | position
        }
        let (body, person) = (NameTable.body, NameTable.person)
        #expect(
            marks == [
                mark(4, body, 0), mark(4, body, 1), mark(4, body, 1), mark(4, body, 2), 0,
                mark(3, person, 0), mark(3, person, 1), mark(3, person, 2),
            ])
        // 东陵 alone is a place and a body; 东风 starts no name.
        let other = scalars("东陵东风")
        let short = table.bytes.withUnsafeBytes { bytes in
            other.withUnsafeBufferPointer { NameTable(bytes.baseAddress!, bits: table.bits).marks(0..<4, $0) }
        }
        #expect(short == [mark(2, NameTable.place | body, 0), mark(2, NameTable.place | body, 2), 0, 0])
    }
}
