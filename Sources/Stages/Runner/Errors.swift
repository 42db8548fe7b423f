/// A stage that could not run at all (its input is missing, its sources cannot be read).
/// Record-level problems are rejects, never this error.
public struct StageError: Error, CustomStringConvertible {
    public var stage: String
    public var recordID: String?
    public var reason: String

    public init(stage: String, recordID: String? = nil, reason: String) {
        self.stage = stage
        self.recordID = recordID
        self.reason = reason
    }

    public var description: String {
        "stage \(stage)" + (recordID.map { " (record \($0))" } ?? "") + ": \(reason)"
    }
}

/// Everything wrong with a config file, reported together.
public struct ConfigError: Error, CustomStringConvertible {
    /// One problem: the key path in the file (`normalize.prefer`, `sources[1].path`) and what is wrong.
    public struct Problem: Sendable, Equatable {
        public var key: String
        public var message: String

        public init(key: String, message: String) {
            self.key = key
            self.message = message
        }
    }

    public var file: String
    public var problems: [Problem]

    public init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    public init(file: String, key: String, message: String) {
        self.init(file: file, problems: [Problem(key: key, message: message)])
    }

    public var description: String {
        problems.map { "\(file): \($0.key.isEmpty ? "" : "\($0.key): ")\($0.message)" }.joined(separator: "\n")
    }
}

/// A second run started on a corpus whose lock is held by a live process.
public struct LockedError: Error, CustomStringConvertible {
    public var lockPath: String
    public var pid: Int32

    public var description: String {
        "another run (pid \(pid)) is working on this corpus; its lock is \(lockPath)"
    }
}

/// An error a stage throws about its own settings or sources. The runner reports it as a
/// ConfigError of the config file, so that it names the file and exits as a config error.
public protocol StageConfigProblem: Error {
    /// The key in the stage's section (`timeout_seconds`) or a top-level path (`sources[name]`).
    var key: String { get }
    var message: String { get }
    /// Whether `key` is a top-level path rather than a key of the stage's section.
    var isTopLevel: Bool { get }
}
