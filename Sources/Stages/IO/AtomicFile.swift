import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A file written under a temporary name in the same folder and renamed into place only on
/// `commit()`, after an fsync. Until then, and after a crash, the previous file is intact.
public final class AtomicFile {
    public let path: String
    private let tempPath: String
    private var file: UnsafeMutablePointer<FILE>?

    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        tempPath = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        guard let file = fopen(tempPath, "wb") else {
            throw IOError(path: tempPath, operation: "create", code: errno)
        }
        self.file = file
    }

    deinit { abort() }

    /// Deletes the temporary files of writers that died before committing (`.NAME.tmp-PID`
    /// whose process is gone) from `folder`; returns how many. A live writer's file is kept,
    /// since some commands write without the run lock.
    @discardableResult
    public static func removeStale(in folder: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var removed = 0
        for name in names where name.hasPrefix(".") {
            guard let marker = name.range(of: ".tmp-", options: .backwards),
                let pid = Int32(name[marker.upperBound...]), pid > 0
            else { continue }
            if kill(pid, 0) == 0 || errno != ESRCH { continue }
            if unlink(folder.appendingPathComponent(name).path) == 0 { removed += 1 }
        }
        return removed
    }

    public func write(_ data: Data) throws {
        guard let file else { return }
        let written = data.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        if written != data.count { throw IOError(path: tempPath, operation: "write", code: errno) }
    }

    /// Writes one JSON line: the bytes and a `\n`.
    public func writeLine(_ data: Data) throws {
        try write(data)
        try write(Self.newline)
    }

    /// Flushes, fsyncs and renames the file into place, then fsyncs the folder.
    public func commit() throws {
        guard let file else { return }
        self.file = nil
        if fflush(file) != 0 || fsync(fileno(file)) != 0 {
            let code = errno
            fclose(file)
            unlink(tempPath)
            throw IOError(path: tempPath, operation: "flush", code: code)
        }
        fclose(file)
        if rename(tempPath, path) != 0 {
            let code = errno
            unlink(tempPath)
            throw IOError(path: path, operation: "rename into", code: code)
        }
        Self.syncDirectory(of: path)
    }

    /// Drops the temporary file; the previous file stays as it was.
    public func abort() {
        guard let file else { return }
        self.file = nil
        fclose(file)
        unlink(tempPath)
    }

    /// Writes `data` to `path` atomically in one go.
    public static func write(_ data: Data, to path: String) throws {
        let file = try AtomicFile(path: path)
        try file.write(data)
        try file.commit()
    }

    private static let newline = Data([UInt8(ascii: "\n")])

    private static func syncDirectory(of path: String) {
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let fd = open(dir, O_RDONLY)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }
}
