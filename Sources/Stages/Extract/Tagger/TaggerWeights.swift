/// Trained weights in training units, before pruning and quantizing: what `TaggerTrainer`
/// returns and `TaggerModelFile` writes.
public struct TaggerWeights: Sendable, Equatable {
    let tags: TaggerTagSet
    /// `(T + 1) × T`, row T the start of the text.
    let transitions: [Double]
    /// One row of T weights per feature key, sorted by key.
    let rows: [(key: UInt32, weights: [Double])]

    public static func == (a: TaggerWeights, b: TaggerWeights) -> Bool {
        a.tags == b.tags && a.transitions == b.transitions && a.rows.count == b.rows.count
            && zip(a.rows, b.rows).allSatisfy { $0.key == $1.key && $0.weights == $1.weights }
    }

    public var featureCount: Int { rows.count }
}
