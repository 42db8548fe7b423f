/// A gazetteer file that cannot be used: unreadable, not JSON, a bad entry, or an alias two
/// entities share. The runner reports it as a config error under `extract.gazetteers`.
public struct GazetteerError: Error, Equatable, CustomStringConvertible {
    /// The file and line the problem is at ("extra.json:12"), or the file alone.
    public var origin: String
    /// What is wrong, naming the entry when one is at fault.
    public var detail: String

    public init(origin: String, message: String) {
        self.origin = origin
        self.detail = message
    }

    public var description: String { message }
}

extension GazetteerError: StageConfigProblem {
    public var key: String { "gazetteers" }
    public var message: String { "\(origin): \(detail)" }
    public var isTopLevel: Bool { false }
}
