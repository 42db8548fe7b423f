import Foundation
import Logging
import Stages

/// Appends log lines to a file (`--log-file`): timestamp, level, message, metadata.
struct FileLogHandler: LogHandler {
    private let file: FileHandle
    private let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    init(label: String, path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw IOError(path: path, operation: "create log file", code: errno)
            }
        }
        guard let file = FileHandle(forWritingAtPath: path) else {
            throw IOError(path: path, operation: "open log file", code: errno)
        }
        file.seekToEndOfFile()
        self.file = file
        self.label = label
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        let extra = all.isEmpty ? "" : " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let line = "\(ISO8601DateFormatter().string(from: Date())) \(event.level) \(label): \(event.message)\(extra)\n"
        file.write(Data(line.utf8))
    }
}
