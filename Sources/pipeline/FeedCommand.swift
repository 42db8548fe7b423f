import ArgumentParser
import Foundation
import Stages

struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Work with feeds on their own.",
        subcommands: [FeedParseCommand.self])
}

struct FeedParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse RSS, RDF or Atom files and print what the fetch stage reads from them.",
        discussion: """
            Prints one JSON object per file: {file, bozo, encoding, format, feed: {title, link, \
            language}, entries: [{title, link, id, published, updated, summary, content, author, \
            tags, enclosures}]}, dates as ISO 8601 and text fields as plain text.

            Examples:
              pipeline feed parse corpus/sample/feed.xml
              pipeline feed parse --jsonl feeds/*.xml > parsed.jsonl
            """)

    @Flag(help: "One compact JSON line per file (default: indented JSON).")
    var jsonl = false

    @Argument(help: "Feed files.")
    var files: [String]

    func run() throws {
        let parser = FeedParser()
        let encoder = JSONEncoder()
        encoder.outputFormatting = jsonl ? [.sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw StageError(stage: "fetch", reason: "cannot read the feed file \(file)")
            }
            let report = FeedFileReport(file: file, feed: parser.parse([UInt8](data)))
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        }
    }
}

/// A parsed feed with the file it came from, as one JSON object.
private struct FeedFileReport: Encodable {
    var file: String
    var feed: ParsedFeed

    enum CodingKeys: String, CodingKey { case file }

    func encode(to encoder: Encoder) throws {
        try feed.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
    }
}
