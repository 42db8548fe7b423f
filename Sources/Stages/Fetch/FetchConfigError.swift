/// A source or option that makes the config unusable: thrown before any record is processed.
public struct FetchConfigError: Error, CustomStringConvertible, Equatable {
    /// Where in the config: `sources[name]` or the option's key.
    public var key: String
    public var message: String

    public init(key: String, message: String) {
        self.key = key
        self.message = message
    }

    init(_ source: SourceSpec, _ message: String) {
        self.init(key: "sources[\(source.name)]", message: message)
    }

    public var description: String { "\(key): \(message)" }
}

extension FetchConfigError: StageConfigProblem {
    public var isTopLevel: Bool { key.hasPrefix("sources") }
}
