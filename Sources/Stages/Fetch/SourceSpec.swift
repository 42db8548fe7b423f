/// One entry of pipeline.json's top-level `sources` array: where the fetch stage finds pages.
///
/// ```json
/// {"name": "bbc", "type": "feed", "url": "https://feeds.bbci.co.uk/arabic/rss.xml"}
/// {"name": "picked", "type": "urls", "urls": ["https://example.com/a", "pages/b.html"]}
/// {"name": "picked", "type": "urls", "path": "lists/today.txt"}
/// {"name": "saved", "type": "files", "path": "corpus/sample/pages", "pattern": "*.html"}
/// {"name": "archive", "type": "warc", "path": "crawls/2026-11"}
/// ```
///
/// - `feed`: `url` is an http(s) URL, a `file:` URL, or a path relative to the config's folder.
/// - `urls`: either `urls` (inline) or `path`, a text file with one URL or path a line (blank
///   lines and lines starting with `#` are ignored; relative paths resolve against the file's
///   folder).
/// - `files`: `path` is a folder, searched recursively for file names matching `pattern`
///   (a shell glob, default `*.html`); hidden files and folders are skipped.
/// - `warc`: `path` is a WARC file (`.warc` or `.warc.gz`) or a folder searched for them; every
///   response record with a 2xx status becomes a page, read from the archive, not fetched.
///
/// Decoding rejects unknown keys and keys that belong to another type, naming the key.
public struct SourceSpec: Decodable, Sendable, Equatable {
    public enum SourceType: String, Decodable, Sendable, CaseIterable {
        case feed, urls, files, warc
    }

    /// The name records carry as `source`.
    public var name: String
    public var type: SourceType
    /// feed: the feed's location.
    public var url: String?
    /// urls: the URLs or paths, inline.
    public var urls: [String]?
    /// urls: a list file; files: the folder; warc: a file or a folder.
    public var path: String?
    /// files: a glob on file names.
    public var pattern: String

    public static let defaultPattern = "*.html"

    public static func feed(name: String, url: String) -> SourceSpec {
        SourceSpec(name: name, type: .feed, url: url)
    }

    public static func urls(name: String, _ urls: [String]) -> SourceSpec {
        SourceSpec(name: name, type: .urls, urls: urls)
    }

    public static func urlList(name: String, path: String) -> SourceSpec {
        SourceSpec(name: name, type: .urls, path: path)
    }

    public static func files(name: String, folder: String, pattern: String = defaultPattern) -> SourceSpec {
        SourceSpec(name: name, type: .files, path: folder, pattern: pattern)
    }

    public static func warc(name: String, path: String) -> SourceSpec {
        SourceSpec(name: name, type: .warc, path: path)
    }

    private init(
        name: String, type: SourceType, url: String? = nil, urls: [String]? = nil, path: String? = nil,
        pattern: String = defaultPattern
    ) {
        self.name = name
        self.type = type
        self.url = url
        self.urls = urls
        self.path = path
        self.pattern = pattern
    }

    /// The keys each type accepts besides `name` and `type`.
    static let keys: [SourceType: [String]] = [
        .feed: ["url"], .urls: ["urls", "path"], .files: ["path", "pattern"], .warc: ["path"],
    ]

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        name = try container.decode(String.self, forKey: AnyKey("name"))
        let typeName = try container.decode(String.self, forKey: AnyKey("type"))
        guard let type = SourceType(rawValue: typeName) else {
            let known = SourceType.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                forKey: AnyKey("type"), in: container,
                debugDescription: "unknown source type \"\(typeName)\" (one of: \(known))")
        }
        self.type = type
        let allowed = ["name", "type"] + Self.keys[type, default: []]
        // Sorted, so that the same config always reports the same key first.
        let keys = container.allKeys.sorted { $0.stringValue < $1.stringValue }
        for key in keys where !allowed.contains(key.stringValue) {
            let known = allowed.joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "unknown key \"\(key.stringValue)\" for a \(type.rawValue) source (keys: \(known))")
        }
        if name.isEmpty {
            throw DecodingError.dataCorruptedError(
                forKey: AnyKey("name"), in: container, debugDescription: "must not be empty")
        }
        url = try container.decodeIfPresent(String.self, forKey: AnyKey("url"))
        urls = try container.decodeIfPresent([String].self, forKey: AnyKey("urls"))
        path = try container.decodeIfPresent(String.self, forKey: AnyKey("path"))
        pattern = try container.decodeIfPresent(String.self, forKey: AnyKey("pattern")) ?? Self.defaultPattern
        try checkRequiredKeys(in: container)
    }

    private func checkRequiredKeys(in container: KeyedDecodingContainer<AnyKey>) throws {
        func missing(_ key: String, _ why: String) -> DecodingError {
            .keyNotFound(AnyKey(key), .init(codingPath: container.codingPath, debugDescription: why))
        }
        switch type {
        case .feed where url == nil: throw missing("url", "a feed source needs \"url\"")
        case .files where path == nil: throw missing("path", "a files source needs \"path\" (a folder)")
        case .warc where path == nil: throw missing("path", "a warc source needs \"path\" (a WARC file or a folder)")
        case .urls where (urls == nil) == (path == nil):
            if urls != nil {
                throw DecodingError.dataCorruptedError(
                    forKey: AnyKey("path"), in: container,
                    debugDescription: "give either \"urls\" or \"path\", not both")
            }
            throw missing("urls", "a urls source needs \"urls\" (a list) or \"path\" (a file)")
        default: break
        }
    }

    /// A coding key for any string: lets a decoder list the keys an object actually has.
    struct AnyKey: CodingKey, Hashable, Sendable {
        var stringValue: String
        var intValue: Int?

        init(_ string: String) {
            stringValue = string
        }

        init?(stringValue: String) {
            self.stringValue = stringValue
        }

        init?(intValue: Int) {
            stringValue = String(intValue)
            self.intValue = intValue
        }
    }
}
