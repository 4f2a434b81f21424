import ArgumentParser
import Foundation

/// `--output FILE`: where the records go, replacing nothing but a regular file.
///
/// - A regular file, or a new one: records go to an unnamed temporary file in the same folder
///   (`O_TMPFILE`; a hidden named one where the file system lacks it) that takes the place of
///   FILE only when the run is complete, with FILE's permissions (and owner, as root). An
///   interrupted or killed run leaves FILE as it was and no temporary file behind.
/// - A link: the file it leads to is replaced that way; the link stays.
/// - A FIFO, a terminal or a device such as `/dev/null`: written directly, as a shell's `>` would.
/// - A folder or anything else: refused before any work is done.
enum AtomicOutput {
    /// An open output: its descriptor, and how to finish it.
    struct Target {
        let descriptor: Int32
        /// The file the records replace at the end; nil when written directly.
        let destination: String?
        /// The named temporary file, when `O_TMPFILE` was not available.
        let temporary: String?
    }

    /// The named temporary file's path as a C string, for the signal handler (which may not allocate).
    nonisolated(unsafe) private static var temporaryPath: UnsafeMutablePointer<CChar>?

    /// Opens `path` for the records, or fails with a message naming it.
    ///
    /// `named`: the records go to a named temporary file (`Target.temporary`) that another
    /// library can open by its path (a SQLite database), and FIFOs and devices are refused.
    static func open(_ path: String, named: Bool = false) throws -> Target {
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw ValidationError("--output: \(path) is a link to a missing file")
            }
            defer { free(resolved) }
            return try open(String(cString: resolved), named: named)
        }
        guard stat(path, &info) == 0 else {
            guard errno == ENOENT else {
                throw ValidationError("--output: \(path): \(String(cString: strerror(errno)))")
            }
            return try replacing(path, mode: 0o666 & ~currentUmask(), owner: nil, named: named)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            guard access(path, W_OK) == 0 else { throw ValidationError("--output: \(path) is not writable") }
            return try replacing(path, mode: info.st_mode & 0o7777, owner: (info.st_uid, info.st_gid), named: named)
        case S_IFIFO where named, S_IFCHR where named:
            throw ValidationError("--output: \(path) is not a regular file; a database needs one")
        case S_IFIFO, S_IFCHR:
            let descriptor = Foundation.open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw ValidationError("--output: cannot open \(path): \(String(cString: strerror(errno)))")
            }
            return Target(descriptor: descriptor, destination: nil, temporary: nil)
        case S_IFDIR: throw ValidationError("--output: \(path) is a folder; give a file name")
        default: throw ValidationError("--output: \(path) is not a regular file, a FIFO or a device")
        }
    }

    /// A temporary file beside `path`, to be renamed over it at the end.
    private static func replacing(_ path: String, mode: mode_t, owner: (uid_t, gid_t)?, named: Bool) throws -> Target {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--output: no such folder: \(folder)")
        }
        var temporary: String?
        // O_TMPFILE (a C macro Swift does not import): __O_TMPFILE | O_DIRECTORY on Linux.
        var descriptor = named ? -1 : Foundation.open(folder, 0o20000000 | O_DIRECTORY | O_WRONLY | O_CLOEXEC, mode)
        if descriptor < 0 {
            let name = stagingName(for: path)
            descriptor = Foundation.open(name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
            temporary = name
            temporaryPath = strdup(name)
        }
        guard descriptor >= 0 else {
            throw ValidationError("--output: cannot write in \(folder): \(String(cString: strerror(errno)))")
        }
        fchmod(descriptor, mode)  // exactly FILE's permissions, whatever the umask
        if let (uid, gid) = owner, geteuid() == 0 { _ = fchown(descriptor, uid, gid) }
        return Target(descriptor: descriptor, destination: path, temporary: temporary)
    }

    /// Puts the finished records in place: the temporary file takes the destination's name.
    static func commit(_ target: Target) throws {
        guard let destination = target.destination else {
            close(target.descriptor)
            return
        }
        fsync(target.descriptor)
        var staged = target.temporary
        if staged == nil {
            // Give the unnamed file a hidden name, then rename it over the destination in one step.
            let name = stagingName(for: destination)
            guard linkat(AT_FDCWD, "/proc/self/fd/\(target.descriptor)", AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 else {
                let reason = String(cString: strerror(errno))
                close(target.descriptor)
                throw ValidationError("--output: cannot write \(destination): \(reason)")
            }
            staged = name
            temporaryPath = strdup(name)
        }
        close(target.descriptor)
        guard rename(staged!, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(staged!)
            throw ValidationError("--output: cannot rename to \(destination): \(reason)")
        }
        free(temporaryPath)
        temporaryPath = nil
    }

    /// The hidden name, beside `path`, under which the records wait to be renamed over it.
    private static func stagingName(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(getpid()).zhtext-tmp"
        ).path
    }

    /// Removes the named temporary file of a run that cannot finish.
    static func abandon() {
        if let path = temporaryPath { unlink(path) }
    }

    /// Says, on standard error, that SIGINT, SIGTERM or SIGHUP stopped the run.
    ///
    /// It removes a named temporary file and ends with the signal's usual status. Only
    /// async-signal-safe calls.
    static func handleSignals() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { number in
                if let path = AtomicOutput.temporaryPath { unlink(path) }
                let message: StaticString =
                    number == SIGINT
                    ? "\nzhtext: interrupted (SIGINT); nothing more is written\n"
                    : number == SIGTERM
                        ? "zhtext: stopped (SIGTERM); nothing more is written\n"
                        : "zhtext: stopped (SIGHUP); nothing more is written\n"
                _ = Foundation.write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
