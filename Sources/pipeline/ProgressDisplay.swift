import Foundation
import Logging
import Stages

#if canImport(Glibc)
import Glibc
#endif

/// Shows stage progress: a bar with rate and ETA on a terminal, one log line every
/// `interval` seconds otherwise (cron mails and log files stay readable).
final class ProgressDisplay: @unchecked Sendable {
    private let isTerminal: Bool
    private let logger: Logger
    private let interval: TimeInterval
    private let lock = NSLock()
    private var stage = ""
    private var started = Date()
    private var lastShown = Date.distantPast

    init(logger: Logger, interval: TimeInterval = 10) {
        isTerminal = isatty(STDERR_FILENO) == 1
        self.logger = logger
        self.interval = interval
    }

    func update(_ progress: StageProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        if progress.stage != stage {
            stage = progress.stage
            started = now
            lastShown = now  // the first line comes after `interval`: short stages log nothing
        }
        let elapsed = now.timeIntervalSince(started)
        let rate = elapsed > 0 ? Double(progress.records) / elapsed : 0
        var eta = ""
        if let fraction = progress.fraction, fraction > 0, fraction < 1 {
            eta = " ETA " + Self.clock(elapsed / fraction - elapsed)
        }
        let percent = progress.fraction.map { String(format: "%3.0f%%", $0 * 100) } ?? "   "
        if isTerminal {
            let width = 24
            let filled = Int((progress.fraction ?? 0) * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            let line = String(format: "\r%-10@ [%@] %@ %d records, %.0f/s%@\u{1B}[K",
                              stage as NSString, bar as NSString, percent as NSString, progress.records, rate, eta as NSString)
            FileHandle.standardError.write(Data(line.utf8))
        } else if now.timeIntervalSince(lastShown) >= interval {
            lastShown = now
            logger.notice("\(stage): \(percent.trimmingCharacters(in: .whitespaces)) \(progress.records) records, \(Int(rate))/s\(eta)")
        }
    }

    /// Clears the bar before the next line of output.
    func finishLine() {
        lock.lock()
        defer { lock.unlock() }
        if isTerminal, !stage.isEmpty { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        stage = ""
    }

    private static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
