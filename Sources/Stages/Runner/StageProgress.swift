/// How far a stage has got, reported after each batch so that a front end can draw progress.
public struct StageProgress: Sendable {
    public var stage: String
    /// Records read so far (for dedupe: over both passes, so it reaches twice the input).
    public var records: Int
    /// Input bytes read so far, and in all, when the input is a file.
    public var bytes: Int
    public var totalBytes: Int?
    /// Passes over the input the stage makes (dedupe reads its input twice).
    public var passes: Int

    /// Done share from 0 to 1, when the total is known.
    public var fraction: Double? {
        guard let totalBytes, totalBytes > 0 else { return nil }
        return min(1, Double(bytes) / Double(totalBytes * passes))
    }
}

/// Called by the runner after each batch; the CLI draws a bar or logs a line.
public typealias ProgressHandler = @Sendable (StageProgress) -> Void
