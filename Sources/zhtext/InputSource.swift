import Foundation
import ZhText

/// One input of a run: a file, standard input, or a place the folder walk could not use.
enum InputSource: Sendable, Equatable {
    /// A file to read, named as the user will see it in records.
    case file(String)
    /// Standard input (`-`).
    case standardInput
    /// A place that yields an error record instead of a document (a folder loop, an unreadable folder).
    case failed(TextInputError)

    /// The name records give this input.
    var name: String {
        switch self {
        case .file(let path): path
        case .standardInput: "-"
        case .failed(let error): error.source
        }
    }
}

/// Walks folders for input files: recursively, in sorted order, following links to folders,
/// and reporting what it cannot walk (loops, unreadable folders, links to nothing) as errors.
///
/// Paths keep the name the user gave (`Corpus/` stays `Corpus/…` even when it is a link), so
/// records can be traced back to what was typed.
struct FolderWalker {
    /// The glob file names must match (`*.txt`).
    let include: String

    /// The inputs under `root`, sorted by their path below it (byte order).
    func sources(under root: String) -> [InputSource] {
        var found: [(relative: String, source: InputSource)] = []
        var info = stat()
        guard stat(root, &info) == 0 else { return [.file(root)] }
        walk(root, relative: "", ancestors: [(info.st_dev, info.st_ino, root)], into: &found)
        return found.sorted { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }.map(\.source)
    }

    private func walk(
        _ folder: String, relative: String, ancestors: [(dev_t, ino_t, String)],
        into found: inout [(relative: String, source: InputSource)]
    ) {
        guard let directory = opendir(folder) else {
            let reason = String(cString: strerror(errno))
            found.append((relative, .failed(Self.unreadable(folder, "cannot open the folder (\(reason))"))))
            return
        }
        closedir(directory)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            let below = relative.isEmpty ? name : relative + "/" + name
            let matches = fnmatch(include, name, 0) == 0
            var info = stat()
            guard stat(path, &info) == 0 else {
                // A link that leads nowhere: to a missing file, or round in a circle.
                let reason = errno
                guard matches else { continue }
                if reason == ELOOP {
                    found.append((below, .failed(Self.unreadable(path, "a link that loops back on itself"))))
                } else if reason == ENOENT,
                    let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path)
                {
                    found.append((below, .failed(Self.unreadable(path, "a link to a missing file (\(target))"))))
                } else {
                    found.append((below, .file(path)))  // reading it reports why it cannot be read
                }
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                if let ancestor = ancestors.first(where: { $0.0 == info.st_dev && $0.1 == info.st_ino }) {
                    found.append(
                        (below, .failed(Self.unreadable(path, "a folder loop: it leads back to \(ancestor.2)"))))
                    continue
                }
                walk(path, relative: below, ancestors: ancestors + [(info.st_dev, info.st_ino, path)], into: &found)
            } else if matches {
                found.append((below, .file(path)))
            }
        }
    }

    private static func unreadable(_ path: String, _ message: String) -> TextInputError {
        TextInputError(code: .unreadable, source: path, message: message)
    }
}

/// Standard input read whole, but never past a limit.
enum StandardInput {
    /// Reads standard input to its end in 1 MiB blocks, or stops with a `too-large` error as soon
    /// as it has read more than `limit` bytes (the rest is left unread, so memory stays bounded).
    static func read(limit: Int) -> Result<[UInt8], TextInputError> {
        var bytes: [UInt8] = []
        let block = 1 << 20
        var chunk = [UInt8](repeating: 0, count: block)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(STDIN_FILENO, $0.baseAddress, block) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                return .failure(TextInputError(code: .unreadable, source: "-", message: "cannot read: \(reason)"))
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit {
                return .failure(
                    TextInputError(
                        code: .tooLarge, source: "-", message: "larger than the limit of \(limit) bytes (--max-bytes)"))
            }
        }
    }
}
