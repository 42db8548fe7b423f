/// The documents kept on earlier nights, as dedupe compares them: per run, each kept
/// record's id, exact hash and MinHash signature. Held column by column, so that a document
/// costs its signature (4 bytes a value) plus about 40 bytes, in memory as on disk.
struct DedupeIndex: Equatable {
    /// The options that make signatures comparable: an index made with others is useless.
    struct Settings: Equatable {
        var ngram: Int
        var bands: Int
        var rows: Int
        var seed: Int

        var signatureLength: Int { bands * rows }

        init(ngram: Int, bands: Int, rows: Int, seed: Int) {
            self.ngram = ngram
            self.bands = bands
            self.rows = rows
            self.seed = seed
        }

        init(_ options: DedupeStage.Options) {
            self.init(ngram: options.ngram, bands: options.bands, rows: options.rows, seed: options.seed)
        }
    }

    /// The documents one run kept, in the run's order.
    struct Run: Equatable {
        var id: String
        var documentIDs: [String] = []
        var exactHashes: [UInt64] = []
        /// `documentIDs.count × signatureLength` values, one signature after the other.
        var signatures: [UInt32] = []

        var count: Int { documentIDs.count }

        func signature(_ k: Int, length: Int) -> ArraySlice<UInt32> {
            signatures[(k * length)..<((k + 1) * length)]
        }
    }

    var settings: Settings
    /// In the order the runs were first committed.
    var runs: [Run] = []

    var documentCount: Int { runs.reduce(0) { $0 + $1.count } }

    /// The runs a run may compare with: those committed before it. A rerun of a run sees the
    /// index as it was before that run began, even when later nights have run since.
    func runs(before runID: String) -> ArraySlice<Run> {
        guard let position = runs.firstIndex(where: { $0.id == runID }) else { return runs[...] }
        return runs[..<position]
    }

    /// Puts `run` in place of the run with its id (keeping its position), or appends it.
    mutating func replace(with run: Run) {
        if let position = runs.firstIndex(where: { $0.id == run.id }) {
            runs[position] = run
        } else {
            runs.append(run)
        }
    }
}

extension DedupeIndex.Run {
    /// Adds a kept survey; records without words have nothing to compare and are left out.
    mutating func append(_ survey: DedupeSurvey) {
        guard !survey.signature.isEmpty, let hash = UInt64(survey.exactHash, radix: 16) else { return }
        documentIDs.append(survey.id)
        exactHashes.append(hash)
        signatures.append(contentsOf: survey.signature)
    }
}
