import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A stream copied into a temporary file, removed when the spool goes away.
final class Spool {
    let path: String

    init(copying stream: UnsafeMutablePointer<FILE>) throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("pipeline-spool-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl").path
        guard let out = fopen(path, "wb") else { throw IOError(path: path, operation: "create", code: errno) }
        defer { fclose(out) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = fread(&buffer, 1, buffer.count, stream)
            if n == 0 { break }
            if fwrite(buffer, 1, n, out) != n { throw IOError(path: path, operation: "write", code: errno) }
        }
    }

    deinit { unlink(path) }
}
