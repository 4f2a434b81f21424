public import Foundation

/// Text decoded from bytes, with the encoding it was read in.
public struct DecodedText: Sendable, Hashable {
    /// The decoded text, without a byte order mark.
    public var text: String
    /// The encoding the bytes were in (never `.auto`).
    public var encoding: TextEncoding
    /// The number of input bytes.
    public var byteCount: Int

    /// Text already decoded (for example a JSON Lines record's `text`).
    public init(text: String, encoding: TextEncoding, byteCount: Int) {
        self.text = text
        self.encoding = encoding
        self.byteCount = byteCount
    }
}

/// Decodes bytes into text: UTF-8, UTF-16 (with a byte order mark), GB18030/GBK and Big5.
///
/// Decoding is strict: bytes that are not valid in the chosen encoding are an error naming the
/// input and the offset, never a silent U+FFFD.
///
/// ```swift
/// let decoded = try TextDecoder().decode(bytes, source: "report.txt")
/// print(decoded.encoding)   // gb18030
/// ```
public struct TextDecoder: Sendable {
    /// The encoding to read; `.auto` detects.
    public var encoding: TextEncoding

    /// A decoder for `encoding`; `.auto` (the default) detects it.
    public init(encoding: TextEncoding = .auto) {
        self.encoding = encoding
    }

    /// Reads and decodes the file at `url`; `source` names it in errors (the path by default).
    public func decode(
        contentsOf url: URL, source: String? = nil, maxBytes: Int = .max
    ) throws(TextInputError) -> DecodedText {
        let name = source ?? url.path
        let bytes = try Self.readBytes(url, source: name, maxBytes: maxBytes)
        return try decode(bytes, source: name)
    }

    /// Decodes `bytes`; `source` names the input in errors.
    public func decode(_ bytes: [UInt8], source: String) throws(TextInputError) -> DecodedText {
        let result = try bytes.withUnsafeBufferPointer { buffer throws(TextInputError) in
            try decode(buffer, source: source)
        }
        try Self.checkPlausible(result.text, encoding: result.encoding, source: source)
        return DecodedText(text: result.text, encoding: result.encoding, byteCount: bytes.count)
    }

    private func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, source: String
    ) throws(TextInputError) -> (text: String, encoding: TextEncoding) {
        switch encoding {
        case .utf8:
            return (try Self.decodeUTF8(Self.dropping(Self.utf8BOM, from: bytes), source: source), .utf8)
        case .utf16:
            return (try Self.decodeUTF16(bytes, source: source), .utf16)
        case .gb18030, .big5:
            return (try Self.convert(bytes, from: encoding, source: source), encoding)
        case .auto:
            return try Self.detectAndDecode(bytes, source: source)
        }
    }

    // MARK: Detection

    /// The byte order marks: U+FEFF in UTF-8, in big-endian UTF-16 and in little-endian UTF-16.
    private static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let utf16BigEndianBOM: [UInt8] = [0xFE, 0xFF]
    private static let utf16LittleEndianBOM: [UInt8] = [0xFF, 0xFE]

    private static func detectAndDecode(
        _ bytes: UnsafeBufferPointer<UInt8>, source: String
    ) throws(TextInputError) -> (text: String, encoding: TextEncoding) {
        if bytes.starts(with: utf8BOM) {
            return (try decodeUTF8(dropping(utf8BOM, from: bytes), source: source), .utf8)
        }
        if bytes.starts(with: utf16LittleEndianBOM) || bytes.starts(with: utf16BigEndianBOM) {
            return (try decodeUTF16(bytes, source: source), .utf16)
        }
        let utf8 = String(validating: bytes, as: UTF8.self)
        if let utf8, !utf8.utf8.contains(0) {
            return (utf8, .utf8)
        }
        // UTF-16 without a byte order mark: NUL bytes in UTF-8-valid data, or bytes that are not
        // UTF-8, whose code units read as text in one byte order.
        if bytes.count >= 2, bytes.count % 2 == 0, let bigEndian = utf16ByteOrder(bytes) {
            let text = try convert(
                bytes, charset: bigEndian ? "UTF-16BE" : "UTF-16LE", label: "UTF-16", source: source, offsetBase: 0)
            return (text, .utf16)
        }
        if let utf8 {
            return (utf8, .utf8)  // NUL characters: rejected as binary data by the plausibility check
        }
        // Not UTF-8: let ICU's detector rank the two legacy Chinese encodings, then try both.
        var candidates: [TextEncoding] = [.gb18030, .big5]
        if let guess = ICU.detectCharset(bytes), guess.name.lowercased().hasPrefix("big5") {
            candidates = [.big5, .gb18030]
        }
        for candidate in candidates {
            if let text = try? convert(bytes, from: candidate, source: source) {
                return (text, candidate)
            }
        }
        throw TextInputError(
            code: .undecodable, source: source,
            message: "not valid UTF-8, GB18030 or Big5 text", byteOffset: firstInvalidUTF8Offset(bytes))
    }

    // MARK: Decoders

    private static func dropping(
        _ prefix: [UInt8], from bytes: UnsafeBufferPointer<UInt8>
    ) -> UnsafeBufferPointer<UInt8> {
        bytes.starts(with: prefix) ? UnsafeBufferPointer(rebasing: bytes[prefix.count...]) : bytes
    }

    private static func decodeUTF8(
        _ bytes: UnsafeBufferPointer<UInt8>, source: String
    ) throws(TextInputError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let offset = firstInvalidUTF8Offset(bytes)
        throw TextInputError(
            code: .undecodable, source: source,
            message: "not valid UTF-8 (bad byte at offset \(offset ?? 0))", byteOffset: offset)
    }

    private static func decodeUTF16(
        _ bytes: UnsafeBufferPointer<UInt8>, source: String
    ) throws(TextInputError) -> String {
        var body = bytes
        var charset = "UTF-16LE"
        if bytes.starts(with: utf16BigEndianBOM) {
            charset = "UTF-16BE"
            body = UnsafeBufferPointer(rebasing: bytes[2...])
        } else if bytes.starts(with: utf16LittleEndianBOM) {
            body = UnsafeBufferPointer(rebasing: bytes[2...])
        }
        if body.count % 2 != 0 {
            throw TextInputError(
                code: .undecodable, source: source,
                message: "not valid UTF-16: odd number of bytes (\(bytes.count))", byteOffset: bytes.count - 1)
        }
        if body.count == bytes.count, !bytes.isEmpty {
            // No byte order mark: take the order in which the code units read as text.
            guard let bigEndian = utf16ByteOrder(bytes) else {
                throw TextInputError(
                    code: .undecodable, source: source,
                    message: "not UTF-16 text: no byte order mark, and neither byte order reads as text")
            }
            charset = bigEndian ? "UTF-16BE" : "UTF-16LE"
        }
        return try convert(
            body, charset: charset, label: "UTF-16", source: source, offsetBase: bytes.count - body.count)
    }

    private static func convert(
        _ bytes: UnsafeBufferPointer<UInt8>, from encoding: TextEncoding, source: String
    ) throws(TextInputError) -> String {
        try convert(bytes, charset: encoding.icuName!, label: encoding.icuName!, source: source, offsetBase: 0)
    }

    private static func convert(
        _ bytes: UnsafeBufferPointer<UInt8>, charset: String, label: String, source: String, offsetBase: Int
    ) throws(TextInputError) -> String {
        let conversion: ICU.Conversion
        do {
            conversion = try ICU.convertToUTF16(bytes, charset: charset)
        } catch {
            throw TextInputError(code: .undecodable, source: source, message: "cannot convert from \(label): \(error)")
        }
        switch conversion {
        case .converted(let units):
            return String(decoding: units, as: UTF16.self)
        case .invalid(let offset):
            throw TextInputError(
                code: .undecodable, source: source,
                message: "not valid \(label) (bad byte at offset \(offset + offsetBase))",
                byteOffset: offset + offsetBase)
        }
    }

    /// The byte order of UTF-16 without a byte order mark: true for big-endian, false for
    /// little-endian, nil when neither reads as text.
    ///
    /// A code unit counts as text when it is a tab, a line break, printable ASCII, CJK punctuation,
    /// a CJK ideograph (U+3400–9FFF) or a full-width form; at least nine in ten of the first 4,096
    /// units must be text in the order taken. GB18030 and UTF-8 bytes read as UTF-16 give Hangul,
    /// private-use and other units, and fail this test.
    static func utf16ByteOrder(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        func isText(_ unit: UInt16) -> Bool {
            switch UInt32(unit) {
            case ASCII.tab, ASCII.lineFeed, ASCII.carriageReturn, ASCII.space...ASCII.tilde,
                Scalar.ideographicSpace...Scalar.ideographicHalfFillSpace, Scalar.cjkUnifiedIdeograph3400...Scalar.鿿,
                Scalar.uff00...Scalar.uffef:
                true
            default: false
            }
        }
        let count = min(bytes.count / 2, 4096)
        var little = 0
        var big = 0
        for index in 0..<count {
            let first = UInt16(bytes[2 * index])
            let second = UInt16(bytes[2 * index + 1])
            if isText(first | second << 8) { little += 1 }
            if isText(first << 8 | second) { big += 1 }
        }
        let best = max(little, big)
        guard count > 0, best * 10 >= count * 9 else { return nil }
        return big > little
    }

    /// Rejects decoded "text" that is really binary data: NUL characters, or many control characters.
    private static func checkPlausible(
        _ text: String, encoding: TextEncoding, source: String
    ) throws(TextInputError) {
        var controls = 0
        var total = 0
        for byte in text.utf8 where UInt32(byte) < ASCII.space {
            if byte == 0 {
                throw TextInputError(
                    code: .undecodable, source: source, message: "binary data: contains NUL characters")
            }
            if !ASCII.layoutControls.contains(UInt32(byte)) { controls += 1 }
        }
        guard controls > 0 else { return }
        total = text.unicodeScalars.count
        if controls * 20 > total {
            throw TextInputError(
                code: .undecodable, source: source,
                message: "binary data: \(controls) control characters in \(total) (read as \(encoding.rawValue))")
        }
    }

    /// The offset of the first byte that breaks UTF-8, if any.
    public static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The ASCII characters the plausibility tests name.
    private enum ASCII {
        static let tab = UInt32(UInt8(ascii: "\t"))
        static let lineFeed = UInt32(UInt8(ascii: "\n"))
        static let formFeed: UInt32 = 0x0C
        static let carriageReturn = UInt32(UInt8(ascii: "\r"))
        static let space = UInt32(UInt8(ascii: " "))
        static let tilde = UInt32(UInt8(ascii: "~"))
        /// The control characters that lay out text (tab, line feed, form feed, carriage return).
        static let layoutControls: Set<UInt32> = [tab, lineFeed, formFeed, carriageReturn]
    }

    // MARK: Files

    /// Reads a file's bytes, mapping every failure to a `TextInputError` that names it.
    static func readBytes(_ url: URL, source: String, maxBytes: Int) throws(TextInputError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw TextInputError(code: .unreadable, source: source, message: "no such file")
        }
        if isDirectory.boolValue {
            throw TextInputError(code: .unreadable, source: source, message: "is a directory, not a file")
        }
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw TextInputError(
                code: .unreadable, source: source, message: "cannot open: permission denied or unreadable")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maxBytes == .max ? .max : maxBytes + 1) ?? Data()
            if data.count > maxBytes {
                throw TextInputError(
                    code: .tooLarge, source: source, message: "larger than the limit of \(maxBytes) bytes")
            }
            return [UInt8](data)
        } catch let error as TextInputError {
            throw error
        } catch {
            throw TextInputError(
                code: .unreadable, source: source, message: "cannot read: \(error.localizedDescription)")
        }
    }
}
