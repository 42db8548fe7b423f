/// Whether a stage's output can be reused, and what it held when it was made.
public struct StageStatus: Sendable {
    public enum State: Sendable, Equatable {
        case fresh
        case stale(String)
        case missing

        public var label: String {
            switch self {
            case .fresh: "fresh"
            case .stale: "stale"
            case .missing: "missing"
            }
        }
    }

    public var stage: String
    public var state: State
    public var manifest: StageManifest?
}

/// What `run` did with one stage.
public struct StageReport: Sendable {
    public enum Action: Sendable, Equatable {
        case ran
        case skipped(String)
    }

    public var stage: String
    public var action: Action
    public var counts: StageCounts?
    public var seconds: Double?
    public var output: String
}
