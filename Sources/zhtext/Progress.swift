import Foundation

/// Progress on standard error while a corpus runs (documents, MB, MB/s, ETA), and a one-line
/// summary at the end; nothing at all when standard error is not a terminal.
///
/// It is one line that rewrites itself; `clear()` erases it before records are written to the
/// same terminal, and the next update draws it again.
struct Progress {
    let enabled = isatty(STDERR_FILENO) != 0
    private let start = Date()
    private var drawn = false
    private var lastUpdate = Date.distantPast
    private var documents = 0
    private var bytes = 0
    private let totalBytes: Int?

    init(totalBytes: Int?) {
        self.totalBytes = totalBytes
    }

    /// The sum of the sizes of the files among `sources` (nil when standard input is one of them).
    static func totalBytes(of sources: [InputSource]) -> Int? {
        var total = 0
        for source in sources {
            switch source {
            case .standardInput: return nil
            case .file(let path): total += (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            case .failed: break
            }
        }
        return total
    }

    /// Erases the progress line, if one is drawn.
    mutating func clear() {
        guard drawn else { return }
        StandardError.write("\r\u{1B}[K")
        drawn = false
    }

    mutating func advance(bytes count: Int) {
        documents += 1
        bytes += count
        guard enabled, Date().timeIntervalSince(lastUpdate) >= 0.25 else { return }
        lastUpdate = Date()
        let seconds = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(bytes) / 1e6 / seconds
        var line =
            "\r" + TableFormat.plural(documents, "document")
            + String(format: ", %.1f MB, %.1f MB/s", Double(bytes) / 1e6, rate)
        if let totalBytes, rate > 0, totalBytes > bytes {
            line += String(format: ", ETA %.0f s", Double(totalBytes - bytes) / 1e6 / rate)
        }
        StandardError.write(line + "\u{1B}[K")
        drawn = true
    }

    func finish(documents: Int, errors: Int) {
        guard enabled else { return }
        let seconds = max(Date().timeIntervalSince(start), 0.001)
        StandardError.write(
            "\r\(TableFormat.plural(documents, "document")), \(TableFormat.plural(errors, "error")), "
                + String(
                    format: "%.1f MB in %.1f s (%.1f MB/s)\u{1B}[K\n", Double(bytes) / 1e6, seconds,
                    Double(bytes) / 1e6 / seconds))
    }
}
