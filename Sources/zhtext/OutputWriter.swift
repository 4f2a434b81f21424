import ArgumentParser
import Foundation

/// Buffered writing to a file descriptor (standard output by default) that ends quietly when
/// the reader goes away (`| head`).
struct OutputWriter: ~Copyable {
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16
    private let descriptor: Int32

    init(descriptor: Int32 = STDOUT_FILENO) {
        signal(SIGPIPE, SIG_IGN)
        self.descriptor = descriptor
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
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 {
                    if written < 0, errno == EINTR { continue }
                    failed = true
                    return
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
        if failed {
            // The reader closed the pipe (or the disk is full): stop, quietly for a pipe, as `head` expects.
            if errno == EPIPE || descriptor == STDOUT_FILENO { AtomicOutput.abandon(); exit(errno == EPIPE ? 0 : 1) }
            StandardError.write("zhtext: cannot write the output: \(String(cString: strerror(errno)))\n")
            AtomicOutput.abandon()
            exit(1)
        }
    }

}

/// Writes diagnostics to standard error.
enum StandardError {
    static func write(_ message: String) {
        FileHandle.standardError.write(Data(message.utf8))
    }
}
