import Foundation

/// The raw bytes of one WARC file, read at any offset: an open file (read with `pread`, so
/// nothing but the chunk asked for is in memory) or a buffer (tests, fuzzing).
final class WARCInput {
    private enum Storage {
        case file(Int32)
        case memory([UInt8])
    }

    /// The file's path or the buffer's name, for error messages.
    let name: String
    private let storage: Storage

    init(url: URL) throws {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else {
            throw WARCReadError(file: url.path, offset: 0, problem: "cannot open: \(String(cString: strerror(errno)))")
        }
        name = url.path
        storage = .file(descriptor)
    }

    init(bytes: [UInt8], name: String) {
        self.name = name
        storage = .memory(bytes)
    }

    deinit {
        if case .file(let descriptor) = storage { close(descriptor) }
    }

    /// Up to `count` bytes from `offset`; fewer only at the end of the input.
    func read(at offset: Int, count: Int) throws -> [UInt8] {
        guard count > 0, offset >= 0 else { return [] }
        switch storage {
        case .memory(let bytes):
            guard offset < bytes.count else { return [] }
            return Array(bytes[offset..<min(bytes.count, offset + count)])
        case .file(let descriptor):
            var out = [UInt8](repeating: 0, count: count)
            var filled = 0
            while filled < count {
                let got = out.withUnsafeMutableBytes { raw in
                    pread(descriptor, raw.baseAddress! + filled, count - filled, off_t(offset + filled))
                }
                if got < 0 && errno == EINTR { continue }
                guard got >= 0 else {
                    throw WARCReadError(
                        file: name, offset: offset, problem: "read failed: \(String(cString: strerror(errno)))")
                }
                if got == 0 { break }
                filled += got
            }
            out.removeLast(count - filled)
            return out
        }
    }
}
