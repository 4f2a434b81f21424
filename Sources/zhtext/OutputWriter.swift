import ArgumentParser
import Foundation

/// Buffered writing to a file descriptor (standard output by default) that ends quietly when
/// the reader goes away (`| head`), and loudly, with status 74, when a write fails (a full disk).
struct OutputWriter: ~Copyable {
    /// The exit status of a run whose output could not be written (EX_IOERR in sysexits.h).
    static let writeFailureStatus: Int32 = 74

    private var buffer: [UInt8] = []
    private let capacity = 1 << 16
    private let descriptor: Int32
    private let name: String

    /// Writes to `descriptor`, named `name` in messages.
    init(descriptor: Int32 = STDOUT_FILENO, name: String = "standard output") {
        signal(SIGPIPE, SIG_IGN)
        self.descriptor = descriptor
        self.name = name
        buffer.reserveCapacity(capacity)
    }

    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { flush() }
    }

    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { write($0) }
    }

    mutating func write(byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= capacity { flush() }
    }

    /// Appends `text` as a JSON string literal (quotes included).
    mutating func writeJSONString(_ bytes: UnsafeBufferPointer<UInt8>) {
        write(byte: 0x22)
        for byte in bytes {
            switch byte {
            case 0x22: buffer.append(0x5C); buffer.append(0x22)
            case 0x5C: buffer.append(0x5C); buffer.append(0x5C)
            case 0x0A: buffer.append(0x5C); buffer.append(0x6E)
            case 0x0D: buffer.append(0x5C); buffer.append(0x72)
            case 0x09: buffer.append(0x5C); buffer.append(0x74)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                buffer.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: buffer.append(byte)
            }
        }
        write(byte: 0x22)
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        var failed = false
        var reason: Int32 = 0
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 {
                    if written < 0, errno == EINTR { continue }
                    failed = true
                    reason = written < 0 ? errno : ENOSPC
                    return
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
        if failed {
            AtomicOutput.abandon()
            // The reader closed the pipe: stop quietly, as `head` expects.
            if reason == EPIPE { exit(0) }
            StandardError.write(
                "zhtext: cannot write to \(name): \(String(cString: strerror(reason))); the output is incomplete\n")
            exit(Self.writeFailureStatus)
        }
    }

}

/// Writes diagnostics to standard error.
enum StandardError {
    static func write(_ message: String) {
        FileHandle.standardError.write(Data(message.utf8))
    }
}
