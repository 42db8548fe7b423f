import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A lock file holding the pid of the run that works on a corpus. A second run fails with
/// LockedError; a lock left by a process that is gone is taken over, with a warning.
public final class RunLock {
    public let path: String
    /// The pid of a dead run whose lock was taken over, for the caller to warn about.
    public private(set) var tookOverFrom: Int32?
    private var held = false

    public init(path: String) throws {
        self.path = path
        for _ in 0..<2 {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if fd >= 0 {
                let text = "\(getpid())\n"
                _ = text.withCString { write(fd, $0, strlen($0)) }
                fsync(fd)
                close(fd)
                held = true
                return
            }
            guard errno == EEXIST else { throw IOError(path: path, operation: "create lock", code: errno) }
            let owner = Self.owner(of: path)
            if let owner, owner != getpid(), kill(owner, 0) == 0 || errno == EPERM {
                throw LockedError(lockPath: path, pid: owner)
            }
            tookOverFrom = owner ?? -1
            unlink(path)
        }
        throw IOError(path: path, operation: "take over lock", code: EEXIST)
    }

    deinit { release() }

    public func release() {
        guard held else { return }
        held = false
        unlink(path)
    }

    private static func owner(of path: String) -> Int32? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return Int32(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
