/// One stage's rejects by reason, keeping the first few lines of each reason as examples.
struct RejectTally {
    private var reasons: TopCounter
    private var examples: [String: [RejectRecord]] = [:]
    private let examplesPerReason: Int
    private let maxDetail = 400

    init(maxKeys: Int, examplesPerReason: Int) {
        reasons = TopCounter(maxKeys: maxKeys)
        self.examplesPerReason = examplesPerReason
    }

    var total: Int { reasons.total }

    mutating func add(_ reject: RejectRecord) {
        reasons.add(reject.error)
        guard reasons.counts[reject.error] != nil, examples[reject.error, default: []].count < examplesPerReason else {
            return
        }
        var example = reject
        if example.detail.unicodeScalars.count > maxDetail {
            example.detail = String(String.UnicodeScalarView(example.detail.unicodeScalars.prefix(maxDetail))) + "…"
        }
        examples[reject.error, default: []].append(example)
    }

    func summary(stage: String) -> StageRejects {
        let reasons = reasons.top(.max).map {
            StageRejects.Reason(reason: $0.key, count: $0.count, examples: examples[$0.key] ?? [])
        }
        return StageRejects(stage: stage, total: total, reasons: reasons)
    }
}
