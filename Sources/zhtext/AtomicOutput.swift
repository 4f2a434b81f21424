import ArgumentParser
import Foundation

/// `--output FILE`: records go to a temporary file in the same folder, renamed over FILE at the
/// end, so that an interrupted run never leaves a half-written FILE.
enum AtomicOutput {
    /// The temporary file's path as a C string, for the signal handler (which may not allocate).
    nonisolated(unsafe) private static var temporaryPath: UnsafeMutablePointer<CChar>?

    /// Creates the temporary file next to `path` and returns its descriptor and path.
    static func open(_ path: String) throws -> (descriptor: Int32, temporary: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--output: no such folder: \(folder)")
        }
        let temporary = (folder as NSString).appendingPathComponent(".\(url.lastPathComponent).\(getpid()).zhtext-tmp")
        let descriptor = Foundation.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw ValidationError("--output: cannot write in \(folder): \(String(cString: strerror(errno)))")
        }
        temporaryPath = strdup(temporary)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { number in
                if let path = AtomicOutput.temporaryPath { unlink(path) }
                signal(number, SIG_DFL)
                raise(number)
            }
        }
        return (descriptor, temporary)
    }

    /// Renames the finished temporary file over `path`.
    static func commit(descriptor: Int32, temporary: String, to path: String) throws {
        fsync(descriptor)
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ValidationError("--output: cannot rename to \(path): \(reason)")
        }
        free(temporaryPath)
        temporaryPath = nil
    }

    /// Removes the temporary file of a run that cannot finish.
    static func abandon() {
        if let path = temporaryPath { unlink(path) }
    }
}
