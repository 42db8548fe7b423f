import Dispatch
import Foundation

/// Runs a program the way a user or cron would, and collects what it printed.
enum ChildProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Both streams, standard output first.
        var output: String { stdout + stderr }
    }

    /// The `pipeline` executable that `swift test` builds beside the test bundle.
    static var pipelineBinary: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("pipeline")
    }

    /// Runs `executable` to the end (or until `timeout`, then terminates it). Both pipes are
    /// drained at once, so a chatty child never blocks on a full pipe.
    static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        stdin: String? = nil, timeout: TimeInterval? = nil
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data((stdin ?? "").utf8))
        try input.fileHandleForWriting.close()
        let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
        if let timeout { DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline) }
        let errors = Drain(err.fileHandleForReading)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.wait()
        process.waitUntilExit()
        deadline.cancel()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Reads a pipe to its end on another thread.
    private final class Drain: @unchecked Sendable {
        private var data = Data()
        private let group = DispatchGroup()

        init(_ handle: FileHandle) {
            group.enter()
            DispatchQueue.global().async {
                self.data = handle.readDataToEndOfFile()
                self.group.leave()
            }
        }

        func wait() -> Data {
            group.wait()
            return data
        }
    }
}
