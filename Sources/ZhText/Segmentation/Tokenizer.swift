internal import Foundation

/// Splits Chinese text into tokens: words, numbers, Latin runs, punctuation, whitespace, symbols.
///
/// The default mode (``Mode/standard``) works on the text's UTF-8 bytes in one pass:
/// - ICU's character properties (read once into a table) split the text into runs: Han,
///   digits, Latin, other scripts, whitespace, punctuation, symbols.
/// - A Han run is cut by the lexicon: every dictionary word starting at each character is a
///   candidate, and dynamic programming picks the path with the highest product of word
///   probabilities (jieba's algorithm without its HMM). Chinese numerals (二〇二〇, 一百零五)
///   are candidates too, so that numbers stay whole, with a following 年/月/日.
/// - Numbers stay whole with their decimals, thousands separators, 万/亿 multipliers, percent
///   signs and 年/月/日 (126.06万亿, 1,234.5, 12.5%, 2024年); Latin runs keep inner hyphens and
///   dots (COVID-19, PM2.5) and absorb leading digits (5G).
/// - Runs of other scripts (kana, hangul, Thai…) go to ICU's word break iterator.
///
/// ``Mode/icu`` runs ICU's word break iterator alone, for comparison.
///
/// A tokenizer is immutable and `Sendable`: build it once (the lexicon is compiled then) and
/// share it; each call keeps its own working state.
///
/// ```swift
/// let tokenizer = Tokenizer()
/// for token in tokenizer.tokens(in: "一般公共预算收入512.6亿元") {
///     print(token.text(in: text), token.kind)
/// }
/// ```
public struct Tokenizer: Sendable {
    /// How text is segmented.
    public enum Mode: String, Sendable, Hashable, CaseIterable, Codable {
        /// ICU's character properties plus the lexicon (the default).
        case standard
        /// ICU's word break iterator alone (its built-in Chinese dictionary), for comparison.
        case icu
    }

    /// How this tokenizer segments.
    public let mode: Mode
    /// The lexicon it was built from.
    public let lexicon: Lexicon
    let base: FlatTrie?
    let overlay: FlatTrie?
    /// Whether each tag index of each trie is a numeral tag (`m`, `mq`), to tell numbers from
    /// words like 十四五 (a plan) or 万一 (a conjunction).
    let baseNumeralTags: [Bool]
    let overlayNumeralTags: [Bool]
    /// The word class of each tag index of each trie (entity rules read classes, not tag strings).
    let baseClasses: [WordClass]
    let overlayClasses: [WordClass]
    /// The log probability of a word the lexicon does not know (jieba: frequency 1).
    let unknownLogProb: Double
    /// The log probability given to a run of Chinese numerals.
    let numeralLogProb: Double

    /// Builds a tokenizer over `lexicon`.
    public init(lexicon: Lexicon = .default, mode: Mode = .standard) {
        self.mode = mode
        self.lexicon = lexicon
        base = lexicon.usesBase ? FlatTrie.base : nil
        overlay = lexicon.compiledOverlay()
        baseNumeralTags = Self.numeralTags(in: base)
        overlayNumeralTags = Self.numeralTags(in: overlay)
        baseClasses = Self.classes(in: base)
        overlayClasses = Self.classes(in: overlay)
        let logTotal = log(FlatTrie.baseTotal)
        unknownLogProb = -logTotal
        numeralLogProb = log(2000) - logTotal
    }

    private static func classes(in trie: FlatTrie?) -> [WordClass] {
        var result = [WordClass](repeating: .other, count: 256)
        for (index, name) in (trie?.tagNames ?? []).enumerated() where index < 256 {
            result[index] = WordClass(tag: name)
        }
        return result
    }

    private static func numeralTags(in trie: FlatTrie?) -> [Bool] {
        var result = [Bool](repeating: false, count: 256)
        result[0] = true  // untagged words made of numerals are numbers
        for (index, name) in (trie?.tagNames ?? []).enumerated() where index < 256 && name.hasPrefix("m") {
            result[index] = true
        }
        return result
    }

    /// The tokens of `text`, in order; their slices concatenate to `text`.
    public func tokens(in text: String) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(text.utf8.count / 3)
        enumerateTokens(in: text) { result.append($0) }
        return result
    }

    /// The ranges of the tokens of `text` that are not whitespace, like NaturalLanguage's `tokens(for:)`.
    public func tokenRanges(for text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        enumerateTokens(in: text) { token in
            if token.kind != .whitespace { result.append(token.range(in: text)) }
        }
        return result
    }

    /// The words of `text` as slices, whitespace left out (jieba's `cut`).
    public func cut(_ text: String) -> [Substring] {
        tokenRanges(for: text).map { text[$0] }
    }

    /// The lexicon's class of the word spelled by `scalars` (user and domain words first), and
    /// whether it is an added word; nil when it is not a word of the lexicon.
    func lexiconClass(_ scalars: UnsafeBufferPointer<UInt32>) -> (tag: WordClass, added: Bool)? {
        if let overlay, let node = Self.wordNode(overlay, scalars) {
            return (overlayClasses[Int(overlay.tag[Int(node)])], true)
        }
        if let base, let node = Self.wordNode(base, scalars) {
            return (baseClasses[Int(base.tag[Int(node)])], false)
        }
        return nil
    }

    /// The node of the word spelled by `scalars` in `trie`, or nil.
    @inline(__always)
    private static func wordNode(_ trie: FlatTrie, _ scalars: UnsafeBufferPointer<UInt32>) -> UInt32? {
        var node: UInt32 = 0
        for scalar in scalars {
            node = trie.child(node, scalar)
            if node == 0 { return nil }
        }
        return trie.isWord(node) ? node : nil
    }

    /// The lexicon words that are prefixes of `scalars` (shorter than it), with their classes.
    func lexiconPrefixes(_ scalars: UnsafeBufferPointer<UInt32>) -> [(length: Int, tag: WordClass)] {
        var result: [(length: Int, tag: WordClass)] = []
        for (trie, classes) in [(overlay, overlayClasses), (base, baseClasses)] {
            guard let trie else { continue }
            var node: UInt32 = 0
            for (index, scalar) in scalars.dropLast().enumerated() {
                node = trie.child(node, scalar)
                if node == 0 { break }
                if trie.isWord(node) { result.append((index + 1, classes[Int(trie.tag[Int(node)])])) }
            }
        }
        return result
    }

    /// Calls `body` with each token of `text` in order, without collecting them.
    public func enumerateTokens(in text: String, using body: (Token) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            enumerateTokens(inUTF8: bytes, using: body)
        }
    }

    /// Calls `body` with each token of valid UTF-8 `bytes` in order; offsets are into `bytes`.
    ///
    /// The bytes must be valid UTF-8 (as a `String`'s are): the tokenizer does not validate them,
    /// which is why this is visible to the package's own targets only.
    package func enumerateTokens(inUTF8 bytes: UnsafeBufferPointer<UInt8>, using body: (Token) -> Void) {
        guard !bytes.isEmpty else { return }
        switch mode {
        case .standard:
            let scratch = Scratch()
            scan(bytes, scratch: scratch, emit: body)
        case .icu:
            scanWithICU(bytes, emit: body)
        }
    }
}

extension Tokenizer {
    /// Working memory of one call: the current Han run and its dynamic-programming arrays.
    final class Scratch {
        /// Han runs longer than this are cut into pieces (words are at most 16 characters).
        static let maximumRun = 4096

        let scalars = UnsafeMutablePointer<UInt32>.allocate(capacity: maximumRun + 1)
        let offsets = UnsafeMutablePointer<Int>.allocate(capacity: maximumRun + 1)
        let route = UnsafeMutablePointer<Double>.allocate(capacity: maximumRun + 1)
        let next = UnsafeMutablePointer<Int32>.allocate(capacity: maximumRun + 1)
        /// Opened on first use, for runs of scripts the lexicon does not cover.
        var breaker: ICU.WordBreaker?

        deinit {
            scalars.deallocate()
            offsets.deallocate()
            route.deallocate()
            next.deallocate()
        }
    }
}
