import Foundation
import Logging
import Stages
import XCTest

extension FetchStage.Options {
    /// For a test's own loopback server: no delay between requests, no robots.txt request
    /// (so the server sees only what the test asks for), no retries.
    static var loopback: FetchStage.Options {
        var options = FetchStage.Options()
        options.perHostDelaySeconds = 0
        options.obeyRobots = false
        options.retries = 0
        options.allowInternalRedirects = true
        return options
    }
}

/// Shorthands for fetch tests.
enum FetchTesting {
    /// The one record of an outcome; fails the test otherwise.
    static func record(
        _ outcome: StageOutcome<FetchedRecord>, file: StaticString = #filePath, line: UInt = #line
    ) throws -> FetchedRecord {
        guard case .emit(let records) = outcome, records.count == 1 else {
            XCTFail("expected one record, got \(outcome)", file: file, line: line)
            throw CancellationError()
        }
        return records[0]
    }

    /// The reason and detail of a rejected outcome; fails the test otherwise.
    static func reject(
        _ outcome: StageOutcome<FetchedRecord>, file: StaticString = #filePath, line: UInt = #line
    ) throws -> (reason: RejectReason, detail: String) {
        guard case .reject(let reason, let detail) = outcome else {
            XCTFail("expected a reject, got \(outcome)", file: file, line: line)
            throw CancellationError()
        }
        return (reason, detail)
    }

    /// A fresh folder under the temporary folder, removed at the end of `test`.
    static func temporaryFolder(for test: XCTestCase) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("fetch-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// Writes `contents` at `relativePath` under `folder`, creating subfolders.
    static func write(_ contents: [UInt8], to relativePath: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents).write(to: url)
    }

    /// `bytes` with the first occurrence of `target` (ASCII) replaced by `replacement`.
    static func replacing(_ target: String, with replacement: String, in bytes: [UInt8]) -> [UInt8] {
        guard let range = bytes.firstRange(of: Array(target.utf8)) else { return bytes }
        var result = bytes
        result.replaceSubrange(range, with: Array(replacement.utf8))
        return result
    }
}

/// A log handler that keeps every message, to check what a stage logged.
final class RecordingLogHandler: LogHandler, @unchecked Sendable {
    // @unchecked: `entries` is guarded by `lock`.
    private let lock = NSLock()
    private var entries: [(Logger.Level, String)] = []
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    var messages: [(level: Logger.Level, message: String)] { lock.withLock { entries } }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        lock.withLock { entries.append((event.level, event.message.description)) }
    }

    /// A context whose logger writes into this handler.
    func context(base: URL) -> StageContext {
        StageContext(logger: Logger(label: "test", factory: { _ in self }), baseDirectory: base)
    }
}
