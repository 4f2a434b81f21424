public import Foundation
internal import ZhTextData

/// The words the tokenizer knows: a base dictionary, a domain lexicon and the caller's own words.
///
/// The base dictionary is jieba's (MIT, about 349,000 words with frequencies and part-of-speech
/// tags), compiled into the binary as a trie that is used in place: there is no load step. The
/// domain lexicon adds the vocabulary of Chinese official documents (indicator names, policy
/// terms, government bodies, units). Words added with ``addWord(_:frequency:tag:)`` or
/// ``loadUserWords(contentsOf:)`` join the domain lexicon; when a word is also in the base
/// dictionary, the higher of the two frequencies counts.
///
/// A `Lexicon` is a value: add words, then build a ``Tokenizer`` from it.
///
/// ```swift
/// var lexicon = Lexicon.default
/// lexicon.addWord("鄞州区", tag: "ns")
/// let tokenizer = Tokenizer(lexicon: lexicon)
/// ```
public struct Lexicon: Sendable {
    /// A word of the overlay (domain or user words).
    struct Entry: Sendable, Hashable {
        var frequency: Int
        var tag: String?
    }

    /// Whether the base dictionary is used.
    let usesBase: Bool
    /// Domain and user words, which take precedence over the base dictionary.
    private(set) var words: [String: Entry] = [:]
    /// The first scalars of `words` and their longest length, so that lookups can skip most substrings.
    private var firstScalars: Set<UInt32> = []
    private var longestWord = 0

    /// The base dictionary and the domain lexicon: the default for official documents.
    public static let `default`: Lexicon = {
        var lexicon = Lexicon.base
        var size = 0
        let bytes = zhtext_domain_lexicon(&size)!
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: size), as: UTF8.self)
        do {
            try lexicon.loadUserWords(from: text, source: "domain.txt")
        } catch {
            preconditionFailure("the embedded domain lexicon is invalid: \(error)")
        }
        return lexicon
    }()

    /// The base dictionary alone.
    public static let base = Lexicon(usesBase: true)

    /// No words at all: every Chinese character becomes its own token unless words are added.
    public static let empty = Lexicon(usesBase: false)

    private init(usesBase: Bool) {
        self.usesBase = usesBase
    }

    /// The number of words: base dictionary words plus added ones (an overlap counts once per layer).
    public var count: Int {
        (usesBase ? Self.baseWordCount : 0) + words.count
    }

    private static let baseWordCount: Int = {
        var size = 0
        let bytes = UnsafeRawPointer(zhtext_base_lexicon(&size))!
        return Int(bytes.loadUnaligned(fromByteOffset: 28, as: UInt32.self))
    }()

    /// The frequency of `word`, or nil when it is not a word of this lexicon.
    public func frequency(of word: String) -> Int? {
        if let entry = words[word] { return entry.frequency }
        guard usesBase else { return nil }
        let trie = FlatTrie.base
        let node = trie.node(for: word.unicodeScalars)
        guard node != 0, trie.isWord(node) else { return nil }
        return Int((exp(Double(trie.logProb[Int(node)])) * FlatTrie.baseTotal).rounded())
    }

    /// Whether `word` was added (domain or user words), not only in the base dictionary.
    public func isAddedWord(_ word: String) -> Bool { words[word] != nil }

    /// The part-of-speech tag of `word` (jieba's tag set: n, ns, nr, nt, v, m, …), if known.
    public func tag(of word: String) -> String? {
        if let entry = words[word] { return entry.tag }
        guard usesBase else { return nil }
        let node = FlatTrie.base.node(for: word.unicodeScalars)
        return node == 0 ? nil : FlatTrie.base.tagName(node)
    }

    /// Adds a word, or changes the frequency and tag of a known one.
    ///
    /// - Parameters:
    ///   - word: The word; surrounding whitespace is ignored. Words outside the Basic
    ///     Multilingual Plane are not supported and are ignored.
    ///   - frequency: How often the word occurs (in the base dictionary's units, about 60 million
    ///     in all). Nil means ``suggestFrequency(_:)``: just enough to keep the word whole.
    ///   - tag: A part-of-speech tag such as `ns` (place) or `nt` (organisation).
    public mutating func addWord(_ word: String, frequency: Int? = nil, tag: String? = nil) {
        let word = word.trimmingCharacters(in: .whitespaces)
        guard !word.isEmpty, word.unicodeScalars.allSatisfy({ $0.value < Scalar.pastBMP }) else { return }
        let value = max(frequency ?? suggestFrequency(word), 1)
        words[word] = Entry(frequency: value, tag: tag ?? words[word]?.tag)
        firstScalars.insert(word.unicodeScalars.first!.value)
        longestWord = max(longestWord, word.unicodeScalars.count)
    }

    /// The smallest frequency that makes `word` outscore its best split into smaller words.
    ///
    /// Mirrors jieba's `suggest_freq(word, tune=True)`: the product of the probabilities of the
    /// pieces `word` is cut into today, times the total, plus one (or its current frequency if higher).
    public func suggestFrequency(_ word: String) -> Int {
        let scalars = Array(word.unicodeScalars)
        guard !scalars.isEmpty else { return 1 }
        let logTotal = log(FlatTrie.baseTotal)
        let unknown = -logTotal
        // Best split by dynamic programming over the word's own characters, as the tokenizer cuts:
        // base words by walking the trie, added words by lookup.
        var best = [Double](repeating: -.infinity, count: scalars.count + 1)
        best[scalars.count] = 0
        let base = FlatTrie.base
        for start in stride(from: scalars.count - 1, through: 0, by: -1) {
            var candidates: [Int: Double] = [start + 1: unknown]
            if usesBase {
                var node = base.child(0, scalars[start].value)
                var end = start + 1
                while node != 0 {
                    if base.isWord(node) { candidates[end] = Double(base.logProb[Int(node)]) }
                    guard end < scalars.count else { break }
                    node = base.child(node, scalars[end].value)
                    end += 1
                }
            }
            if firstScalars.contains(scalars[start].value) {
                for end in (start + 1)...min(scalars.count, start + longestWord) {
                    let piece = String(String.UnicodeScalarView(scalars[start..<end]))
                    if let entry = words[piece] {
                        candidates[end] = max(candidates[end] ?? -.infinity, log(Double(entry.frequency)) - logTotal)
                    }
                }
            }
            for (end, logProb) in candidates { best[start] = max(best[start], logProb + best[end]) }
        }
        let suggested = Int(min(exp(best[0]) * FlatTrie.baseTotal, 1e15)) + 1
        return max(suggested, frequency(of: word) ?? 1)
    }

    /// Loads user words from a file in jieba's user-dictionary format.
    ///
    /// One entry per line: `word [frequency] [tag]`, separated by spaces or tabs. Blank lines and
    /// lines starting with `#` are skipped. A missing frequency means ``suggestFrequency(_:)``.
    /// - Throws: ``LexiconError`` naming the file and line of the first bad entry.
    public mutating func loadUserWords(contentsOf url: URL) throws(LexiconError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LexiconError(source: url.path, line: nil, message: "cannot read the file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw LexiconError(source: url.path, line: nil, message: "not valid UTF-8")
        }
        try loadUserWords(from: text, source: url.path)
    }

    /// Loads user words from text in jieba's user-dictionary format; `source` names it in errors.
    public mutating func loadUserWords(from text: String, source: String) throws(LexiconError) {
        var parsed: [(word: String, frequency: Int?, tag: String?)] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count <= 3 else {
                throw LexiconError(
                    source: source, line: lineNumber,
                    message: "expected `word [frequency] [tag]`, found \(fields.count) fields")
            }
            let word = String(fields[0])
            guard word.unicodeScalars.allSatisfy({ $0.value < Scalar.pastBMP }) else {
                throw LexiconError(
                    source: source, line: lineNumber, message: "\(word): characters outside the BMP are not supported")
            }
            var frequency: Int?
            var tag: String?
            if fields.count >= 2 {
                if let number = Int(fields[1]) {
                    guard number >= 0 else {
                        throw LexiconError(source: source, line: lineNumber, message: "negative frequency \(number)")
                    }
                    frequency = number
                    if fields.count == 3 { tag = String(fields[2]) }
                } else if fields.count == 2 {
                    tag = String(fields[1])
                } else {
                    throw LexiconError(source: source, line: lineNumber, message: "invalid frequency \(fields[1])")
                }
            }
            parsed.append((word, frequency, tag))
        }
        // Explicit frequencies first, so that suggested ones see every word with a known frequency.
        for entry in parsed where entry.frequency != nil {
            addWord(entry.word, frequency: entry.frequency, tag: entry.tag)
        }
        for entry in parsed where entry.frequency == nil {
            addWord(entry.word, frequency: nil, tag: entry.tag)
        }
    }

    /// The overlay compiled into a trie for the tokenizer, or nil when there are no added words.
    func compiledOverlay() -> FlatTrie? {
        guard !words.isEmpty else { return nil }
        let logTotal = log(FlatTrie.baseTotal)
        return FlatTrie(
            words: words.map { word, entry in
                (Array(word.utf16), Float32(log(Double(entry.frequency)) - logTotal), entry.tag)
            })
    }
}
