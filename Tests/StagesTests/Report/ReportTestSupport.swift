import Foundation
import XCTest

@testable import Stages

/// A sample run made by the real runner, and helpers to alter its files before summarising.
struct ReportFixture {
    let sample: SampleRun

    init() throws {
        sample = try SampleRun()
        try sample.run()
    }

    var layout: RunLayout {
        RunLayout(corpus: sample.runDirectory.deletingLastPathComponent().deletingLastPathComponent(), runID: "golden")
    }

    func summarize() throws -> RunSummary {
        try RunSummarizer().summarize(layout)
    }

    func html() throws -> String {
        HTMLReportRenderer().render(try summarize())
    }

    /// Appends one reject line to `<stage>.rejects.jsonl`, as the runner writes them.
    func appendReject(_ reject: RejectRecord) throws {
        let url = sample.runDirectory.appendingPathComponent("\(reject.stage).rejects.jsonl")
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: RecordCoding.encode(reject) + Data("\n".utf8))
    }

    /// Rewrites a JSON file of the run (a manifest) through `change`.
    func editObject(_ file: String, _ change: (inout [String: Any]) -> Void) throws {
        let url = sample.runDirectory.appendingPathComponent(file)
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        change(&object)
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: url)
    }

    /// Rewrites every record of a JSON-lines output through `change`.
    func editRecords(_ file: String, _ change: (inout [String: Any]) -> Void) throws {
        var lines: [String] = []
        for var record in try sample.records(file) {
            change(&record)
            let data = try JSONSerialization.data(
                withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(
            to: sample.runDirectory.appendingPathComponent(file))
    }
}

/// Matches of `pattern` in `text`, as arrays of capture groups (group 0 first).
func reportMatches(_ pattern: String, in text: String) -> [[String]] {
    let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
        (0..<match.numberOfRanges).map { i in
            let range = match.range(at: i)
            return range.location == NSNotFound ? "" : ns.substring(with: range)
        }
    }
}
