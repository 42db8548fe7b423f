import Foundation

/// What became of one input record, ready for the writer: encoded outputs, or why there are none.
enum LineResult: Sendable {
    /// Encoded output lines, each with whether it is published (corpus.jsonl).
    case outputs([(bytes: Data, published: Bool)])
    case reject(RejectRecord)
    case filter(String)
}

/// A line that cannot become a stage's input, as the reject to write.
struct RejectedLine: Error {
    var record: RejectRecord
}

/// Decodes one input line into a stage's Input, or says why it cannot.
enum LineDecoder {
    static func decode<Input: Decodable>(
        _ type: Input.Type, line: JSONLReader.Line, stage: String, decoder: JSONDecoder
    ) -> Result<Input, RejectedLine> {
        if let split = Input.self as? any LargeStringRecord.Type,
            let record = decodeSplitting(split, line.bytes, decoder) as? Input
        {
            return .success(record)
        }
        do {
            return .success(try decoder.decode(Input.self, from: line.bytes))
        } catch let error as DecodingError {
            let probe = try? decoder.decode(IDProbe.self, from: line.bytes)
            let isJSON = probe != nil || (try? JSONSerialization.jsonObject(with: line.bytes, options: [.fragmentsAllowed])) != nil
            let reason: RejectReason = isJSON ? .invalidRecord : .invalidJSON
            return .failure(RejectedLine(record:
                RejectRecord(id: probe?.id, line: line.number, stage: stage, error: reason.rawValue,
                             detail: describe(error))))
        } catch {
            return .failure(RejectedLine(record:
                RejectRecord(id: nil, line: line.number, stage: stage, error: RejectReason.invalidJSON.rawValue,
                             detail: "\(error)")))
        }
    }

    private static func decodeSplitting<Record: LargeStringRecord>(
        _ type: Record.Type, _ bytes: Data, _ decoder: JSONDecoder
    ) -> Record? {
        Record.decodeSplitting(bytes, decoder: decoder)
    }

    /// "missing field text", "field lang: expected String", with the key path.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let ctx):
            return "missing field \(path(ctx.codingPath + [key]))"
        case .typeMismatch(let type, let ctx):
            return "field \(path(ctx.codingPath)): expected \(type)"
        case .valueNotFound(let type, let ctx):
            return "field \(path(ctx.codingPath)): null where \(type) is required"
        case .dataCorrupted(let ctx):
            let at = path(ctx.codingPath)
            let why = (ctx.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String ?? ctx.debugDescription
            return at.isEmpty ? "not JSON: \(why)" : "field \(at): \(ctx.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    /// The line's `id`, when it is JSON with a string id.
    static func probeID(_ line: JSONLReader.Line, decoder: JSONDecoder) -> String? {
        (try? decoder.decode(IDProbe.self, from: line.bytes))?.id
    }

    private struct IDProbe: Decodable {
        var id: String?
    }
}
