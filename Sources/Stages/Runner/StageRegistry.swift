/// The one place that names the concrete stages, in pipeline order. A new stage is a folder
/// under Sources/Stages/ and a line here.
public enum StageRegistry {
    public static let stages: [StageDriver] = [
        .sources(FetchStage.self),
        .records(CleanStage.self),
        .records(SplitStage.self),
        .records(NormalizeStage.self),
        .records(ExtractStage.self),
        .corpus(DedupeStage.self),
    ]

    public static func stage(named name: String) -> StageDriver? {
        stages.first { $0.name == name }
    }

    public static var names: [String] { stages.map(\.name) }

    /// Pairs of neighbouring stages where one's output is not the next one's input type.
    public static func chainMismatches() -> [String] {
        zip(stages, stages.dropFirst()).compactMap { a, b in
            a.outputType == b.inputType ? nil : "\(a.name) writes what \(b.name) cannot read"
        }
    }
}
